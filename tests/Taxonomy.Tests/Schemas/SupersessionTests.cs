using Taxonomy.Concepts;
using Taxonomy.Statements;

namespace Taxonomy.Tests.Schemas;

/// <summary>x-supersededBy in the shipped schemas reaches the compiled concept definitions.</summary>
public class SupersessionTests
{
    private const string Asc606 = "the report's periods fall under ASC 606, which names deferred revenue a contract liability";

    [Fact]
    public void Deferred_revenue_is_superseded_by_the_contract_liability_from_the_revenue_standards_date()
    {
        var from = new DateOnly(2018, 12, 15);
        Assert.Equal(new Supersession("ContractWithCustomerLiabilityCurrent", from, Asc606), BalanceSheetConcepts.DeferredRevenueCurrent.SupersededBy);
        Assert.Equal(new Supersession("ContractWithCustomerLiabilityNoncurrent", from, Asc606), BalanceSheetConcepts.DeferredRevenueNoncurrent.SupersededBy);
        Assert.Equal(new Supersession("IncreaseDecreaseInContractWithCustomerLiability", from, Asc606), CashFlowStatementConcepts.IncreaseDecreaseInDeferredRevenue.SupersededBy);
        Assert.Null(BalanceSheetConcepts.ContractWithCustomerLiabilityCurrent.SupersededBy);
    }

    [Fact]
    public void Current_deferred_tax_assets_are_superseded_by_the_noncurrent_item_from_the_deferred_tax_standards_date()
    {
        Assert.Equal(new Supersession("DeferredIncomeTaxAssetsNet", new DateOnly(2017, 12, 15),
            "the report's periods fall under ASU 2015-17, which classifies all deferred tax assets as noncurrent"), BalanceSheetConcepts.DeferredTaxAssetsNetCurrent.SupersededBy);
        Assert.Null(BalanceSheetConcepts.DeferredIncomeTaxAssetsNet.SupersededBy);
    }

    [Fact]
    public void Every_successor_is_a_line_item_of_the_same_statement_with_the_same_type_and_period()
    {
        var superseded = ConceptCatalog.Default.Statements
            .SelectMany(s => s.Concepts.Where(c => c.SupersededBy is not null).Select(c => (Statement: s, Item: c))).ToList();

        Assert.NotEmpty(superseded);
        Assert.All(superseded, p =>
        {
            var successor = p.Statement.FindProperty(p.Item.SupersededBy!.PropertyName);
            Assert.NotNull(successor);
            Assert.Equal(p.Item.DataType, successor!.DataType);
            Assert.Equal(p.Item.PeriodType, successor.PeriodType);
        });
    }
}
