using Taxonomy.Extraction.Facts;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// Statements that lost every row label, read by their calculations alone. Two shapes used to give wrong facts:
/// an income statement printing interest expense by its effect ("(45)" under operating income) left the expense no
/// item to be but an extension, so a reading with income tax as the noncontrolling interest's share cost less and
/// reported it; a cash-flow statement closing with the year's change and cash at the beginning and end of the year
/// had no item for the two balances, so the change and the opening balance were summed into a financing total, or
/// into a second change. Fictional company, figures that foot.
/// </summary>
public class LabelLessEffectAndRollForwardTests
{
    private static readonly (string Label, string Now, string Before)[] IncomeLines =
    [
        ("Revenue", "6,400", "5,900"), ("Cost of revenue", "3,700", "3,450"), ("Gross profit", "2,700", "2,450"),
        ("Selling and marketing", "1,150", "1,060"), ("General and administrative", "640", "610"),
        ("Total operating expenses", "1,790", "1,670"), ("Operating income", "910", "780"), ("Interest expense", "(45)", "(52)"),
        ("Other income, net", "15", "8"), ("Income before income taxes", "880", "736"), ("Income tax expense", "190", "160"),
        ("Net income", "690", "576"),
    ];

    private static readonly (string Label, string Now, string Before)[] CashFlowLines =
    [
        ("Net income", "690", "576"), ("Depreciation and amortization", "140", "125"), ("Stock-based compensation", "35", "30"),
        ("Accounts receivable", "(60)", "(25)"), ("Inventories", "(85)", "(40)"), ("Accounts payable", "45", "15"),
        ("Net cash provided by operating activities", "765", "681"), ("Purchases of property and equipment", "(150)", "(140)"),
        ("Net cash used in investing activities", "(150)", "(140)"), ("Repurchases of common stock", "(120)", "(60)"),
        ("Dividends paid", "(460)", "(420)"), ("Net cash used in financing activities", "(580)", "(480)"),
        ("Net increase in cash and cash equivalents", "35", "61"), ("Cash and cash equivalents at beginning of year", "415", "354"),
        ("Cash and cash equivalents at end of year", "450", "415"),
    ];

    private static string Statement(string title, (string Label, string Now, string Before)[] lines, bool labelled) =>
        "Wrenfield Instruments, Inc. today reported results for its fiscal year ended December 31, 2031.\n\n"
        + title + "\n(in thousands)\n\n"
        + "                                                        Year Ended December 31,\n"
        + "                                                               2031        2030\n"
        + string.Concat(lines.Select(l => (labelled ? l.Label : "").PadRight(60) + l.Now.PadLeft(7) + l.Before.PadLeft(12) + "\n"));

    private static ExtractionResult Extract(string text) => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "wrenfield.txt" });

    private static decimal? Value(ExtractionResult result, string localName, DateOnly? start = null, DateOnly? end = null) =>
        result.Report.Facts.FirstOrDefault(f => f.Concept.LocalName == localName && f.Period.End == (end ?? new DateOnly(2031, 12, 31))
            && (start is null || f.Period.Start == start))?.NumericValue;

    [Fact]
    public void An_expense_printed_by_its_effect_is_read_as_the_item_its_total_subtracts()
    {
        var result = Extract(Statement("CONSOLIDATED STATEMENTS OF INCOME", IncomeLines, labelled: false));

        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "NetIncomeLossAttributableToNoncontrollingInterest");
        Assert.All(result.Report.Facts.Where(f => f.NumericValue is 190_000m or 160_000m), f => Assert.Equal("IncomeTaxExpenseBenefit", f.Concept.LocalName));
        // "(45)" is interest expense printed by its effect or other expense printed by its value: the figures cannot
        // tell, so it is withheld, but it no longer leaves a cheaper reading in which tax is another item.
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is 45_000m or -45_000m);
        Assert.Contains(result.Findings, f => f.RuleId == Findings.Ambiguous && f.Message.Contains("row 8 ", StringComparison.Ordinal));
        Assert.Equal(190_000m, Value(result, "IncomeTaxExpenseBenefit"));
        Assert.Equal(910_000m, Value(result, "OperatingIncomeLoss"));
        Assert.Equal(880_000m, Value(result, "IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest"));
        Assert.Equal(690_000m, Value(result, "NetIncomeLoss"));
        Assert.Equal(576_000m, Value(result, "NetIncomeLoss", end: new DateOnly(2030, 12, 31)));
    }

    [Fact]
    public void An_amount_negative_in_every_column_that_fits_an_added_item_and_tax_by_its_effect_is_not_read_as_tax()
    {
        // Loss from operations, interest income, other expense, net loss: no pre-tax line, so "(70)" could be income tax
        // printed by its effect as well as other expense printed by its value.
        (string, string, string)[] lines =
        [
            ("Revenue", "3,900", "3,300"), ("Research and development", "9,050", "8,120"), ("General and administrative", "2,540", "2,310"),
            ("Total expenses", "11,590", "10,430"), ("Loss from operations", "(7,690)", "(7,130)"), ("Interest income, net", "560", "720"),
            ("Other expense, net", "(70)", "(25)"), ("Net loss", "(7,200)", "(6,435)"),
        ];
        var result = Extract(Statement("CONSOLIDATED STATEMENTS OF OPERATIONS", lines, labelled: false));

        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "IncomeTaxExpenseBenefit");
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is 70_000m or -70_000m or 560_000m);
        Assert.Equal(-7_200_000m, Value(result, "NetIncomeLoss"));
    }

    [Fact]
    public void Cash_at_the_beginning_and_end_of_the_year_is_not_summed_into_a_total()
    {
        var result = Extract(Statement("CONSOLIDATED STATEMENTS OF CASH FLOWS", CashFlowLines, labelled: false));

        // The opening and closing balances (415, 450; 354, 415) are never a duration total, and no total is read twice.
        Assert.DoesNotContain(result.Report.Facts, f => f.Period.Start is not null && f.NumericValue is 450_000m or 415_000m or 354_000m);
        Assert.Equal(765_000m, Value(result, "NetCashProvidedByUsedInOperatingActivities"));
        Assert.Equal(-150_000m, Value(result, "NetCashProvidedByUsedInInvestingActivities"));
        Assert.Equal(-580_000m, Value(result, "NetCashProvidedByUsedInFinancingActivities"));
        Assert.Equal(-480_000m, Value(result, "NetCashProvidedByUsedInFinancingActivities", end: new DateOnly(2030, 12, 31)));
        // Whichever cash concept the balances are read as (with or without restricted cash, which the rows cannot
        // tell), a balance reported is the one printed, at the instant it belongs to.
        foreach (var fact in result.Report.Facts.Where(f => f.Period.Start is null && f.Concept.LocalName.StartsWith("Cash", StringComparison.Ordinal)))
        {
            var expected = fact.Period.End == new DateOnly(2031, 12, 31) ? 450_000m : fact.Period.End == new DateOnly(2030, 12, 31) ? 415_000m : 354_000m;
            Assert.Equal(expected, fact.NumericValue);
        }
    }

    [Fact]
    public void The_labelled_statements_read_as_printed()
    {
        var income = Extract(Statement("CONSOLIDATED STATEMENTS OF INCOME", IncomeLines, labelled: true));
        Assert.Equal(45_000m, Value(income, "InterestExpense"));
        Assert.Equal(190_000m, Value(income, "IncomeTaxExpenseBenefit"));

        var cash = Extract(Statement("CONSOLIDATED STATEMENTS OF CASH FLOWS", CashFlowLines, labelled: true));
        Assert.Equal(-580_000m, Value(cash, "NetCashProvidedByUsedInFinancingActivities"));
        Assert.Equal(450_000m, Value(cash, "CashAndCashEquivalentsAtCarryingValue"));
        Assert.Equal(354_000m, Value(cash, "CashAndCashEquivalentsAtCarryingValue", end: new DateOnly(2029, 12, 31)));
    }
}
