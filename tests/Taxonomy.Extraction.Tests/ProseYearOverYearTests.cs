using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// "Revenue increased 12% year-over-year to $45.2 million": the words of a change from the year before stand between the
/// verb and "to"; the figure after "to" is the reported period's, the one after "from" the year before's. The size of the
/// change alone ("year-over-year growth of $4.8 million") is no figure. Fictional company.
/// </summary>
public class ProseYearOverYearTests
{
    private const string Opening = "Brannock Optics Inc. today announced results for the third quarter ended September 30, 2031.\n\n";

    private const string Quarter = "2031-07-01/2031-09-30";

    private static ExtractionResult Extract(string sentence) =>
        FilingExtractor.Extract(Opening + sentence + "\n", new ExtractionOptions { SourceName = "brannock.txt" });

    [Fact]
    public void A_figure_after_a_year_over_year_change_is_the_periods()
    {
        var result = Extract("Revenue increased 12% year-over-year to $45.2 million.");

        Assert.Equal(45_200_000m, result.Value("Revenues", Quarter));
        Assert.Single(result.Report.Facts, f => f.Concept.LocalName == "Revenues");
    }

    [Fact]
    public void The_figure_it_changed_from_is_the_year_befores()
    {
        var result = Extract("Net income decreased 4% year-on-year to $3.6 million from $3.75 million.");

        Assert.Equal(3_600_000m, result.Value("NetIncomeLoss", Quarter));
        Assert.Equal(3_750_000m, result.Value("NetIncomeLoss", "2030-07-01/2030-09-30"));
    }

    [Fact]
    public void The_size_of_a_year_over_year_change_is_no_figure()
    {
        var result = Extract("Year-over-year revenue growth of $4.8 million came from the marine segment.");

        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "Revenues");
    }
}
