using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// Ranges in prose ("$190 million to $195 million", "between $1.10 and $1.20") are an outlook's, whatever the sentence's
/// verb: never a fact of the reported period, nor is anything a sentence reaffirming or reiterating an outlook states.
/// Changes ("increased $5.1 million to …", "grew from … to …") are no ranges and stay read. Fictional company.
/// </summary>
public class ProseRangeTests
{
    private const string Opening =
        "Quillon Marine Corp. today announced results for the third quarter ended September 30, 2031.\n\n" +
        "Gross profit for the third quarter was $21.0 million.\n\n";

    private const string Quarter = "2031-07-01/2031-09-30";

    private static ExtractionResult Extract(string sentence) =>
        FilingExtractor.Extract(Opening + sentence + "\n", new ExtractionOptions { SourceName = "quillon.txt" });

    [Theory]
    [InlineData("Quillon is looking for revenue of $190 million to $195 million.")]
    [InlineData("Quillon now calls for net income between $1.10 and $1.20 per diluted share.")]
    [InlineData("Quillon reaffirmed revenue of $190 million to $195 million and net income of $15 million.")]
    [InlineData("Quillon reiterated full-year revenue of $190 million and net income of $15 million.")]
    public void A_range_or_a_reaffirmed_outlook_is_no_fact(string sentence)
    {
        var result = Extract(sentence);

        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName is "Revenues" or "NetIncomeLoss" or "EarningsPerShareDiluted");
        Assert.Equal(21_000_000m, result.Value("GrossProfit", Quarter));
    }

    [Fact]
    public void A_change_to_a_figure_is_no_range()
    {
        var result = Extract("Revenue increased $5.1 million to $45.3 million. Net income grew from $3.9 million to $4.4 million.");

        Assert.Equal(45_300_000m, result.Value("Revenues", Quarter));
        Assert.Equal(4_400_000m, result.Value("NetIncomeLoss", Quarter));
        Assert.Equal(3_900_000m, result.Value("NetIncomeLoss", "2030-07-01/2030-09-30"));
        Assert.Equal(1, result.Report.Facts.Count(f => f.Concept.LocalName == "Revenues"));
    }
}
