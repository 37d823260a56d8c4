using Taxonomy.Extraction.Facts;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>A statement whose heading states its scale in figures only ("($000)"). Fictional company and figures.</summary>
public class ScaleLineTests
{
    [Theory]
    [InlineData("($000)")]
    [InlineData("($'000)")]
    [InlineData("(000)")]
    public void A_scale_in_figures_under_the_title_scales_the_table_and_is_no_row(string scale)
    {
        string text =
            "DAYTON, October 28, 2031 -- Larkspur Valve Corp. today reported results for the third quarter ended September 30, 2031.\n\n" +
            "             CONDENSED CONSOLIDATED STATEMENTS OF INCOME\n" +
            $"              {scale}\n" +
            "                                          Three Months Ended September 30,\n" +
            "                                              2031          2030\n" +
            "Net sales                             $ 600,000     $ 571,400\n" +
            "Cost of sales                           396,000       380,400\n" +
            "Gross profit                            204,000       191,000\n";
        var result = FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "larkspur.txt" });

        Assert.Equal(600_000_000m, result.Value("SalesRevenueNet", "2031-07-01/2031-09-30"));
        Assert.Equal(571_400_000m, result.Value("SalesRevenueNet", "2030-07-01/2030-09-30"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId is Findings.ScaleMissing or Findings.NoiseRow or Findings.InferredHeader);
    }
}
