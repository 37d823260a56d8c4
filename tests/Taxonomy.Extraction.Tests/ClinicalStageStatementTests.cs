namespace Taxonomy.Extraction.Tests;

/// <summary>
/// The statement of operations of a company with one kind of revenue and an other-income section: "Collaboration revenue"
/// (no revenue total) was an extension, so no revenue was reported and operating income did not foot; "Other income
/// (expense), net" inside the section read as the section's total, conflicted with it, and neither was reported.
/// Fictional company, figures that foot.
/// </summary>
public class ClinicalStageStatementTests
{
    private static string Line(string label, params string[] values) => label.PadRight(64) + string.Concat(values.Select(v => v.PadLeft(12))) + "\n";

    private static string Operations(params string[] revenueLines) =>
        "Larkspur Therapeutics, Inc. today reported financial results for the year ended December 31, 2031.\n\n"
        + "CONSOLIDATED STATEMENTS OF OPERATIONS\n(in thousands, except per share amounts)\n\n"
        + new string(' ', 64) + "Year Ended December 31,".PadLeft(24) + "\n" + new string(' ', 64) + "2031".PadLeft(12) + "2030".PadLeft(12) + "\n"
        + string.Concat(revenueLines)
        + Line("Operating expenses:") + Line("  Research and development", "12,000", "10,000") + Line("  General and administrative", "4,000", "3,500")
        + Line("Total operating expenses", "16,000", "13,500") + Line("Loss from operations", "(14,000)", "(12,000)")
        + Line("Other income (expense):") + Line("  Interest income", "900", "700") + Line("  Interest expense", "(150)", "(100)")
        + Line("  Other income (expense), net", "(50)", "20") + Line("Total other income (expense), net", "700", "620")
        + Line("Net loss", "$ (13,300)", "$ (11,380)");

    private static readonly string OneRevenueLine = Line("Collaboration revenue", "$ 2,000", "$ 1,500");

    private static ExtractionResult Extract(string text) => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "larkspur.txt" });

    private static decimal? Value(ExtractionResult result, string localName) =>
        result.Report.Facts.FirstOrDefault(f => f.Concept.LocalName == localName && f.Period.End == new DateOnly(2031, 12, 31))?.NumericValue;

    [Fact]
    public void The_other_line_of_the_other_income_section_is_a_part_of_its_total()
    {
        var result = Extract(Operations(OneRevenueLine));

        Assert.Equal(-50_000m, Value(result, "OtherNonoperatingIncomeExpense"));
        Assert.Equal(700_000m, Value(result, "NonoperatingIncomeExpense"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "extract.duplicate-conflict");
    }

    [Fact]
    public void The_only_revenue_line_is_the_revenue()
    {
        var result = Extract(Operations(OneRevenueLine));

        Assert.Equal(2_000_000m, Value(result, "Revenues"));
        Assert.Equal(-14_000_000m, Value(result, "OperatingIncomeLoss"));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.Prefix != "us-gaap" && f.Concept.Prefix != "dei");
        Assert.DoesNotContain(result.Findings, f => f.RuleId.StartsWith("calc11.summation", StringComparison.Ordinal) && f.Severity != Taxonomy.Validation.Severity.Info);
    }

    [Fact]
    public void Two_revenue_lines_without_a_total_are_not_the_revenue()
    {
        var result = Extract(Operations(Line("Collaboration revenue", "$ 1,500", "$ 1,000"), Line("Grant revenue", "500", "500")));

        Assert.Null(Value(result, "Revenues"));
        Assert.Contains(result.Report.Facts, f => f.Concept.LocalName == "CollaborationRevenue" && f.NumericValue == 1_500_000m);
    }
}
