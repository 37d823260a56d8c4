using Taxonomy.Extraction.Tables;

namespace Taxonomy.Extraction.Tests;

/// <summary>A footnote digit a conversion left at the end of a row label (a flattened superscript) is not part of the label.</summary>
public class FootnoteMarkerTests
{
    [Theory]
    [InlineData("Profit 1", "Profit")]
    [InlineData("\u2013 Diluted 2", "\u2013 Diluted")]
    [InlineData("Cost of sales (excluding depreciation) 3", "Cost of sales (excluding depreciation)")]
    [InlineData("Series 2", "Series 2")]
    [InlineData("Class B, Tier 1", "Class B, Tier 1")]
    [InlineData("Notes due 2031", "Notes due 2031")]
    [InlineData("Senior notes 10", "Senior notes 10")]
    [InlineData("Revenue 0", "Revenue 0")]
    [InlineData("2", "2")]
    [InlineData("Page 3 of 5", "Page 3 of 5")]
    [InlineData("Page 3", "Page 3")]
    public void Only_a_lone_digit_after_a_word_that_numbers_nothing_is_dropped(string label, string expected) =>
        Assert.Equal(expected, FootnoteMarker.Strip(label));

    [Fact]
    public void A_row_label_is_read_without_its_footnote_digit()
    {
        // "Kite string royalties" is no line item of the taxonomy: its extension is named from the label without the digit.
        const string text = "LANTERN & WICK CO.\n\nCONSOLIDATED STATEMENTS OF OPERATIONS\n(in thousands)\n\n" +
            "\tThree Months Ended\n\tMarch 31, 2031\tMarch 31, 2030\n" +
            "Net sales\t$\t1,000\t$\t900\nKite string royalties 2\t\t60\t\t50\nCost of sales\t\t600\t\t550\n";
        var result = FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "lantern.txt" });
        var royalties = Assert.Single(result.Report.Facts, f => f.Concept.LocalName.StartsWith("KiteStringRoyalties", StringComparison.Ordinal) && f.NumericValue == 60_000m);
        Assert.Equal("KiteStringRoyalties", royalties.Concept.LocalName);
    }

    private const string Statement =
        "LANTERN & WICK CO.\n\nCONSOLIDATED STATEMENTS OF OPERATIONS\n(in thousands)\n\n" +
        "\tThree Months Ended\n\tMarch 31, 2031\tMarch 31, 2030\n" +
        "Net sales\t$\t1,000\t$\t900\nCost of sales\t\t600\t\t550\nGross profit\t\t{0}\t\t350\nSelling, general and administrative\t\t150\t\t{1}\n";

    [Theory]
    [InlineData("400*", "200")]
    [InlineData("400 (a)", "200 (1)")]
    [InlineData("400\u2020", "200")]
    public void A_footnote_marker_after_a_figure_leaves_the_figure(string gross, string sga)
    {
        var result = FilingExtractor.Extract(string.Format(System.Globalization.CultureInfo.InvariantCulture, Statement, gross, sga), new ExtractionOptions { SourceName = "lantern.txt" });
        Assert.Equal(400_000m, result.Report.Facts.Single(f => f.Concept.LocalName == "GrossProfit" && f.Period.ToString() == "2031-01-01/2031-03-31").NumericValue);
        Assert.Equal(200_000m, result.Report.Facts.Single(f => f.Concept.LocalName == "SellingGeneralAndAdministrativeExpense" && f.Period.ToString() == "2030-01-01/2030-03-31").NumericValue);
    }

    [Fact]
    public void A_figure_read_as_no_number_keeps_its_column()
    {
        // "400#" is no number and no marked one: the year-ago 350 must stay in its own column, not slide into the first.
        var result = FilingExtractor.Extract(string.Format(System.Globalization.CultureInfo.InvariantCulture, Statement, "400#", "200"), new ExtractionOptions { SourceName = "lantern.txt" });
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "GrossProfit" && f.Period.ToString() == "2031-01-01/2031-03-31" && f.NumericValue == 350_000m);
    }
}
