using Taxonomy.Concepts;
using Taxonomy.Statements;

namespace Taxonomy.Tests.Schemas;

/// <summary>x-counterpartOf in the shipped schemas reaches the compiled concept definitions, each pair in two sections.</summary>
public class CounterpartTests
{
    [Fact]
    public void The_excess_tax_benefit_in_operating_activities_is_the_counterpart_of_the_one_in_financing_activities()
    {
        var counterpart = CashFlowStatementConcepts.ExcessTaxBenefitFromShareBasedCompensationOperatingActivities.CounterpartOf;
        Assert.Equal("ExcessTaxBenefitFromShareBasedCompensationFinancingActivities", counterpart?.PropertyName);
        Assert.False(string.IsNullOrWhiteSpace(counterpart!.Reason));
        // The pair is declared once: the relation holds both ways.
        Assert.Null(CashFlowStatementConcepts.ExcessTaxBenefitFromShareBasedCompensationFinancingActivities.CounterpartOf);
    }

    [Fact]
    public void Deferred_income_tax_liabilities_are_the_counterpart_of_the_assets_among_the_liabilities()
    {
        var counterpart = BalanceSheetConcepts.DeferredIncomeTaxLiabilitiesNet.CounterpartOf;
        Assert.Equal("DeferredIncomeTaxAssetsNet", counterpart?.PropertyName);
        Assert.False(string.IsNullOrWhiteSpace(counterpart!.Reason));
        Assert.Null(BalanceSheetConcepts.DeferredIncomeTaxAssetsNet.CounterpartOf);
    }

    [Fact]
    public void Every_pair_names_an_item_of_the_same_type_and_period_that_no_total_sums_beside_it()
    {
        var pairs = ConceptCatalog.Default.Statements
            .SelectMany(s => s.Concepts.Where(c => c.CounterpartOf is not null).Select(c => (Statement: s, Item: c)))
            .ToList();
        Assert.NotEmpty(pairs);
        Assert.All(pairs, p =>
        {
            var counterpart = p.Statement.FindProperty(p.Item.CounterpartOf!.PropertyName);
            Assert.NotNull(counterpart);
            Assert.Equal(p.Item.DataType, counterpart!.DataType);
            Assert.Equal(p.Item.PeriodType, counterpart.PeriodType);
            // Two sections: no total's calculation holds both items.
            Assert.DoesNotContain(p.Statement.Concepts, t => t.Calculation.Any(c => c.PropertyName == p.Item.PropertyName)
                && t.Calculation.Any(c => c.PropertyName == counterpart.PropertyName));
            // Declared once, on one of the two.
            Assert.Null(counterpart.CounterpartOf);
        });
    }
}
