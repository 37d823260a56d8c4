namespace Taxonomy.Extraction.Tests;

/// <summary>
/// "Total Quillmark Foods Corp. stockholders' equity / Noncontrolling interests / Total equity": the parent's equity
/// printed under its owner's name matched no line item and was reported as an extension, leaving the parent's equity
/// unreported. Fictional company, figures that foot.
/// </summary>
public class OwnersEquityTests
{
    private static string BalanceSheet(string parentLabel, string parentNow = "2,850", string shareLabel = "Noncontrolling interests", string totalLabel = "Total equity") =>
        "Quillmark Foods Corp. today reported results for its fiscal year ended December 31, 2031.\n\n"
        + "CONSOLIDATED BALANCE SHEETS\n(in thousands)\n\n"
        + "                                                             December 31,\n"
        + "                                                               2031        2030\n"
        + Line("Cash and cash equivalents", "1,200", "900") + Line("Accounts receivable", "800", "700") + Line("Total current assets", "2,000", "1,600")
        + Line("Property and equipment, net", "3,000", "2,800") + Line("Total assets", "5,000", "4,400")
        + Line("Accounts payable", "600", "500") + Line("Total current liabilities", "600", "500") + Line("Long-term debt", "1,400", "1,300")
        + Line("Total liabilities", "2,000", "1,800")
        + Line("Common stock", "100", "100") + Line("Additional paid-in capital", "1,500", "1,450") + Line("Retained earnings", "1,250", "950")
        + Line(parentLabel, parentNow, "2,500") + Line(shareLabel, "150", "100") + Line(totalLabel, "3,000", "2,600")
        + Line("Total liabilities and equity", "5,000", "4,400");

    private static string Line(string label, string now, string before) => label.PadRight(60) + now.PadLeft(9) + before.PadLeft(12) + "\n";

    private static ExtractionResult Extract(string text) => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "quillmark.txt" });

    private static decimal? Value(ExtractionResult result, string localName) =>
        result.Report.Facts.FirstOrDefault(f => f.Concept.LocalName == localName && f.Period.End == new DateOnly(2031, 12, 31))?.NumericValue;

    [Theory]
    [InlineData("Total Quillmark Foods Corp. stockholders' equity")]
    [InlineData("Total Quillmark shareholders' equity")]
    public void The_parents_equity_under_its_owners_name_is_the_parents_equity(string label)
    {
        var result = Extract(BalanceSheet(label));

        Assert.Equal(2_850_000m, Value(result, "StockholdersEquity"));
        Assert.Equal(150_000m, Value(result, "MinorityInterest"));
        Assert.Equal(3_000_000m, Value(result, "StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest"));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.Prefix == "ext");
    }

    [Fact]
    public void A_line_that_does_not_add_up_with_the_noncontrolling_interests_to_the_total_equity_stays_an_extension()
    {
        var result = Extract(BalanceSheet("Total Quillmark Foods Corp. stockholders' equity", parentNow: "2,840"));

        Assert.Null(Value(result, "StockholdersEquity"));
        Assert.Contains(result.Report.Facts, f => f.Concept.Prefix == "ext" && f.NumericValue == 2_840_000m);
    }

    [Theory]
    [InlineData("", "Total equity")]
    [InlineData("Noncontrolling interests", "")]
    public void The_parents_equity_under_its_owners_name_is_read_when_the_line_below_it_lost_its_label(string shareLabel, string totalLabel)
    {
        var result = Extract(BalanceSheet("Total Quillmark Foods Corp. stockholders' equity", shareLabel: shareLabel, totalLabel: totalLabel));

        Assert.Equal(2_850_000m, Value(result, "StockholdersEquity"));
        Assert.Equal(150_000m, Value(result, "MinorityInterest"));
        Assert.Equal(3_000_000m, Value(result, "StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest"));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.Prefix == "ext");
        Assert.Contains(result.Findings, f => f.Message.StartsWith("The unlabelled line ", StringComparison.Ordinal) && f.Message.Contains("Total Quillmark Foods Corp.", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unlabelled_line_that_does_not_add_up_leaves_the_owners_equity_an_extension()
    {
        var result = Extract(BalanceSheet("Total Quillmark Foods Corp. stockholders' equity", parentNow: "2,840", shareLabel: ""));

        Assert.Null(Value(result, "StockholdersEquity"));
        Assert.Contains(result.Report.Facts, f => f.Concept.Prefix == "ext" && f.NumericValue == 2_840_000m);
    }
}
