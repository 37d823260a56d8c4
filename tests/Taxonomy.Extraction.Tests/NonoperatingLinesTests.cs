using Taxonomy.Validation;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// "Interest income", "Interest expense" and "Other income (expense), net" printed as three lines between operating
/// income and pre-tax income: the last is worded as the nonoperating total but is only what that total holds besides
/// the interest lines, or pre-tax income would count the interest income twice. Controls: the same wording printed as
/// the sum of the lines above it, or with no line of its own total beside it, stays the total. Fictional company,
/// figures that foot.
/// </summary>
public class NonoperatingLinesTests
{
    private static string Line(string label, params string[] values) => label.PadRight(48) + string.Concat(values.Select(v => v.PadLeft(12))) + "\n";

    private static string Income(string belowOperating, string pretax, string tax, string net) =>
        "Brackenfield Instruments Inc. today reported results for the quarter ended September 30, 2031.\n\n"
        + "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n(in thousands)\n\n"
        + new string(' ', 48) + "Three Months Ended September 30,".PadLeft(24) + "\n" + new string(' ', 48) + "2031".PadLeft(12) + "2030".PadLeft(12) + "\n"
        + Line("Revenue", "$ 100,000", "$ 87,000") + Line("Cost of revenue", "33,800", "31,300") + Line("Gross profit", "66,200", "55,700")
        + Line("Research and development", "18,100", "16,400") + Line("Sales and marketing", "33,100", "30,000")
        + Line("Total operating expenses", "51,200", "46,400") + Line("Income from operations", "15,000", "9,300")
        + belowOperating + Line("Income before provision for income taxes", pretax.Split(' '))
        + Line("Provision for income taxes", tax.Split(' ')) + Line("Net income", net.Split(' '));

    private static ExtractionResult Extract(string text) => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "brackenfield.txt" });

    private static decimal? Value(ExtractionResult result, string localName, int year = 2031) =>
        result.Report.Facts.FirstOrDefault(f => f.Concept.LocalName == localName && f.Period.End == new DateOnly(year, 9, 30))?.NumericValue;

    private static void NoCalculationErrors(ExtractionResult result) =>
        Assert.DoesNotContain(result.Findings, f => f.RuleId.StartsWith("calc11.", StringComparison.Ordinal) && f.Severity != Severity.Info);

    [Theory]
    [InlineData("(400)", "(450)")]
    [InlineData("400", "450")]
    public void Other_income_net_beside_the_interest_lines_is_the_other_nonoperating_item(string interest, string interestBefore)
    {
        var result = Extract(Income(
            Line("Interest income", "1,100", "700") + Line("Interest expense", interest, interestBefore) + Line("Other income (expense), net", "(200)", "150"),
            "15,500 9,700", "3,100 1,940", "12,400 7,760"));

        Assert.Equal(-200_000m, Value(result, "OtherNonoperatingIncomeExpense"));
        Assert.Equal(150_000m, Value(result, "OtherNonoperatingIncomeExpense", 2030));
        Assert.Equal(1_100_000m, Value(result, "InvestmentIncomeInterest"));
        Assert.Equal(400_000m, Value(result, "InterestExpense"));
        Assert.Null(Value(result, "NonoperatingIncomeExpense"));
        Assert.Equal(15_500_000m, Value(result, "IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest"));
        NoCalculationErrors(result);
    }

    [Fact]
    public void Other_income_net_that_sums_the_lines_above_it_stays_the_total()
    {
        // 1,100 + 300 = 1,400: the line is the nonoperating total over its two items.
        var result = Extract(Income(
            Line("Interest income", "1,100", "700") + Line("Other, net", "300", "(150)") + Line("Other income (expense), net", "1,400", "550"),
            "16,400 9,850", "3,280 1,970", "13,120 7,880"));

        Assert.Equal(1_400_000m, Value(result, "NonoperatingIncomeExpense"));
        Assert.Equal(300_000m, Value(result, "OtherNonoperatingIncomeExpense"));
        NoCalculationErrors(result);
    }

    [Fact]
    public void Other_income_net_beside_interest_expense_alone_stays_the_total()
    {
        // No item of the nonoperating total is printed beside it: the line is that total, interest expense outside it.
        var result = Extract(Income(
            Line("Interest expense", "(400)", "(450)") + Line("Other income (expense), net", "900", "850"),
            "15,500 9,700", "3,100 1,940", "12,400 7,760"));

        Assert.Equal(900_000m, Value(result, "NonoperatingIncomeExpense"));
        Assert.Null(Value(result, "OtherNonoperatingIncomeExpense"));
        NoCalculationErrors(result);
    }

    [Fact]
    public void A_pretax_total_that_does_not_foot_leaves_the_wording_as_printed()
    {
        // 15,000 + 1,100 − 400 − 200 = 15,500, not the 15,700 printed: nothing says which line is what.
        var result = Extract(Income(
            Line("Interest income", "1,100", "700") + Line("Interest expense", "(400)", "(450)") + Line("Other income (expense), net", "(200)", "150"),
            "15,700 9,700", "3,140 1,940", "12,560 7,760"));

        Assert.Null(Value(result, "OtherNonoperatingIncomeExpense"));
    }
}
