namespace Taxonomy.Extraction.Tests;

/// <summary>A per-share row whose label says its amounts are in pence or cents reports them in the currency itself.</summary>
public class MinorUnitRowTests
{
    private static string Statement(string heading, string perShareLabel, string perShare) =>
        "HARROWGATE MEDIA PLC\nCONSOLIDATED INCOME STATEMENT\n" + heading + "\n\n\tYear Ended December 31,\n\t2031\t2030\n" +
        "Revenue\t\t1,204\t\t1,118\nCost of sales\t\t700\t\t650\nGross profit\t\t504\t\t468\nNet income\t\t128\t\t112\n" +
        $"{perShareLabel}\t\t{perShare}\t\t27.4\nWeighted average shares (in millions)\t\t410\t\t409\n";

    private static ExtractionResult Extract(string text) => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "harrow.txt" });

    private static Fact Basic2031(ExtractionResult result) =>
        result.Report.Facts.Single(f => f.Concept.LocalName == "EarningsPerShareBasic" && f.Period.ToString() == "2031-01-01/2031-12-31");

    [Theory]
    [InlineData("(£ in millions)", "Basic earnings per share (pence)", "GBP")]
    [InlineData("(in millions)", "Basic earnings per share (in cents)", "USD")]
    [InlineData("(in millions)", "Basic earnings per share (cents per share)", "USD")]
    public void Hundredths_are_reported_in_the_currency(string heading, string label, string currency)
    {
        var eps = Basic2031(Extract(Statement(heading, label, "31.2")));
        Assert.Equal(0.312m, eps.NumericValue);
        Assert.Equal(Decimals.Of(3), eps.Decimals);
        Assert.Equal(Unit.PerShare(currency), eps.Unit);
    }

    [Fact]
    public void A_per_share_row_without_a_stated_unit_is_read_as_printed_and_shares_keep_their_scale()
    {
        var result = Extract(Statement("(in millions, except per share amounts)", "Basic earnings per share", "0.31"));
        Assert.Equal(0.31m, Basic2031(result).NumericValue);
        Assert.Contains(result.Report.Facts, f => f.Concept.LocalName == "WeightedAverageNumberOfSharesOutstandingBasic" && f.NumericValue == 410_000_000m);
    }
}
