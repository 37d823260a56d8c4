namespace Taxonomy.Extraction.Tests;

/// <summary>
/// Labels of companies with losses: "Net loss and comprehensive loss" (no other comprehensive income, one amount) was
/// taken for the comprehensive income section and not reported, leaving no net loss; "Total stockholders' deficit" and
/// "Total liabilities and stockholders' deficit" were extensions. Fictional company, figures that foot.
/// </summary>
public class DeficitAndComprehensiveLossLabelsTests
{
    private static string Line(string label, string now, string before) => label.PadRight(60) + now.PadLeft(12) + before.PadLeft(12) + "\n";

    private const string Opening = "Larkspur Therapeutics, Inc. today reported results for the fiscal year ended December 31, 2031.\n\n";

    private static decimal? Value(ExtractionResult result, string localName) =>
        result.Report.Facts.FirstOrDefault(f => f.Concept.LocalName == localName && f.Period.End == new DateOnly(2031, 12, 31))?.NumericValue;

    private static ExtractionResult Extract(string text) => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "larkspur.txt" });

    private static string Operations(string netLossLabel, string more = "") =>
        Opening + "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS AND COMPREHENSIVE LOSS\n(in thousands, except per share amounts)\n\n"
        + new string(' ', 60) + "Year Ended December 31,".PadLeft(24) + "\n" + new string(' ', 60) + "2031".PadLeft(12) + "2030".PadLeft(12) + "\n"
        + Line("Revenue", "10,000", "9,000") + Line("Operating expenses", "11,000", "9,500") + Line("Loss from operations", "(1,000)", "(500)")
        + Line("Interest income", "100", "50") + Line(netLossLabel, "(900)", "(450)") + more
        + Line("Net loss per share, basic and diluted", "$ (0.45)", "$ (0.25)")
        + Line("Weighted-average shares outstanding, basic and diluted", "2,000", "1,800");

    [Theory]
    [InlineData("Net loss and comprehensive loss")]
    [InlineData("Net income (loss) and comprehensive income (loss)")]
    public void A_net_loss_that_is_also_the_comprehensive_loss_is_the_net_loss(string label)
    {
        var result = Extract(Operations(label));

        Assert.Equal(-900_000m, Value(result, "NetIncomeLoss"));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.Prefix == "ext");
        Assert.DoesNotContain(result.Findings, f => f.Severity == Taxonomy.Validation.Severity.Error);
    }

    [Fact]
    public void A_comprehensive_loss_section_after_the_net_loss_is_still_not_the_income_statement()
    {
        var result = Extract(Operations("Net loss",
            Line("Other comprehensive loss:", "", "") + Line("Unrealized loss on marketable securities", "(10)", "(5)") + Line("Comprehensive loss", "(910)", "(455)")));

        Assert.Equal(-900_000m, Value(result, "NetIncomeLoss"));
        // The comprehensive loss is its own item, never a second net loss.
        Assert.Equal(-910_000m, Value(result, "ComprehensiveIncomeNetOfTax"));
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue == -910_000m && f.Concept.Prefix == "us-gaap" && f.Concept.LocalName != "ComprehensiveIncomeNetOfTax");
    }

    [Fact]
    public void A_stockholders_deficit_and_the_total_beside_it_are_the_equity_and_the_total_of_liabilities_and_equity()
    {
        var result = Extract(Opening + "CONSOLIDATED BALANCE SHEETS\n(in thousands)\n\n"
            + new string(' ', 60) + "December 31,".PadLeft(24) + "\n" + new string(' ', 60) + "2031".PadLeft(12) + "2030".PadLeft(12) + "\n"
            + Line("Cash and cash equivalents", "1,200", "900") + Line("Total current assets", "1,200", "900") + Line("Total assets", "1,200", "900")
            + Line("Accounts payable", "600", "500") + Line("Total current liabilities", "600", "500") + Line("Convertible notes", "2,000", "1,000")
            + Line("Total liabilities", "2,600", "1,500") + Line("Common stock", "10", "10") + Line("Additional paid-in capital", "4,590", "4,390")
            + Line("Accumulated deficit", "(6,000)", "(5,000)") + Line("Total stockholders' deficit", "(1,400)", "(600)")
            + Line("Total liabilities and stockholders' deficit", "1,200", "900"));

        Assert.Equal(-1_400_000m, Value(result, "StockholdersEquity"));
        Assert.Equal(1_200_000m, Value(result, "LiabilitiesAndStockholdersEquity"));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.Prefix == "ext");
        Assert.DoesNotContain(result.Findings, f => f.Severity == Taxonomy.Validation.Severity.Error);
    }
}
