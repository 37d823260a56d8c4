using Taxonomy.Extraction.Facts;
using Taxonomy.Extraction.Loading;
using Taxonomy.Extraction.Segmentation;

namespace Taxonomy.Extraction.Tests;

/// <summary>The issuer a release names with its stock listing: exchange code, trading symbols and the name printed before it.</summary>
public class IssuerListingTests
{
    private static IssuerListing? Find(string text) => IssuerListing.Find(Segmenter.Segment(new SourceText(text)));

    [Fact]
    public void A_dateline_names_the_issuer_its_exchange_and_its_symbol()
    {
        var listing = Find("QUIET HARBOR, Maine, March 3, 2031 -- Lantern & Wick Co. (NYSE: LWC) today reported higher sales.\n");
        Assert.NotNull(listing);
        Assert.Equal(("NYSE", "Lantern & Wick Co."), (listing.Exchange, listing.Name?.Value));
        Assert.Equal(["LWC"], listing.Symbols);
    }

    [Fact]
    public void A_name_wrapped_onto_the_next_line_is_read_from_both_lines()
    {
        const string text = "QUIET HARBOR, Maine, March 3 /Wire/ -- Lantern, Wick and\nTallow Co. (Nasdaq: LWTC) today reported higher sales.\n";
        var listing = Find(text);
        Assert.Equal("Lantern, Wick and Tallow Co.", listing!.Name?.Value);
        Assert.Equal("NASDAQ", listing.Exchange);
        var name = listing.Name!.Value;
        Assert.Equal("Lantern, Wick and\nTallow Co.", text.Substring(name.Offset, name.Length));
    }

    [Theory]
    [InlineData("With 40 shops, Portland-based Lantern Co. (NYSE American: LTN) is a leading chandler.\n", "Lantern Co.", "NYSEAMER")]
    [InlineData("Lantern Co. (NASDAQ: LTN) today reported higher sales.\n", "Lantern Co.", "NASDAQ")]
    public void A_based_word_or_the_paragraph_start_bounds_the_name(string text, string name, string exchange)
    {
        var listing = Find(text);
        Assert.Equal((name, exchange), (listing!.Name?.Value, listing.Exchange));
    }

    [Fact]
    public void Words_of_a_sentence_before_the_listing_are_not_a_name()
    {
        var listing = Find("For more information about Lantern (NYSE: LTN), visit its website.\n");
        Assert.Equal("LTN", Assert.Single(listing!.Symbols));
        Assert.Null(listing.Name);
    }

    [Theory]
    [InlineData("Lantern Co. (NYSE: LTN.B) today reported higher sales.\n", "NYSE", "LTN.B")]
    [InlineData("Lantern Co. (Nasdaq Global Select Market: LTNA and LTNB) today reported.\n", "NASDAQ", "LTNA|LTNB")]
    [InlineData("Lantern Co. (NYSE MKT:LTN) today reported.\n", "NYSEAMER", "LTN")]
    public void Listings_are_read_in_their_printed_forms(string text, string exchange, string symbols)
    {
        var listing = Find(text);
        Assert.Equal((exchange, symbols), (listing!.Exchange, string.Join('|', listing.Symbols)));
        Assert.Equal("Lantern Co.", listing.Name?.Value);
    }

    [Theory]
    [InlineData("Lantern Co. (NYSE: LANTERN) today reported.\n")]
    [InlineData("Lantern Co. (NYSE: ltn) today reported.\n")]
    [InlineData("Lantern Co. (NYSE LTN) today reported.\n")]
    [InlineData("Lantern Co. (NYSE: LTN today reported.\n")]
    public void Text_that_only_resembles_a_listing_is_none(string text) => Assert.Null(Find(text));

    [Fact]
    public void A_release_without_a_listing_has_none()
    {
        Assert.Null(Find("Lantern Co. today reported higher sales (up 4%: a record).\n"));
    }

    [Fact]
    public void Several_symbols_report_the_exchange_and_a_finding_but_no_trading_symbol()
    {
        const string text = "LANTERN HOLDINGS INC.\n\nQUIET HARBOR, Maine -- March 3, 2031 -- Lantern Holdings Inc. (NASDAQ: LTNA, LTNB) today reported results " +
            "for the quarter ended December 31, 2030.\n\nCONSOLIDATED STATEMENTS OF INCOME\n(in thousands)\n\n\tThree Months Ended\n" +
            "\tDecember 31, 2030\tDecember 31, 2029\nNet sales\t$\t1,000\t$\t900\nCost of sales\t\t600\t\t550\nGross profit\t\t400\t\t350\n";
        var result = FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "lantern.txt" });
        var dei = result.Report.Facts.Where(f => f.Concept.Prefix == "dei").ToDictionary(f => f.Concept.LocalName, f => f.TextValue);
        Assert.Equal("NASDAQ", dei["SecurityExchangeName"]);
        Assert.Equal("Lantern Holdings Inc.", dei["EntityRegistrantName"]);
        Assert.False(dei.ContainsKey("TradingSymbol"));
        Assert.Contains(result.Findings, f => f.RuleId == "extract.trading-symbols-several" && f.Message.Contains("LTNA, LTNB", StringComparison.Ordinal));
    }
}
