using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// "Income tax benefit 5,500" printed positive on an income statement whose totals cannot be footed: the row prints the
/// size of a benefit, so income tax expense (benefit) is negative. Fictional company and figures.
/// </summary>
public class BenefitLabelTests
{
    private static string Release(string taxLabel) =>
        "PITTSBURGH, February 3, 2032 -- Millrace Materials, Inc. (NYSE: MLRM) today reported results for the year ended December 31, 2031.\n\n" +
        "                   CONSOLIDATED STATEMENTS OF OPERATIONS\n" +
        "                  (in thousands, except per share amounts)\n\n" +
        "                                                    Year Ended December 31,\n" +
        "                                                     2031            2030\n" +
        "Net sales                                          $ 500,000       $ 480,000\n" +
        $"{taxLabel,-50} 5,500             250\n";

    [Theory]
    [InlineData("Income tax benefit")]
    [InlineData("Benefit from income taxes")]
    public void A_benefit_named_alone_and_printed_positive_is_a_negative_expense(string label)
    {
        var result = FilingExtractor.Extract(Release(label), new ExtractionOptions { SourceName = "millrace.txt" });

        Assert.Equal(-5_500_000m, result.Value("IncomeTaxExpenseBenefit", "2031-01-01/2031-12-31"));
        Assert.Equal(-250_000m, result.Value("IncomeTaxExpenseBenefit", "2030-01-01/2030-12-31"));
    }

    [Theory]
    [InlineData("Income tax expense")]
    [InlineData("Provision for (benefit from) income taxes")]
    [InlineData("Income tax expense (benefit)")]
    public void An_expense_or_a_label_naming_both_is_read_as_printed(string label)
    {
        var result = FilingExtractor.Extract(Release(label), new ExtractionOptions { SourceName = "millrace.txt" });

        Assert.Equal(5_500_000m, result.Value("IncomeTaxExpenseBenefit", "2031-01-01/2031-12-31"));
        Assert.Equal(250_000m, result.Value("IncomeTaxExpenseBenefit", "2030-01-01/2030-12-31"));
    }
}
