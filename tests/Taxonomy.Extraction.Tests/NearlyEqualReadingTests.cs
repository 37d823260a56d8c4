using Taxonomy.Extraction.Facts;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// An income statement that lost every row label: revenue, cost, gross profit, two expense lines and their total,
/// operating income, interest, other income, pre-tax income, tax, net income. The two expense lines and their total
/// read equally well as selling, general and administrative expense with research and development under total
/// operating expenses, or as selling and general expenses under a selling, general and administrative total: the
/// taxonomy counts the second total in one calculation more, and that count alone used to report the 2,200 total as
/// selling, general and administrative expense (it is total operating expenses). A reading outranks another only by
/// more than one count; rows the two read differently are withheld with the ambiguity finding. Fictional company,
/// figures that foot.
/// </summary>
public class NearlyEqualReadingTests
{
    private static readonly (string Label, string Now, string Before)[] Lines =
    [
        ("Net sales", "8,200", "7,600"), ("Cost of sales", "5,100", "4,800"), ("Gross profit", "3,100", "2,800"),
        ("Selling, general and administrative expenses", "1,900", "1,800"), ("Research and development", "300", "280"),
        ("Total operating expenses", "2,200", "2,080"), ("Operating income", "900", "720"), ("Interest expense", "(60)", "(70)"),
        ("Other income, net", "10", "5"), ("Income before income taxes", "850", "655"), ("Provision for income taxes", "200", "150"),
        ("Net income", "650", "505"),
    ];

    private static string Statement(bool labelled) =>
        "Thornbury Outfitters, Inc. today reported results for its fiscal year ended December 31, 2031.\n\n"
        + "CONSOLIDATED STATEMENTS OF INCOME\n(in thousands)\n\n"
        + "                                                        Year Ended December 31,\n"
        + "                                                               2031        2030\n"
        + string.Concat(Lines.Select(l => (labelled ? l.Label : "").PadRight(60) + l.Now.PadLeft(7) + l.Before.PadLeft(12) + "\n"));

    private static ExtractionResult Extract(string text) => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "thornbury.txt" });

    private static decimal? Value(ExtractionResult result, string localName) =>
        result.Report.Facts.FirstOrDefault(f => f.Concept.LocalName == localName && f.Period.End == new DateOnly(2031, 12, 31))?.NumericValue;

    [Fact]
    public void A_total_two_readings_name_differently_by_one_calculation_count_is_not_reported()
    {
        var result = Extract(Statement(labelled: false));

        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "SellingGeneralAndAdministrativeExpense");
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is 2_200_000m or 1_900_000m or 300_000m);
        Assert.Contains(result.Findings, f => f.RuleId == Findings.Ambiguous);
        // What every reading agrees on is still read.
        Assert.Equal(3_100_000m, Value(result, "GrossProfit"));
        Assert.Equal(650_000m, Value(result, "NetIncomeLoss"));
    }

    [Fact]
    public void The_labelled_statement_reads_as_printed()
    {
        var result = Extract(Statement(labelled: true));

        Assert.Equal(1_900_000m, Value(result, "SellingGeneralAndAdministrativeExpense"));
        Assert.Equal(2_200_000m, Value(result, "OperatingExpenses"));
        Assert.Equal(900_000m, Value(result, "OperatingIncomeLoss"));
        Assert.Equal(200_000m, Value(result, "IncomeTaxExpenseBenefit"));
    }
}
