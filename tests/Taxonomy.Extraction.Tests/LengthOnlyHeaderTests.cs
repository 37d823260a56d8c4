using Taxonomy.Extraction.Facts;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// Column headers that name each column's length and print no date ("Fourth Quarter · Full Year", "First Quarter ·
/// Second Quarter · … · Year"): the narrative's period dates only the columns it can be. Fictional company and figures.
/// </summary>
public class LengthOnlyHeaderTests
{
    private static ExtractionResult Extract(string html) => FilingExtractor.Extract(html, new ExtractionOptions { SourceName = "brindle.htm" });

    private const string YearEndOpening =
        "<html><body><p>OSLO FALLS, Maine, February 9, 2032 -- Brindle Pump Works, Inc. (Nasdaq: BRPW) today reported results for the fourth quarter and year ended December 31, 2031.</p>";

    private static string Row(string label, params string[] values) =>
        "<tr><td>" + label + "</td>" + string.Concat(values.Select(v => "<td>$</td><td>" + v + "</td>")) + "</tr>";

    private static string Statement(string header, params string[][] rows) =>
        "<p><b>CONSOLIDATED STATEMENTS OF INCOME</b></p><p>(In thousands)</p><table>" + header
        + string.Concat(rows.Select(r => Row(r[0], r[1..]))) + "</table></body></html>";

    private static decimal? Value(ExtractionResult result, string concept, string period) =>
        result.Report.Facts.SingleOrDefault(f => f.Concept.LocalName == concept && f.Period == Period.Parse(period))?.NumericValue;

    [Theory]
    [InlineData("Fourth Quarter", "Full Year")]
    [InlineData("Three Months Ended", "Twelve Months Ended")]
    public void A_second_column_of_another_length_ends_with_the_first_not_a_year_earlier(string quarter, string year)
    {
        string header = $"<tr><td></td><td colspan=\"2\">{quarter}</td><td colspan=\"2\">{year}</td></tr>";
        var result = Extract(YearEndOpening + Statement(header,
            ["Net sales", "13,000", "46,000"], ["Cost of sales", "7,800", "27,600"], ["Gross profit", "5,200", "18,400"]));
        Assert.Equal(5_200_000m, Value(result, "GrossProfit", "2031-10-01/2031-12-31"));
        Assert.Equal(18_400_000m, Value(result, "GrossProfit", "2031-01-01/2031-12-31"));
        Assert.DoesNotContain(result.Report.Facts, f => f.Period.End.Year == 2030);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<tr><td></td><td colspan=\"2\">2031</td><td colspan=\"2\">2030</td></tr>")]
    public void One_quarter_titled_over_both_columns_is_the_narratives_quarter_and_the_year_agos(string years)
    {
        // "Fourth Quarter" over both columns in a release on the quarter and the year: quarters, not the years.
        string header = "<tr><td></td><td colspan=\"4\">Fourth Quarter</td></tr>" + years;
        var result = Extract(YearEndOpening + Statement(header,
            ["Net sales", "13,000", "12,100"], ["Cost of sales", "7,800", "7,300"], ["Gross profit", "5,200", "4,800"]));
        Assert.Equal(5_200_000m, Value(result, "GrossProfit", "2031-10-01/2031-12-31"));
        Assert.Equal(4_800_000m, Value(result, "GrossProfit", "2030-10-01/2030-12-31"));
    }

    [Fact]
    public void Three_months_over_both_columns_are_still_the_quarter_and_its_prior_year()
    {
        // Control: a length named in words over both columns, no years.
        string header = "<tr><td></td><td colspan=\"4\">Three Months Ended</td></tr>";
        var result = Extract(YearEndOpening + Statement(header,
            ["Net sales", "13,000", "12,100"], ["Cost of sales", "7,800", "7,300"], ["Gross profit", "5,200", "4,800"]));
        Assert.Equal(5_200_000m, Value(result, "GrossProfit", "2031-10-01/2031-12-31"));
        Assert.Equal(4_800_000m, Value(result, "GrossProfit", "2030-10-01/2030-12-31"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("<p>For the quarters and year ended December 31, 2031</p>")]
    public void Quarters_headed_by_their_ordinals_are_not_taken_for_the_narratives_quarter(string titleLine)
    {
        // Four quarters and the year side by side, no dates over them: the first column is the first quarter, which the
        // narrative's period (the fourth quarter) does not date; nor does a date stated once in the title.
        string header = "<tr><td></td><td colspan=\"2\">First Quarter</td><td colspan=\"2\">Second Quarter</td><td colspan=\"2\">Third Quarter</td>"
            + "<td colspan=\"2\">Fourth Quarter</td><td colspan=\"2\">Year</td></tr>";
        string statement = Statement(header,
            ["Net sales", "10,000", "11,000", "12,000", "13,000", "46,000"],
            ["Cost of sales", "6,000", "6,600", "7,200", "7,800", "27,600"],
            ["Gross profit", "4,000", "4,400", "4,800", "5,200", "18,400"]);
        var result = Extract(YearEndOpening + statement.Replace("<p>(In thousands)</p>", titleLine + "<p>(In thousands)</p>", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "GrossProfit" && f.NumericValue is 4_000_000m or 4_400_000m or 4_800_000m);
        Assert.Contains(result.Findings, f => f.RuleId == Findings.MissingPeriod && f.Message.Contains("column 1", StringComparison.Ordinal));
    }
}
