using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A cash-flow section some of whose rows lost their labels: the labelled rows alone are not the whole calculation, so
/// whether "Inventories (100)" is an outflow printed by its effect or a negative change cannot be read from a column
/// that happens to foot. Fictional company and figures that foot when every row is read.
/// </summary>
public class PartialFootingSignTests
{
    private const string Opening =
        "Holloway Garden Supply, Inc. today reported results for its fiscal year ended December 31, 2031.\n\n";

    // 2030: 505 + 35 - (-60) = 600, within rounding of 602 only by chance (the unread rows add 110 - 8 + 20 = 122);
    // 2031 foots neither way (650 + 40 ± 100 against 755).
    private const string Statement =
        "CONSOLIDATED STATEMENTS OF CASH FLOWS\n" +
        "(in thousands)\n\n" +
        "                                                        Year Ended December 31,\n" +
        "                                                               2031        2030\n" +
        "Net income                                                      650         505\n" +
        "Depreciation and amortization                                   120         110\n" +
        "Stock-based compensation                                         40          35\n" +
        "Accounts receivable                                             (5)         (8)\n" +
        "Inventories                                                   (100)        (60)\n" +
        "Accounts payable                                                 50          20\n" +
        "Net cash provided by operating activities                       755         602\n";

    private const string Year = "2031-01-01/2031-12-31";
    private const string PriorYear = "2030-01-01/2030-12-31";

    private static ExtractionResult Extract(string text) => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "holloway.txt" });

    private static string WithoutLabels(params string[] labels)
    {
        var text = Statement;
        foreach (var label in labels) text = text.Replace(label, new string(' ', label.Length), StringComparison.Ordinal);
        return Opening + text;
    }

    [Fact]
    public void A_column_footing_by_chance_while_another_foots_neither_way_does_not_decide_the_sign()
    {
        var result = Extract(WithoutLabels("Depreciation and amortization", "Accounts receivable", "Accounts payable"));

        Assert.Null(result.Value("IncreaseDecreaseInInventories", Year));
        Assert.Null(result.Value("IncreaseDecreaseInInventories", PriorYear));
        Assert.Contains(result.Findings, f => f.RuleId == Taxonomy.Extraction.Facts.Findings.Ambiguous && f.Message.Contains("'Inventories'", StringComparison.Ordinal)
            && f.Message.Contains("outflow", StringComparison.Ordinal));
        Assert.Equal(650_000m, result.Value("NetIncomeLoss", Year));
        Assert.Equal(755_000m, result.Value("NetCashProvidedByUsedInOperatingActivities", Year));
    }

    [Fact]
    public void Every_row_read_the_footing_decides_the_outflow()
    {
        var result = Extract(Opening + Statement);

        Assert.Equal(100_000m, result.Value("IncreaseDecreaseInInventories", Year));
        Assert.Equal(60_000m, result.Value("IncreaseDecreaseInInventories", PriorYear));
        Assert.Equal(5_000m, result.Value("IncreaseDecreaseInAccountsReceivable", Year));
        Assert.Equal(50_000m, result.Value("IncreaseDecreaseInAccountsPayable", Year));
    }
}
