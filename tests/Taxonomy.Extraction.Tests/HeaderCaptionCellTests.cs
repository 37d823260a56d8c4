namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A statement whose scale caption sits in the top-left cell of its column header ("(In thousands, except per share
/// amounts)" beside "Three Months Ended September 30,"), on one header row or spanning both (rowspan). Fictional company
/// and figures (revenue 9,400 − cost 5,100 = gross profit 4,300).
/// </summary>
public class HeaderCaptionCellTests
{
    private const string Opening =
        "<html><body><p>LARCH BEND, Idaho, October 30, 2031 -- Tamsin Valve Corp. (NYSE: TMVC) today reported results for the third quarter ended September 30, 2031.</p>"
        + "<p><b>CONDENSED CONSOLIDATED STATEMENTS OF INCOME</b></p><table>";

    private const string Rows =
        "<tr><td>Revenue</td><td>$</td><td>9,400</td><td>$</td><td>8,800</td><td>$</td><td>27,600</td><td>$</td><td>25,900</td></tr>"
        + "<tr><td>Cost of revenue</td><td></td><td>5,100</td><td></td><td>4,900</td><td></td><td>15,200</td><td></td><td>14,500</td></tr>"
        + "<tr><td>Gross profit</td><td></td><td>4,300</td><td></td><td>3,900</td><td></td><td>12,400</td><td></td><td>11,400</td></tr>"
        + "</table></body></html>";

    private const string Lengths = "<td colspan=\"4\">Three Months Ended September 30,</td><td colspan=\"4\">Nine Months Ended September 30,</td></tr>";
    private const string Years = "<td colspan=\"2\">2031</td><td colspan=\"2\">2030</td><td colspan=\"2\">2031</td><td colspan=\"2\">2030</td></tr>";

    [Theory]
    [InlineData("<tr><td>(In thousands, except per share amounts)</td>" + Lengths + "<tr><td></td>" + Years)]
    [InlineData("<tr><td rowspan=\"2\">(In thousands, except per share amounts)</td>" + Lengths + "<tr>" + Years)]
    public void The_caption_cell_leaves_the_header_a_header(string header)
    {
        var result = FilingExtractor.Extract(Opening + header + Rows, new ExtractionOptions { SourceName = "tamsin.htm" });
        decimal? Gross(string period) => result.Report.Facts.SingleOrDefault(f => f.Concept.LocalName == "GrossProfit" && f.Period == Period.Parse(period))?.NumericValue;
        Assert.Equal(4_300_000m, Gross("2031-07-01/2031-09-30"));
        Assert.Equal(3_900_000m, Gross("2030-07-01/2030-09-30"));
        Assert.Equal(12_400_000m, Gross("2031-01-01/2031-09-30"));
        Assert.Equal(11_400_000m, Gross("2030-01-01/2030-09-30"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "extract.period-missing");
    }

    [Fact]
    public void A_caption_cell_that_states_no_scale_beside_figures_is_still_a_row()
    {
        // Control: a labelled row whose label is in parentheses is read as a row, not taken for a header.
        string html = Opening + "<tr><td></td>" + Lengths + "<tr><td></td>" + Years
            + "<tr><td>(Loss) on disposal</td><td></td><td>(100</td><td>)</td><td></td><td>(90</td><td>)</td><td></td><td>(300</td><td>)</td><td></td><td>(250</td><td>)</td></tr>" + Rows;
        var result = FilingExtractor.Extract(html, new ExtractionOptions { SourceName = "tamsin.htm" });
        Assert.Contains(result.Report.Facts, f => f.Concept.LocalName == "GrossProfit" && f.NumericValue == 4_300m);
    }
}
