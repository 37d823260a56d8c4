namespace Taxonomy.Extraction.Tests;

/// <summary>
/// What a statement borrows from around it: the scale of a caption above it, never of another table's row printed
/// above it; periods of its header, never for columns the header names by segment or measure.
/// </summary>
public class NeighbourTableTests
{
    private const string Income =
        "CONSOLIDATED STATEMENTS OF INCOME\n(In thousands, except per share amounts)\n\n" +
        "\tYear Ended December 31,\n\t2031\t2030\n" +
        "Net sales\t$\t1,100,000\t$\t1,020,000\nCost of sales\t\t780,000\t\t729,000\nGross profit\t\t320,000\t\t291,000\n";

    private static ExtractionResult Extract(string text) => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "marrow.txt" });

    private static decimal? Sales2031(ExtractionResult result) =>
        result.Report.Facts.Single(f => f.Concept.LocalName is "Revenues" or "SalesRevenueNet" && f.Period.ToString() == "2031-01-01/2031-12-31").NumericValue;

    [Fact]
    public void An_outlook_row_above_the_statement_lends_it_no_scale()
    {
        var result = Extract("MARROWFIELD FOODS, INC.\n\n2032 Outlook\n\tLow\tHigh\nNet sales (in millions)\t$ 1,200\t$ 1,250\n\n" + Income);
        Assert.Equal(1_100_000_000m, Sales2031(result));
    }

    [Fact]
    public void A_caption_above_the_title_still_scales_the_statement()
    {
        var result = Extract("MARROWFIELD FOODS, INC.\n(In millions)\n" + Income.Replace("(In thousands, except per share amounts)\n", "", StringComparison.Ordinal)
            .Replace("1,100,000", "1,100", StringComparison.Ordinal).Replace("780,000", "780", StringComparison.Ordinal).Replace("320,000", "320", StringComparison.Ordinal)
            .Replace("1,020,000", "1,020", StringComparison.Ordinal).Replace("729,000", "729", StringComparison.Ordinal).Replace("291,000", "291", StringComparison.Ordinal));
        Assert.Equal(1_100_000_000m, Sales2031(result));
    }

    private const string Segments =
        "Tessaly Corp. reported results for the year ended December 31, 2031.\n\n" +
        "CONSOLIDATED STATEMENTS OF OPERATIONS\n(in millions)\n\n{0}" +
        "\tIndustrial\tMedical\tTotal\n" +
        "Net sales\t$\t600\t$\t400\t$\t1,000\nCost of sales\t\t360\t\t220\t\t580\nGross profit\t\t240\t\t180\t\t420\n";

    [Theory]
    [InlineData("")]
    [InlineData("\tYear Ended December 31, 2031\n")]
    public void Columns_the_header_names_by_segment_take_no_period(string periodLine)
    {
        var result = Extract(string.Format(System.Globalization.CultureInfo.InvariantCulture, Segments, periodLine));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName is "Revenues" or "SalesRevenueNet" or "CostOfGoodsAndServicesSold" or "GrossProfit");
        Assert.Contains(result.Findings, f => f.Message.Contains("names the columns ('Industrial', 'Medical', 'Total')", StringComparison.Ordinal));
    }

    [Fact]
    public void Columns_the_header_names_by_length_keep_their_periods()
    {
        var result = Extract("CONSOLIDATED STATEMENTS OF OPERATIONS\n(in millions)\n\n\tThree Months Ended\tTwelve Months Ended\n\tDecember 31, 2031\tDecember 31, 2031\n" +
            "Net sales\t$\t300\t$\t1,000\nCost of sales\t\t170\t\t580\nGross profit\t\t130\t\t420\n");
        Assert.Equal(1_000_000_000m, Sales2031(result));
    }

    private const string SegmentsBelow =
        "CONSOLIDATED STATEMENTS OF INCOME\n(In millions)\n\n" +
        "\tThree Months Ended June 30,\tSix Months Ended June 30,\n\t2031\t2030\t2031\t2030\n" +
        "Net sales\t$ 1,000\t$ 900\t$ 1,900\t$ 1,750\nCost of sales\t600\t560\t1,150\t1,080\nGross profit\t400\t340\t750\t670\n\n" +
        "Segment Results\n\n" +
        "The following table presents our segment net sales (in millions; unaudited):\n\n" +
        "\tThree Months Ended June 30,\n\t2031\t2030\n" +
        "Hand tools\t$ 550\t$ 500\nGarden tools\t450\t400\nTotal net sales\t$ 1,000\t$ 900\n";

    [Fact]
    public void A_table_under_its_own_heading_caption_and_header_is_not_read_as_the_statement_above()
    {
        // The segment table's header names the statement's dates again, but its heading and caption start another table.
        var result = Extract(SegmentsBelow);
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName.Contains("HandTools", StringComparison.Ordinal)
            || f.Concept.LocalName.Contains("GardenTools", StringComparison.Ordinal) || f.Concept.LocalName.Contains("TotalNetSales", StringComparison.Ordinal));
        // Control: the statement's own rows are read.
        Assert.Equal(750_000_000m, result.Report.Facts.Single(f => f.Concept.LocalName == "GrossProfit" && f.Period.ToString() == "2031-01-01/2031-06-30").NumericValue);
    }
}
