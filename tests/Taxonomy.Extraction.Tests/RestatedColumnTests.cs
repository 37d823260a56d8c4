using Taxonomy.Extraction.Facts;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A prior period printed twice, restated and as previously reported: the restated column is the period's figures.
/// Fictional company and figures.
/// </summary>
public class RestatedColumnTests
{
    private const string Opening =
        "DAYTON, October 28, 2031 -- Larkspur Valve Corp. (NYSE: LKV) today reported results for the third quarter ended September 30, 2031.\n\n";

    private static string Statement(string restated, string reported) =>
        "             CONDENSED CONSOLIDATED STATEMENTS OF INCOME\n" +
        "              (In millions)\n" +
        "                                          Three Months Ended September 30,\n" +
        "                                                        2030            2030\n" +
        $"                                         2031   {restated,11}   {reported,22}\n" +
        "Net sales                             $ 600.0       $ 571.4       $ 575.0\n" +
        "Cost of sales                           396.0         380.4         382.0\n" +
        "                                      -------       -------       -------\n" +
        "Gross profit                            204.0         191.0         193.0\n" +
        "Operating expenses                      132.0         126.0         126.0\n" +
        "                                      -------       -------       -------\n" +
        "Net income                            $  72.0       $  65.0       $  67.0\n";

    private static ExtractionResult Extract(string text) => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "larkspur.txt" });

    [Theory]
    [InlineData("As Adjusted", "As Previously Reported")]
    [InlineData("Restated", "As Originally Reported")]
    [InlineData("Recast", "As Reported")]
    public void The_restated_column_is_the_periods_figures(string restated, string reported)
    {
        var result = Extract(Opening + Statement(restated, reported));

        Assert.Equal(571_400_000m, result.Value("SalesRevenueNet", "2030-07-01/2030-09-30"));
        Assert.Equal(65_000_000m, result.Value("NetIncomeLoss", "2030-07-01/2030-09-30"));
        Assert.Equal(600_000_000m, result.Value("SalesRevenueNet", "2031-07-01/2031-09-30"));
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is 575_000_000m or 67_000_000m);
        Assert.Contains(result.Findings, f => f.RuleId == Findings.MissingPeriod && f.Message.Contains("column 3 prints 2030-07-01/2030-09-30 as previously reported", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_columns_of_one_period_not_named_restated_and_reported_stay_unreported()
    {
        var result = Extract(Opening + Statement("Northern", "Southern"));

        Assert.Null(result.Value("SalesRevenueNet", "2030-07-01/2030-09-30"));
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is 571_400_000m or 575_000_000m);
    }
}
