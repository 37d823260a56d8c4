namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A balance sheet with redeemable noncontrolling interests between the liabilities and equity: its closing total names
/// them ("Total liabilities, redeemable noncontrolling interests and equity") and was an extension, leaving the total of
/// liabilities and equity unreported. Fictional company, figures that foot.
/// </summary>
public class TemporaryEquityTests
{
    private static string BalanceSheet(string temporaryLabel, string closingLabel) =>
        "Brightwater Instruments Inc. today reported results for its fiscal year ended December 31, 2031.\n\n"
        + "CONSOLIDATED BALANCE SHEETS\n(in thousands)\n\n"
        + "                                                                   December 31,\n"
        + "                                                                2031        2030\n"
        + Line("Cash and cash equivalents", "1,200", "900") + Line("Accounts receivable", "800", "700") + Line("Total current assets", "2,000", "1,600")
        + Line("Property and equipment, net", "3,000", "2,800") + Line("Total assets", "5,000", "4,400")
        + Line("Accounts payable", "600", "500") + Line("Total current liabilities", "600", "500") + Line("Long-term debt", "1,400", "1,300")
        + Line("Total liabilities", "2,000", "1,800") + Line(temporaryLabel, "200", "150")
        + Line("Common stock", "100", "100") + Line("Additional paid-in capital", "1,500", "1,450") + Line("Retained earnings", "1,200", "900")
        + Line("Total stockholders' equity", "2,800", "2,450")
        + Line(closingLabel, "5,000", "4,400");

    private static string Line(string label, string now, string before) => label.PadRight(66) + now.PadLeft(6) + before.PadLeft(12) + "\n";

    private static decimal? Value(ExtractionResult result, string localName) =>
        result.Report.Facts.FirstOrDefault(f => f.Concept.LocalName == localName && f.Period.End == new DateOnly(2031, 12, 31))?.NumericValue;

    [Theory]
    [InlineData("Redeemable noncontrolling interests", "Total liabilities, redeemable noncontrolling interests and equity", "RedeemableNoncontrollingInterestEquityCarryingAmount")]
    [InlineData("Redeemable convertible preferred stock", "Total liabilities, redeemable convertible preferred stock and stockholders' equity (deficit)", "TemporaryEquityCarryingAmountAttributableToParent")]
    [InlineData("Temporary equity", "Total liabilities, temporary equity and stockholders' equity", "TemporaryEquityCarryingAmountAttributableToParent")]
    public void The_closing_total_naming_the_temporary_equity_is_the_total_of_liabilities_and_equity(string temporaryLabel, string closingLabel, string temporaryItem)
    {
        var result = FilingExtractor.Extract(BalanceSheet(temporaryLabel, closingLabel), new ExtractionOptions { SourceName = "brightwater.txt" });

        Assert.Equal(5_000_000m, Value(result, "LiabilitiesAndStockholdersEquity"));
        Assert.Equal(200_000m, Value(result, temporaryItem));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.Prefix == "ext");
        Assert.DoesNotContain(result.Findings, f => f.Severity == Taxonomy.Validation.Severity.Error);
    }
}
