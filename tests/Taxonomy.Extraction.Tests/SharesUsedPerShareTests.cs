using Taxonomy.Extraction.Facts;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// "Shares used in computing net loss per share" says neither basic nor diluted: beside a per-share row that is basic and
/// diluted, it is the average that row divides by; beside a per-share row whose label does not say which, it stays as
/// printed and a note says why. Fictional company and figures: net loss ÷ shares = the per-share amount in both quarters.
/// </summary>
public class SharesUsedPerShareTests
{
    private static string Release(string perShareLabel, string sharesLabel) =>
        "Fernwick Analytics, Inc. today reported results for the third quarter ended September 30, 2031.\n\n"
        + "                     FERNWICK ANALYTICS, INC.\n"
        + "        CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n"
        + "         (in thousands, except per share data; unaudited)\n\n"
        + "                                              Three Months Ended\n"
        + "                                                 September 30,\n"
        + "                                              2031          2030\n"
        + "Revenue                                   $ 12,400      $  9,800\n"
        + "Cost of revenue                              4,100         3,600\n"
        + "Gross profit                                 8,300         6,200\n"
        + "Total operating expenses                    12,600        11,200\n"
        + "Loss from operations                        (4,300)       (5,000)\n"
        + "Other income, net                              300           200\n"
        + "Net loss                                  $ (4,000)     $ (4,800)\n"
        + perShareLabel.PadRight(42) + "$  (0.10)     $  (0.16)\n"
        + sharesLabel.PadRight(Math.Max(44, sharesLabel.Length + 4)) + "40,000        30,000\n";

    private static ExtractionResult Extract(string text) => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "fernwick.txt" });

    [Theory]
    [InlineData("Shares used in computing net loss per share")]
    [InlineData("Weighted-average shares used in computing net loss per share")]
    public void Shares_used_beside_a_basic_and_diluted_amount_are_its_average(string sharesLabel)
    {
        var result = Extract(Release("Net loss per share, basic and diluted", sharesLabel));
        Assert.Equal(40_000_000m, result.Value("WeightedAverageNumberOfShareOutstandingBasicAndDiluted", "2031-07-01/2031-09-30"));
        Assert.Equal(30_000_000m, result.Value("WeightedAverageNumberOfShareOutstandingBasicAndDiluted", "2030-07-01/2030-09-30"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == Findings.Extension);
        // Control: the per-share row keeps its own line item.
        Assert.Equal(-0.10m, result.Value("EarningsPerShareBasicAndDiluted", "2031-07-01/2031-09-30"));
    }

    [Fact]
    public void Shares_used_beside_an_amount_that_does_not_say_basic_or_diluted_stay_as_printed_with_a_note()
    {
        var result = Extract(Release("Net loss per share", "Shares used in computing net loss per share"));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName.StartsWith("WeightedAverageNumber", StringComparison.Ordinal));
        Assert.Contains(result.Findings, f => f.RuleId == Findings.RowReading
            && f.Message.Contains("'Shares used in computing net loss per share' says neither basic nor diluted", StringComparison.Ordinal)
            && f.Message.Contains("do not say which average", StringComparison.Ordinal));
    }
}
