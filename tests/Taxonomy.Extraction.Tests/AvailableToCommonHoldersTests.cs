namespace Taxonomy.Extraction.Tests;

/// <summary>
/// "Net loss / Accretion of redeemable convertible preferred stock / Net loss attributable to common stockholders": the
/// last line is a synonym of the net loss when nothing is deducted, so both lines read as net loss, conflicted, and
/// neither was reported; the per-share check then divided the wrong line. Fictional company, figures that foot.
/// </summary>
public class AvailableToCommonHoldersTests
{
    private static string Statement(params (string Label, string Now, string Before)[] lines)
    {
        var text = new System.Text.StringBuilder()
            .Append("Brightwater Instruments Inc. today reported results for its fiscal year ended December 31, 2031.\n\n")
            .Append("CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n(in thousands, except per share amounts)\n\n")
            .Append(' ', 60).Append("Year Ended December 31,".PadLeft(24)).Append('\n')
            .Append(' ', 60).Append("2031".PadLeft(12)).Append("2030".PadLeft(12)).Append('\n');
        foreach (var (label, now, before) in lines) text.Append(label.PadRight(60)).Append(now.PadLeft(12)).Append(before.PadLeft(12)).Append('\n');
        return text.ToString();
    }

    private static (string, string, string)[] Lines(string accretionNow = "(100)") =>
    [
        ("Revenue", "10,000", "9,000"), ("Operating expenses", "11,000", "9,500"), ("Loss from operations", "(1,000)", "(500)"),
        ("Interest income", "100", "50"), ("Net loss", "(900)", "(450)"),
        ("Accretion of redeemable convertible preferred stock", accretionNow, "(100)"),
        ("Net loss attributable to common stockholders", "(1,000)", "(550)"),
        ("Net loss per share attributable to common stockholders, basic and diluted", "$ (0.50)", "$ (0.30)"),
        ("Weighted-average shares, basic and diluted", "2,000", "1,833"),
    ];

    private static ExtractionResult Extract(string text) => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "brightwater.txt" });

    private static decimal? Value(ExtractionResult result, string localName) =>
        result.Report.Facts.FirstOrDefault(f => f.Concept.LocalName == localName && f.Period.End == new DateOnly(2031, 12, 31))?.NumericValue;

    [Fact]
    public void The_common_stockholders_line_under_a_deduction_is_what_is_left_for_them()
    {
        var result = Extract(Statement(Lines()));

        Assert.Equal(-900_000m, Value(result, "NetIncomeLoss"));
        Assert.Equal(-1_000_000m, Value(result, "NetIncomeLossAvailableToCommonStockholdersBasic"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "extract.duplicate-conflict");
    }

    [Fact]
    public void Earnings_per_share_are_checked_against_what_is_left_for_the_common_stockholders()
    {
        var result = Extract(Statement(Lines()));

        Assert.Equal(-0.50m, Value(result, "EarningsPerShareBasicAndDiluted"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "per-share.ratio");
        Assert.Contains(result.Findings, f => f.RuleId == "per-share.after-preferred-dividends" && f.Message.Contains("NetIncomeLossAvailableToCommonStockholdersBasic", StringComparison.Ordinal));
    }

    [Fact]
    public void A_deduction_that_does_not_foot_leaves_the_two_lines_in_conflict()
    {
        var result = Extract(Statement(Lines(accretionNow: "(90)")));

        Assert.Null(Value(result, "NetIncomeLossAvailableToCommonStockholdersBasic"));
        Assert.Null(Value(result, "NetIncomeLoss"));
        Assert.Contains(result.Findings, f => f.RuleId == "extract.duplicate-conflict");
    }

    [Fact]
    public void Under_the_parents_share_and_preferred_dividends_it_is_what_is_left_for_the_common_stockholders()
    {
        var result = Extract(Statement(
            ("Revenue", "10,000", "9,000"), ("Operating expenses", "8,500", "8,000"), ("Operating income", "1,500", "1,000"),
            ("Income tax expense", "500", "300"), ("Net income", "1,000", "700"),
            ("Less: net income attributable to noncontrolling interests", "(40)", "(30)"),
            ("Net income attributable to Brightwater Instruments Inc.", "960", "670"),
            ("Preferred stock dividends", "(60)", "(60)"),
            ("Net income attributable to common stockholders", "900", "610")));

        Assert.Equal(1_000_000m, Value(result, "ProfitLoss"));
        Assert.Equal(960_000m, Value(result, "NetIncomeLoss"));
        Assert.Equal(900_000m, Value(result, "NetIncomeLossAvailableToCommonStockholdersBasic"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "extract.duplicate-conflict");
    }
}
