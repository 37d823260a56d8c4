namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A cash-flow statement that names its fixed assets "equipment" alone: "Gain on sale of equipment (200)" among the
/// adjustments and "Proceeds from sale of equipment 500" among investing activities were extensions (the gain reported
/// as −200); so were "Maturities of investments" beside "Purchases of investments". Fictional company, figures that foot.
/// </summary>
public class EquipmentSaleLinesTests
{
    private static string Line(string label, params string[] values) => label.PadRight(56) + string.Concat(values.Select(v => v.PadLeft(12))) + "\n";

    private static readonly string Statement =
        "Harrowgate Tools Corp. today reported results for the year ended December 31, 2031.\n\n"
        + "CONSOLIDATED STATEMENTS OF CASH FLOWS\n(in thousands)\n\n"
        + new string(' ', 56) + "Year Ended December 31,".PadLeft(24) + "\n" + new string(' ', 56) + "2031".PadLeft(12) + "2030".PadLeft(12) + "\n"
        + Line("Cash flows from operating activities:") + Line("  Net income", "$ 14,000", "$ 11,000")
        + Line("  Depreciation and amortization", "6,000", "5,500") + Line("  Gain on sale of equipment", "(200)", "(100)")
        + Line("  Accounts receivable", "(1,200)", "(800)")
        + Line("Net cash provided by operating activities", "18,600", "15,600")
        + Line("Cash flows from investing activities:") + Line("  Purchases of property and equipment", "(8,000)", "(7,000)")
        + Line("  Proceeds from sale of equipment", "500", "300")
        + Line("  Purchases of investments", "(3,000)", "(2,500)") + Line("  Maturities of investments", "2,000", "1,500")
        + Line("Net cash used in investing activities", "(8,500)", "(7,700)")
        + Line("Cash flows from financing activities:") + Line("  Dividends paid", "(1,600)", "(1,400)")
        + Line("Net cash used in financing activities", "(1,600)", "(1,400)")
        + Line("Net increase in cash and cash equivalents", "8,500", "6,500")
        + Line("Cash and cash equivalents at beginning of year", "11,300", "4,800")
        + Line("Cash and cash equivalents at end of year", "$ 19,800", "$ 11,300");

    [Fact]
    public void Sale_of_equipment_lines_are_the_property_and_equipment_items()
    {
        var result = FilingExtractor.Extract(Statement, new ExtractionOptions { SourceName = "harrowgate.txt" });
        decimal? Value(string localName) => result.Report.Facts.FirstOrDefault(f => f.Concept.LocalName == localName && f.Period.End == new DateOnly(2031, 12, 31))?.NumericValue;

        Assert.Equal(200_000m, Value("GainLossOnSaleOfPropertyPlantEquipment"));
        Assert.Equal(500_000m, Value("ProceedsFromSaleOfPropertyPlantAndEquipment"));
        Assert.Equal(8_000_000m, Value("PaymentsToAcquirePropertyPlantAndEquipment"));
        Assert.Equal(2_000_000m, Value("ProceedsFromSaleMaturityAndCollectionsOfInvestments"));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.Prefix != "us-gaap" && f.Concept.Prefix != "dei");
        Assert.DoesNotContain(result.Findings, f => f.RuleId.StartsWith("calc11.", StringComparison.Ordinal) && f.Severity != Taxonomy.Validation.Severity.Info);
    }
}
