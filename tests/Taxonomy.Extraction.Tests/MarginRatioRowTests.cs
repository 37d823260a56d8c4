using Taxonomy.Extraction.Facts;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>"Gross margin %" under the gross margin amount: a ratio, not a second gross profit. Fictional company and figures.</summary>
public class MarginRatioRowTests
{
    private static string Release(string ratioRow) =>
        "PITTSBURGH, February 3, 2032 -- Millrace Materials, Inc. (NYSE: MLRM) today reported results for the year ended December 31, 2031.\n\n" +
        "                   CONSOLIDATED STATEMENTS OF OPERATIONS\n" +
        "                              (in thousands)\n\n" +
        "                                                    Year Ended December 31,\n" +
        "                                                     2031            2030\n" +
        "Net sales                                          $ 500,000       $ 480,000\n" +
        "Cost of sales                                        410,000         400,000\n" +
        "Gross margin                                          90,000          80,000\n" +
        ratioRow;

    [Theory]
    [InlineData("Gross margin %                                          18.0            16.7\n")]
    [InlineData("Gross margin (%)                                        18.0            16.7\n")]
    [InlineData("Gross margin percentage                                 18.0            16.7\n")]
    public void A_margin_row_marked_as_a_ratio_is_no_amount(string ratioRow)
    {
        var result = FilingExtractor.Extract(Release(ratioRow), new ExtractionOptions { SourceName = "millrace.txt" });

        Assert.Equal(90_000_000m, result.Value("GrossProfit", "2031-01-01/2031-12-31"));
        Assert.Equal(80_000_000m, result.Value("GrossProfit", "2030-01-01/2030-12-31"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == Findings.DuplicateConflict);
    }

    [Fact]
    public void The_margin_amount_alone_is_gross_profit()
    {
        var result = FilingExtractor.Extract(Release(""), new ExtractionOptions { SourceName = "millrace.txt" });

        Assert.Equal(90_000_000m, result.Value("GrossProfit", "2031-01-01/2031-12-31"));
    }
}
