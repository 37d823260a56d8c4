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
    [InlineData("Net income was $4.2 million and $3.0 million for the quarters ended September 30, 2031 and 2030, respectively.")]
    [InlineData("Net income was $4.2 million and $3.0 million for the third quarters of 2031 and 2030, respectively.")]
    public void A_pair_takes_the_periods_named_after_it_in_order(string sentence)
    {
        var result = Extract(sentence);

        Assert.Equal(4_200_000m, result.Value("NetIncomeLoss", "2031-07-01/2031-09-30"));
        Assert.Equal(3_000_000m, result.Value("NetIncomeLoss", "2030-07-01/2030-09-30"));
        Assert.Equal(2, result.Report.Facts.Count(f => f.Concept.LocalName == "NetIncomeLoss"));
        Assert.Empty(Unread(result));
    }

    [Fact]
    public void A_pair_of_years_named_in_the_other_order_takes_them_in_that_order()
    {
        var result = FilingExtractor.Extract("Ostrel Pumps Inc. today announced results for the fourth quarter and full year ended December 31, 2031.\n\n"
            + "Revenue was $180.6 million and $204.9 million in 2030 and 2031, respectively.\n", new ExtractionOptions { SourceName = "ostrel.txt" });

        Assert.Equal(204_900_000m, result.Value("Revenues", "2031-01-01/2031-12-31"));
        Assert.Equal(180_600_000m, result.Value("Revenues", "2030-01-01/2030-12-31"));
        Assert.Empty(Unread(result));
    }

    [Theory]
    // A year named alone in a release on a quarter is not the quarter (as "compared with $3.0 million in 2030" is not).
    [InlineData("Net income was $4.2 million and $3.0 million in 2031 and 2030, respectively.")]
    // Two periods for three amounts, or a quarter the document does not report on, are not guessed.
    [InlineData("Net income was $4.2 million and $3.0 million for the second quarters of 2031 and 2030, respectively.")]
    [InlineData("Net income was $4.2 million and $3.0 million for the three months ended September 30, 2031, 2030 and 2029, respectively.")]
    public void A_pair_whose_periods_are_not_both_dated_is_a_finding_for_each_amount(string sentence)
    {
        var result = Extract(sentence);

        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "NetIncomeLoss");
        Assert.Equal([4_200_000m, 3_000_000m], Unread(result));
    }

    [Fact]
    public void A_pair_of_line_items_named_in_order_takes_one_amount_each()
    {
        var result = Extract("Research and development expenses and general and administrative expenses were $3.1 million and $4.2 million, respectively.");

        Assert.Equal(3_100_000m, result.Value("ResearchAndDevelopmentExpense", "2031-07-01/2031-09-30"));
        Assert.Equal(4_200_000m, result.Value("GeneralAndAdministrativeExpense", "2031-07-01/2031-09-30"));
        Assert.Empty(Unread(result));
    }

    [Fact]
    public void A_pair_of_line_items_under_two_periods_is_a_finding_for_each_amount()
    {
        var result = Extract("For the three months ended September 30, 2031 and 2030, research and development expenses and general and administrative expenses were $3.1 million and $4.2 million, respectively.");

        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName is "ResearchAndDevelopmentExpense" or "GeneralAndAdministrativeExpense");
        Assert.Equal([3_100_000m, 4_200_000m], Unread(result));
    }

    [Fact]
    public void A_list_of_changes_or_of_a_narrower_measure_is_no_finding()
    {
        var result = Extract("Foreign exchange hedging gains related to revenue were $1.2 million and $(0.4) million for the three months ended September 30, 2031 and 2030, respectively. "
            + "Revenue increased by $6.0 million and $2.1 million, respectively. "
            + "Revenue increased by $6.0 million and $2.1 million for the third quarters of 2031 and 2030, respectively.");

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
