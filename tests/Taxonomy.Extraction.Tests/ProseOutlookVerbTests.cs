using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// Forecasting verbs that are nouns too ("sees", "projects", "targets") make a sentence an outlook when they follow their
/// subject ("the company sees …", "we project …", "continues to see …"): its amounts are no facts of the reported period.
/// The same words as nouns ("revenue from projects", "pleased to see") leave the sentence read. Fictional company.
/// </summary>
public class ProseOutlookVerbTests
{
    private const string Opening =
        "Harlow Gear Corp. today announced results for the third quarter ended September 30, 2031.\n\n" +
        "Revenue for the third quarter was $88.0 million, compared with $80.0 million in the third quarter of 2030.\n\n";

    private const string Quarter = "2031-07-01/2031-09-30";

    private static ExtractionResult Extract(string sentence) =>
        FilingExtractor.Extract(Opening + sentence + "\n", new ExtractionOptions { SourceName = "harlow.txt" });

    [Theory]
    [InlineData("We project a net loss of $2.0 million.")]
    [InlineData("Management now targets a net loss of $2.0 million.")]
    [InlineData("The company sees a net loss of $2.0 million.")]
    [InlineData("The company continues to see a net loss of $2.0 million.")]
    [InlineData("The company sees full-year 2032 revenue of $410 million to $430 million and a net loss of $2.0 million.")]
    public void A_sentence_with_a_forecasting_verb_is_an_outlook(string sentence)
    {
        var result = Extract(sentence);

        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "NetIncomeLoss");
        Assert.Equal([80_000_000m, 88_000_000m], result.Report.Facts.Where(f => f.Concept.LocalName == "Revenues").Select(f => f.NumericValue!.Value).Order());
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "extract.narrative-unread");
    }

    [Theory]
    [InlineData("We were pleased to see a net loss of $2.0 million.")]
    [InlineData("Income from our largest projects grew, and the net loss was $2.0 million.")]
    [InlineData("The board oversees risk; the net loss was $2.0 million.")]
    public void The_same_words_as_nouns_or_other_verbs_leave_the_sentence_read(string sentence)
    {
        var result = Extract(sentence);

        Assert.Equal(-2_000_000m, result.Value("NetIncomeLoss", Quarter));
    }
}
