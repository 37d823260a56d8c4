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
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "NetIncomeLoss" && f.NumericValue == 52_000_000m);
        // The comparative's own words name its quarter with its year.
        Assert.Equal(61_000_000m, Fact(result, "NetIncomeLoss", "2024-10-01/2024-12-31")?.NumericValue);
        Assert.Contains(result.Findings, f => f.RuleId == "extract.narrative-period-ambiguous" && f.Actual == 52_000_000m);
    }

    [Fact]
    public void An_amount_whose_words_name_the_year_is_the_years()
    {
        var result = Extract(QuarterAndYear, "For the full year, net income was $192 million.");
        Assert.Equal(192_000_000m, Fact(result, "NetIncomeLoss", "2025-01-01/2025-12-31")?.NumericValue);
    }

    [Fact]
    public void The_quarter_and_the_year_named_each_before_its_own_amount_are_read_apart()
    {
        var result = Extract(QuarterAndYear, "Fourth-quarter revenue was $61 million and full-year revenue was $230 million.");

        Assert.Equal(61_000_000m, Fact(result, "Revenues", "2025-10-01/2025-12-31")?.NumericValue);
        Assert.Equal(230_000_000m, Fact(result, "Revenues", "2025-01-01/2025-12-31")?.NumericValue);
    }

    [Fact]
    public void The_year_befores_quarter_named_with_its_year_is_that_quarters()
    {
        var result = Extract(QuarterAndYear, "Net income for the fourth quarter of 2024 was $48 million.");

        Assert.Equal(48_000_000m, Fact(result, "NetIncomeLoss", "2024-10-01/2024-12-31")?.NumericValue);
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "NetIncomeLoss" && f.Period != Period.Parse("2024-10-01/2024-12-31"));
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
    [Theory]
    [InlineData("For the fourth quarter, net income was $52 million, or $0.41 per diluted share, compared with a net loss of $6 million, or $0.05 per diluted share, in the fourth quarter of 2024.")]
    [InlineData("Fourth-quarter net income was $52 million, or 41 cents per diluted share, compared with a net loss of $6 million, or 5 cents per diluted share, a year ago.")]
    public void An_amount_whose_words_name_the_fourth_quarter_is_the_quarters_with_its_comparatives(string prose)
    {
        var result = Extract(QuarterAndYear, prose);

        Assert.Equal(52_000_000m, Fact(result, "NetIncomeLoss", "2025-10-01/2025-12-31")?.NumericValue);
        Assert.Equal(0.41m, Fact(result, "EarningsPerShareDiluted", "2025-10-01/2025-12-31")?.NumericValue);
        Assert.Equal(-6_000_000m, Fact(result, "NetIncomeLoss", "2024-10-01/2024-12-31")?.NumericValue);
        Assert.Equal(-0.05m, Fact(result, "EarningsPerShareDiluted", "2024-10-01/2024-12-31")?.NumericValue);
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "NetIncomeLoss" && f.Period.Days > 100);
    }

    [Theory]
    [InlineData("Third-quarter net income was $44 million.")]
    [InlineData("For the third quarter, net income was $44 million.")]
    [InlineData("Net income for the fourth quarter of 2023 was $44 million.")]
    [InlineData("Net income for the fourth quarter and the full year was $44 million.")]
    public void Another_quarter_or_a_quarter_beside_the_year_is_not_placed_at_the_reported_quarter(string prose)
    {
        var result = Extract(QuarterAndYear, prose);

        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "NetIncomeLoss" && f.Period.End == new DateOnly(2025, 12, 31));
        // A quarter named with its year is that quarter ("the fourth quarter of 2023"); the others are not placed at all.
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "NetIncomeLoss" && f.Period != Period.Parse("2023-10-01/2023-12-31"));
    }
}
