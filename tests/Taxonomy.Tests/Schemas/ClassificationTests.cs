using Taxonomy.Concepts;
using Taxonomy.Statements;

namespace Taxonomy.Tests.Schemas;

/// <summary>x-classifiedAs in the shipped schemas reaches the compiled concept definitions, and keeps every calculation whole.</summary>
public class ClassificationTests
{
    [Fact]
    public void Other_assets_and_liabilities_are_the_noncurrent_items_below_the_current_totals()
    {
        Assert.Equal(("OtherAssetsNoncurrent", "AssetsCurrent", ClassifyingPosition.Below),
            Parts(BalanceSheetConcepts.OtherAssets.ClassifiedAs));
        Assert.Equal(("OtherLiabilitiesNoncurrent", "LiabilitiesCurrent", ClassifyingPosition.Below),
            Parts(BalanceSheetConcepts.OtherLiabilities.ClassifiedAs));
        Assert.Null(BalanceSheetConcepts.OtherAssetsNoncurrent.ClassifiedAs);
    }

    [Fact]
    public void Interest_expense_under_the_other_income_total_is_nonoperating_interest_expense()
    {
        Assert.Equal(("InterestExpenseNonoperating", "NonoperatingIncomeExpense", ClassifyingPosition.Under),
            Parts(IncomeStatementConcepts.InterestExpense.ClassifiedAs));
        Assert.Contains(IncomeStatementConcepts.NonoperatingIncomeExpense.Calculation, c => c.PropertyName == "InterestExpenseNonoperating" && c.Weight == -1);
    }

    [Fact]
    public void A_counterpart_below_a_total_is_a_child_of_every_total_the_item_is_a_child_of()
    {
        var below = Classified(ClassifyingPosition.Below);
        Assert.NotEmpty(below);
        Assert.All(below, p => Assert.All(p.Statement.Concepts.Where(t => t.Calculation.Any(c => c.PropertyName == p.Item.PropertyName)),
            total => Assert.Contains(total.Calculation, c => c.PropertyName == p.Item.ClassifiedAs!.PropertyName && c.Weight == total.Calculation.First(i => i.PropertyName == p.Item.PropertyName).Weight)));
    }

    [Fact]
    public void A_counterpart_under_a_total_is_in_its_calculation_and_the_item_is_not()
    {
        var under = Classified(ClassifyingPosition.Under);
        Assert.NotEmpty(under);
        Assert.All(under, p =>
        {
            var total = p.Statement.FindProperty(p.Item.ClassifiedAs!.Total)!;
            Assert.Contains(total.Calculation, c => c.PropertyName == p.Item.ClassifiedAs.PropertyName);
            Assert.DoesNotContain(total.Calculation, c => c.PropertyName == p.Item.PropertyName);
        });
    }

    [Fact]
    public void Every_counterpart_has_the_items_type_and_period()
    {
        Assert.All(Classified(ClassifyingPosition.Below).Concat(Classified(ClassifyingPosition.Under)), p =>
        {
            var counterpart = p.Statement.FindProperty(p.Item.ClassifiedAs!.PropertyName)!;
            Assert.Equal(p.Item.DataType, counterpart.DataType);
            Assert.Equal(p.Item.PeriodType, counterpart.PeriodType);
        });
    }

    private static List<(StatementDefinition Statement, ConceptDefinition Item)> Classified(ClassifyingPosition position) =>
        ConceptCatalog.Default.Statements.SelectMany(s => s.Concepts.Where(c => c.ClassifiedAs?.Position == position).Select(c => (s, c))).ToList();

    private static (string, string, ClassifyingPosition)? Parts(Classification? c) => c is null ? null : (c.PropertyName, c.Total, c.Position);
}
