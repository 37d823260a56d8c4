using Taxonomy.Concepts;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>Columns that print a change ("$ Change", "Increase (Decrease)") beside the periods are not periods.</summary>
public class ChangeColumnTests
{
    private static ExtractionResult Extract(string text) =>
        FilingExtractor.Extract(text, new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "fictional.txt" });

    private static FictionalStatement Income(string changeTitle, decimal[] change) =>
        FictionalStatement.Titled("STATEMENTS OF OPERATIONS", "(in thousands)")
            .Header("Three Months Ended June 30,")
            .Header("2025", "2024", changeTitle)
            .Dollars("Total revenues", 5_000, 4_500, change[0])
            .Row("Cost of revenues", 3_000, 2_800, change[1])
            .Row("Gross profit", 2_000, 1_700, change[2])
            .Dollars("Net income", 800, 650, change[3]);

    [Theory]
    [InlineData("$ Change")]
    [InlineData("Increase (Decrease)")]
    [InlineData("Variance")]
    public void A_column_of_differences_titled_as_a_change_is_not_reported(string title)
    {
        var result = Extract(Income(title, [500, 200, 300, 150]));
        Assert.Equal(5_000_000m, result.Value("Revenues", "2025-04-01/2025-06-30"));
        Assert.Equal(4_500_000m, result.Value("Revenues", "2024-04-01/2024-06-30"));
        Assert.Equal(650_000m, result.Value("NetIncomeLoss", "2024-04-01/2024-06-30"));
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is 500_000m or 150_000m);
        Assert.Contains(result.Findings, f => f.RuleId == "extract.columns-skipped" && f.Message.Contains("column 3 states the change between columns 1 and 2", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "extract.period-missing");
    }

    [Fact]
    public void Better_or_worse_changes_count_with_either_sign()
    {
        // Cost lines state a favourable change as prior less current.
        var result = Extract(Income("Better/(Worse)", [500, -200, 300, 150]));
        Assert.Equal(2_800_000m, result.Value("CostOfRevenue", "2024-04-01/2024-06-30"));
        Assert.Contains(result.Findings, f => f.RuleId == "extract.columns-skipped" && f.Message.Contains("states the change", StringComparison.Ordinal));
    }

    [Fact]
    public void A_column_titled_as_a_change_that_is_no_difference_stays()
    {
        var result = Extract(Income("$ Change", [510, 200, 300, 150]));
        Assert.DoesNotContain(result.Findings, f => f.Message.Contains("states the change", StringComparison.Ordinal));
    }

    [Fact]
    public void A_column_that_is_a_difference_but_titled_as_a_period_stays()
    {
        // The fourth quarter printed beside the year and its first nine months is the year less nine months, and a period.
        var result = Extract(FictionalStatement.Titled("STATEMENTS OF OPERATIONS", "(in thousands)")
            .Header("Year Ended", "Nine Months Ended", "Three Months Ended")
            .Header("December 31, 2025", "September 30, 2025", "December 31, 2025")
            .Dollars("Total revenues", 20_000, 14_000, 6_000)
            .Row("Cost of revenues", 12_000, 8_500, 3_500)
            .Row("Gross profit", 8_000, 5_500, 2_500));
        Assert.Equal(6_000_000m, result.Value("Revenues", "2025-10-01/2025-12-31"));
        Assert.DoesNotContain(result.Findings, f => f.Message.Contains("states the change", StringComparison.Ordinal));
    }
}
