using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A segment's figure and its comparative, in a release that states the company's own: neither becomes the consolidated
/// line item's fact, nor conflicts with it. Fictional company; the company's figures stay as stated.
/// </summary>
public class ProseSegmentComparativeTests
{
    private const string Opening =
        "Harlow Gear Corp. today announced results for the third quarter ended September 30, 2031.\n\n" +
        "Revenue for the third quarter was $88.0 million, compared with $80.0 million in the third quarter of 2030. " +
        "Operating income was $20.0 million, compared with $17.5 million in the third quarter of 2030.\n\n";

    private static ExtractionResult Extract(string sentence) =>
        FilingExtractor.Extract(Opening + sentence + "\n", new ExtractionOptions { SourceName = "harlow.txt" });

    private static List<decimal> Values(ExtractionResult result, string concept) =>
        result.Report.Facts.Where(f => f.Concept.LocalName == concept).Select(f => f.NumericValue!.Value).Order().ToList();

    [Theory]
    [InlineData("Operating income for the Industrial segment was $12.4 million, compared with $10.9 million in the third quarter of 2030.")]
    [InlineData("In the Industrial segment, operating income was $12.4 million, compared with $10.9 million in the third quarter of 2030.")]
    [InlineData("The Industrial segment reported operating income of $12.4 million, compared with $10.9 million in the third quarter of 2030.")]
    [InlineData("Industrial segment operating income was $12.4 million, up 14% from $10.9 million.")]
    [InlineData("Operating income for Industrial Products was $12.4 million, compared with $10.9 million in the third quarter of 2030.")]
    public void A_segments_figure_and_its_comparative_are_not_the_companys(string sentence)
    {
        var result = Extract(sentence);

        Assert.Equal([17_500_000m, 20_000_000m], Values(result, "OperatingIncomeLoss"));
        Assert.Equal([80_000_000m, 88_000_000m], Values(result, "Revenues"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "extract.narrative-conflict");
    }
}
