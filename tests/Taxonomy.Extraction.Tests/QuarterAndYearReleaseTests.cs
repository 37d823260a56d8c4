using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A release on the fourth quarter and the full year ending the same day, with no table printing the quarter: a prose
/// amount that names no period may be either, so it is a finding, not the year's fact. Fictional company and sentences.
/// </summary>
public class QuarterAndYearReleaseTests
{
    private static ExtractionResult Extract(string opening, string prose) =>
        FilingExtractor.Extract("FICTIONAL KETTLE WORKS REPORTS RESULTS\n\n" + opening + " " + prose + "\n",
            new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "fictional.txt" });

    private const string QuarterAndYear = "Fictional Kettle Works Inc. today reported results for the fourth quarter and full year ended December 31, 2025.";

    private static Fact? Fact(ExtractionResult result, string localName, string period) =>
        result.Report.Facts.SingleOrDefault(f => f.Concept.LocalName == localName && f.Period == Period.Parse(period));

    [Fact]
    public void An_amount_without_its_period_is_a_finding_not_the_years_fact()
    {
        var result = Extract(QuarterAndYear, "Net income was $52 million, compared with $61 million in the fourth quarter of 2024.");
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "NetIncomeLoss");
        Assert.Contains(result.Findings, f => f.RuleId == "extract.narrative-period-ambiguous" && f.Actual == 52_000_000m);
    }

    [Fact]
    public void An_amount_whose_words_name_the_year_is_the_years()
    {
        var result = Extract(QuarterAndYear, "For the full year, net income was $192 million.");
        Assert.Equal(192_000_000m, Fact(result, "NetIncomeLoss", "2025-01-01/2025-12-31")?.NumericValue);
    }

    [Fact]
    public void In_a_release_on_the_quarter_alone_the_amount_is_the_quarters()
    {
        var result = Extract("Fictional Kettle Works Inc. today reported results for the fourth quarter ended December 31, 2025.", "Net income was $52 million.");
        Assert.Equal(52_000_000m, Fact(result, "NetIncomeLoss", "2025-10-01/2025-12-31")?.NumericValue);
    }

    [Fact]
    public void In_a_release_on_the_year_alone_the_amount_is_the_years()
    {
        var result = Extract("Fictional Kettle Works Inc. today reported results for the year ended December 31, 2025.", "Net income was $192 million.");
        Assert.Equal(192_000_000m, Fact(result, "NetIncomeLoss", "2025-01-01/2025-12-31")?.NumericValue);
    }
}
