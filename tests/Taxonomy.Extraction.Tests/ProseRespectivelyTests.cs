using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// "$X and $Y …, respectively": two amounts whose periods or line items are named after them in order. A pair the reader
/// does not place is a finding for each amount; neither amount is ever given the other's period. Fictional company.
/// </summary>
public class ProseRespectivelyTests
{
    private const string Opening = "Ostrel Pumps Inc. today announced results for the third quarter ended September 30, 2031.\n\n";

    private static ExtractionResult Extract(string sentence) =>
        FilingExtractor.Extract(Opening + sentence + "\n", new ExtractionOptions { SourceName = "ostrel.txt" });

    private static List<decimal> Unread(ExtractionResult result) =>
        result.Findings.Where(f => f.RuleId == "extract.narrative-unread").Select(f => f.Actual!.Value).ToList();

    [Theory]
    [InlineData("Net income was $4.2 million and $3.0 million for the three months ended September 30, 2031 and 2030, respectively.")]
    [InlineData("Net income was $4.2 million and $3.0 million in 2031 and 2030, respectively.")]
    [InlineData("Net income was $4.2 million and $3.0 million for the third quarters of 2031 and 2030, respectively.")]
    public void An_unpaired_list_of_periods_is_a_finding_for_each_amount(string sentence)
    {
        var result = Extract(sentence);

        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "NetIncomeLoss");
        Assert.Equal([4_200_000m, 3_000_000m], Unread(result));
    }

    [Fact]
    public void A_pair_whose_first_amount_is_read_notes_the_second_it_does_not_pair()
    {
        var result = Extract("Net income was $4.2 million and $3.0 million for the quarters ended September 30, 2031 and 2030, respectively.");

        Assert.Equal(4_200_000m, Assert.Single(result.Report.Facts, f => f.Concept.LocalName == "NetIncomeLoss").NumericValue);
        Assert.Equal(4_200_000m, result.Value("NetIncomeLoss", "2031-07-01/2031-09-30"));
        Assert.Equal([3_000_000m], Unread(result));
    }

    [Fact]
    public void A_list_of_changes_or_of_a_narrower_measure_is_no_finding()
    {
        var result = Extract("Hedging gains related to revenue were $1.2 million and $(0.4) million for the three months ended September 30, 2031 and 2030, respectively. "
            + "Revenue increased by $6.0 million and $2.1 million, respectively.");

        Assert.Empty(Unread(result));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName is "Revenues");
    }

    [Fact]
    public void A_list_without_respectively_stays_as_it_was()
    {
        var result = Extract("Net income was $4.2 million, compared with $3.0 million in the third quarter of 2030.");

        Assert.Equal(4_200_000m, result.Value("NetIncomeLoss", "2031-07-01/2031-09-30"));
        Assert.Equal(3_000_000m, result.Value("NetIncomeLoss", "2030-07-01/2030-09-30"));
        Assert.Empty(Unread(result));
    }
}
