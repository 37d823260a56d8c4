using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A statement whose column header a conversion lost: the first column is the period the narrative reports on, the second
/// its prior-year comparative, unless the period is counted in weeks (a 52–53-week year, whose year before may end 52 or 53
/// weeks earlier). Fictional company.
/// </summary>
public class HeaderlessWeeksColumnTests
{
    private static ExtractionResult Extract(string period) => FilingExtractor.Extract(
        $"Fictional Canoe Outfitters Inc. today reported results for the {period}.\n\n"
        + "CONDENSED CONSOLIDATED STATEMENTS OF INCOME\n(in thousands)\n\n"
        + "Net sales                  $286,410    $271,930\n"
        + "Cost of sales               171,850     166,220\n"
        + "Gross profit                114,560     105,710\n",
        new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "fictional.txt" });

    [Fact]
    public void The_comparative_of_a_period_of_weeks_is_not_guessed()
    {
        var result = Extract("thirteen weeks ended August 2, 2025");
        Assert.Equal(114_560_000m, result.Report.Facts.Single(f => f.Concept.LocalName == "GrossProfit").NumericValue);
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue == 105_710_000m);
        Assert.Contains(result.Findings, f => f.RuleId == "extract.period-missing" && f.Message.Contains("weeks", StringComparison.Ordinal));
    }

    [Fact]
    public void The_comparative_of_a_calendar_quarter_is_the_same_quarter_a_year_before()
    {
        var result = Extract("three months ended June 30, 2025");
        var prior = result.Report.Facts.Single(f => f.Concept.LocalName == "GrossProfit" && f.NumericValue == 105_710_000m);
        Assert.Equal(Period.Parse("2024-04-01/2024-06-30"), prior.Period);
    }
}
