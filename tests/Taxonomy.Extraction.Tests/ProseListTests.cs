using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// Lists of amounts in prose: periods named before a pair ("For the three months ended …, 2031 and 2030, revenue was $X
/// and $Y, respectively"), lists of three for three line items or three periods. Each amount is placed only when the
/// sentence names one period or one known line item for each, in order; otherwise each is a finding, and no amount is
/// ever given another's period or line item. Fictional company and figures.
/// </summary>
public class ProseListTests
{
    private const string QuarterOpening = "Veldmark Tools Inc. today announced results for the third quarter ended September 30, 2031.\n\n";
    private const string YearOpening = "Veldmark Tools Inc. today announced results for the fourth quarter and full year ended December 31, 2031.\n\n";

    private const string Quarter2031 = "2031-07-01/2031-09-30";
    private const string Quarter2030 = "2030-07-01/2030-09-30";

    private static ExtractionResult Quarter(string sentence) =>
        FilingExtractor.Extract(QuarterOpening + sentence + "\n", new ExtractionOptions { SourceName = "veldmark.txt" });

    private static ExtractionResult Year(string sentence) =>
        FilingExtractor.Extract(YearOpening + sentence + "\n", new ExtractionOptions { SourceName = "veldmark.txt" });

    private static List<decimal> Unread(ExtractionResult result) =>
        result.Findings.Where(f => f.RuleId == "extract.narrative-unread").Select(f => f.Actual!.Value).ToList();

    private static int Count(ExtractionResult result, string localName) => result.Report.Facts.Count(f => f.Concept.LocalName == localName);

    [Theory]
    [InlineData("For the three months ended September 30, 2031 and 2030, revenue was $57.4 million and $50.9 million, respectively.")]
    [InlineData("For the third quarters of 2031 and 2030, revenue was $57.4 million and $50.9 million, respectively.")]
    public void A_pair_under_periods_named_before_it_takes_them_in_order(string sentence)
    {
        var result = Quarter(sentence);

        Assert.Equal(57_400_000m, result.Value("Revenues", Quarter2031));
        Assert.Equal(50_900_000m, result.Value("Revenues", Quarter2030));
        Assert.Equal(2, Count(result, "Revenues"));
        Assert.Empty(Unread(result));
    }

    [Theory]
    [InlineData("In 2031 and 2030, net income was $12.6 million and $9.8 million, respectively.")]
    [InlineData("For 2030 and 2031, net income was $9.8 million and $12.6 million, respectively.")]
    [InlineData("For fiscal 2031 and 2030, net income was $12.6 million and $9.8 million, respectively.")]
    public void A_pair_under_years_named_before_it_takes_them_in_a_release_on_the_year(string sentence)
    {
        var result = Year(sentence);

        Assert.Equal(12_600_000m, result.Value("NetIncomeLoss", "2031-01-01/2031-12-31"));
        Assert.Equal(9_800_000m, result.Value("NetIncomeLoss", "2030-01-01/2030-12-31"));
        Assert.Equal(2, Count(result, "NetIncomeLoss"));
    }

    [Theory]
    // Three periods for two amounts, no "respectively", a length whose wording is not read, a year in a quarter's release.
    [InlineData("For the three months ended September 30, 2031, 2030 and 2029, revenue was $57.4 million and $50.9 million, respectively.")]
    [InlineData("For the three months ended September 30, 2031 and 2030, revenue was $57.4 million and $50.9 million.")]
    [InlineData("In the three months ended September 30, 2031 and 2030, revenue was $57.4 million and $50.9 million, respectively.")]
    [InlineData("In 2031 and 2030, revenue was $57.4 million and $50.9 million, respectively.")]
    public void A_pair_under_periods_it_does_not_match_is_a_finding_for_each_amount(string sentence)
    {
        var result = Quarter(sentence);

        Assert.Equal(0, Count(result, "Revenues"));
        Assert.Equal([57_400_000m, 50_900_000m], Unread(result));
    }

    [Theory]
    [InlineData("Revenue, gross profit and operating income were $57.4 million, $22.8 million and $7.1 million, respectively.")]
    [InlineData("Revenue, gross profit, and operating income were $57.4 million, $22.8 million, and $7.1 million for the third quarter, respectively.")]
    [InlineData("Operating income, revenue and gross profit were $7.1 million, $57.4 million and $22.8 million, respectively.")]
    public void A_list_of_three_line_items_takes_one_amount_each(string sentence)
    {
        var result = Quarter(sentence);

        Assert.Equal(57_400_000m, result.Value("Revenues", Quarter2031));
        Assert.Equal(22_800_000m, result.Value("GrossProfit", Quarter2031));
        Assert.Equal(7_100_000m, result.Value("OperatingIncomeLoss", Quarter2031));
        Assert.Equal(1, Count(result, "Revenues"));
        Assert.Empty(Unread(result));
    }

    [Theory]
    // A subject the vocabulary does not know, two subjects for three amounts, no "respectively".
    [InlineData("Revenue, backlog and operating income were $57.4 million, $22.8 million and $7.1 million, respectively.")]
    [InlineData("Revenue and operating income were $57.4 million, $22.8 million and $7.1 million, respectively.")]
    [InlineData("Revenue, gross profit and operating income were $57.4 million, $22.8 million and $7.1 million.")]
    public void A_list_of_three_whose_line_items_do_not_match_is_a_finding_for_each_amount(string sentence)
    {
        var result = Quarter(sentence);

        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName is "Revenues" or "GrossProfit" or "OperatingIncomeLoss");
        Assert.Equal([57_400_000m, 22_800_000m, 7_100_000m], Unread(result));
    }

    [Fact]
    public void A_list_of_three_years_takes_one_amount_each()
    {
        var result = Year("Full-year revenue was $150.2 million, $164.9 million and $181.3 million in 2029, 2030 and 2031, respectively.");

        Assert.Equal(181_300_000m, result.Value("Revenues", "2031-01-01/2031-12-31"));
        Assert.Equal(164_900_000m, result.Value("Revenues", "2030-01-01/2030-12-31"));
        Assert.Equal(150_200_000m, result.Value("Revenues", "2029-01-01/2029-12-31"));
        Assert.Equal(3, Count(result, "Revenues"));
    }

    [Fact]
    public void A_list_of_three_quarters_takes_one_amount_each()
    {
        var result = Quarter("Net income was $2.6 million, $3.3 million and $4.5 million for the third quarters of 2029, 2030 and 2031, respectively.");

        Assert.Equal(4_500_000m, result.Value("NetIncomeLoss", Quarter2031));
        Assert.Equal(3_300_000m, result.Value("NetIncomeLoss", Quarter2030));
        Assert.Equal(2_600_000m, result.Value("NetIncomeLoss", "2029-07-01/2029-09-30"));
        Assert.Equal(3, Count(result, "NetIncomeLoss"));
    }

    [Theory]
    // Two periods for three amounts; three amounts and no "respectively".
    [InlineData("Net income was $2.6 million, $3.3 million and $4.5 million for the third quarters of 2030 and 2031, respectively.")]
    [InlineData("Net income was $2.6 million, $3.3 million and $4.5 million for the third quarters of 2029, 2030 and 2031.")]
    public void A_list_of_three_whose_periods_do_not_match_is_a_finding_for_each_amount(string sentence)
    {
        var result = Quarter(sentence);

        Assert.Equal(0, Count(result, "NetIncomeLoss"));
        Assert.Equal([2_600_000m, 3_300_000m, 4_500_000m], Unread(result));
    }
}
