using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// "Revenue was $45.2 million, down from $47.0 million": the figure a line item changed from, with no period named, may be
/// the quarter before's as well as the year before's. It is read for the year before only when the sentence names that
/// period ("a year ago", "the prior-year quarter", the quarter by its ordinal and year); otherwise it is a finding.
/// Controls: the amount changed to is still read; naming the prior period places the figure. Fictional company, my figures.
/// </summary>
public class ProseChangedFromPeriodTests
{
    private static ExtractionResult Extract(string sentence) =>
        FilingExtractor.Extract("Larkmoor Devices Reports First Quarter 2031 Results\n\n"
            + "Larkmoor Devices, Inc. today announced results for the first quarter ended March 31, 2031.\n\n" + sentence + "\n",
            new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "larkmoor.txt" });

    private static decimal? Value(ExtractionResult result, string localName, string period) =>
        result.Report.Facts.SingleOrDefault(f => f.Concept.LocalName == localName && f.Period == Period.Parse(period))?.NumericValue;

    [Theory]
    [InlineData("Revenue was $45.2 million, down from $47.0 million.", "Revenues", 45_200_000, 47_000_000)]
    [InlineData("Net income decreased 4% to $3.1 million from $3.3 million.", "NetIncomeLoss", 3_100_000, 3_300_000)]
    public void A_figure_changed_from_with_no_period_named_is_a_finding(string sentence, string localName, decimal current, decimal before)
    {
        var result = Extract(sentence);

        Assert.Equal(current, Value(result, localName, "2031-01-01/2031-03-31"));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == localName && f.Period.End.Year == 2030);
        var unread = Assert.Single(result.Findings, f => f.RuleId == "extract.narrative-unread");
        Assert.Equal(before, unread.Actual);
        Assert.Contains("names no prior period", unread.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Revenue was $45.2 million, down from $47.0 million a year ago.")]
    [InlineData("Year over year, revenue was $45.2 million, down from $47.0 million.")]
    [InlineData("Revenue was $45.2 million, down from $47.0 million, on lower volumes than a year ago.")]
    public void A_figure_changed_from_is_the_year_befores_when_the_sentence_names_that_period(string sentence)
    {
        var result = Extract(sentence);

        Assert.Equal(45_200_000m, Value(result, "Revenues", "2031-01-01/2031-03-31"));
        Assert.Equal(47_000_000m, Value(result, "Revenues", "2030-01-01/2030-03-31"));
    }
}
