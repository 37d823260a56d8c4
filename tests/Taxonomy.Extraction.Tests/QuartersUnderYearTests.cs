using Taxonomy.Concepts;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>"Q1 · Q2 · Q3 · Q4 · FY" printed under one line naming the year: dated by the fiscal calendar when the document pins it down.</summary>
public class QuartersUnderYearTests
{
    private static ExtractionResult Extract(string text) =>
        FilingExtractor.Extract(text, new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "fictional.txt" });

    private static string Release(string narrative, string year, string titles) => narrative + "\n\n" +
        "CONSOLIDATED STATEMENTS OF OPERATIONS\n(in thousands)\n" +
        "\t" + year + "\n" +
        "\t" + titles + "\n" +
        "Total revenues\t1,000\t1,100\t1,200\t1,300\t4,600\n" +
        "Total operating expenses\t800\t850\t900\t950\t3,500\n" +
        "Operating income\t200\t250\t300\t350\t1,100\n";

    [Fact]
    public void Quarter_titles_under_a_calendar_year_are_dated_when_the_year_end_is_stated()
    {
        var result = Extract(Release("Pellbrook Looms, Inc. reported results for the fourth quarter and fiscal year ended December 31, 2025.",
            "2025", "Q1\tQ2\tQ3\tQ4\tFY"));
        Assert.Equal(1_000_000m, result.Value("Revenues", "2025-01-01/2025-03-31"));
        Assert.Equal(250_000m, result.Value("OperatingIncomeLoss", "2025-04-01/2025-06-30"));
        Assert.Equal(1_200_000m, result.Value("Revenues", "2025-07-01/2025-09-30"));
        Assert.Equal(1_300_000m, result.Value("Revenues", "2025-10-01/2025-12-31"));
        Assert.Equal(4_600_000m, result.Value("Revenues", "2025-01-01/2025-12-31"));
    }

    [Fact]
    public void Ordinal_quarters_under_a_fiscal_year_ending_in_june_follow_that_year()
    {
        var result = Extract(Release("Pellbrook Looms, Inc. reported results for the fourth quarter and fiscal year ended June 30, 2025.",
            "Fiscal 2025", "First Quarter\tSecond Quarter\tThird Quarter\tFourth Quarter\tFull Year"));
        Assert.Equal(1_000_000m, result.Value("Revenues", "2024-07-01/2024-09-30"));
        Assert.Equal(1_100_000m, result.Value("Revenues", "2024-10-01/2024-12-31"));
        Assert.Equal(1_300_000m, result.Value("Revenues", "2025-04-01/2025-06-30"));
        Assert.Equal(4_600_000m, result.Value("Revenues", "2024-07-01/2025-06-30"));
    }

    [Fact]
    public void Quarter_titles_are_withheld_when_nothing_states_the_fiscal_year()
    {
        // Control: the year's quarters cannot be dated without its end; none is guessed from the calendar year.
        var result = Extract(Release("Pellbrook Looms, Inc. published its quarterly figures.", "2025", "Q1\tQ2\tQ3\tQ4\tFY"));
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is 1_000_000m or 4_600_000m or 350_000m);
        Assert.Contains(result.Findings, f => f.RuleId == "extract.period-missing" && f.Message.Contains("does not pin down", StringComparison.Ordinal));
    }
}
