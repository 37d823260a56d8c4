using Taxonomy.Extraction.Loading;
using Taxonomy.Extraction.Periods;
using Taxonomy.Extraction.Segmentation;

namespace Taxonomy.Extraction.Tests.Stages;

/// <summary>A period named as the period of another report (forward-looking boilerplate) is not the period the document reports on.</summary>
public class CitedReportPeriodTests
{
    private static DocumentCalendar Calendar(string text) => DocumentCalendar.Build(Segmenter.Segment(new SourceText(text)));

    // Fictional boilerplate of Lantern Ridge Power Co.
    private const string Boilerplate =
        "Factors besides those discussed in the Annual Report on Form 10-K for the year ended December 31, 2024, and later filings could change these results.\n";

    [Fact]
    public void The_year_of_a_cited_annual_report_is_not_the_reporting_period() => Assert.Null(Calendar(Boilerplate).CurrentDuration);

    [Fact]
    public void The_period_the_release_itself_names_is_still_read()
    {
        var calendar = Calendar(Boilerplate + "\nLantern Ridge Power Co. today reported its results for the three months ended March 31, 2025, with higher sales in every region.\n");
        Assert.Equal(Period.Parse("2025-01-01/2025-03-31"), calendar.CurrentDuration);
    }
}
