using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A 53-week year's prose: "the fourteen weeks ended …" and "the 53 weeks ended …" are read as periods of that many weeks,
/// their comparatives ("the thirteen weeks", "the 52 weeks ended …") as theirs. Fictional company.
/// </summary>
public class ProseWeekPeriodTests
{
    private const string Opening = "Pellow Grocers Inc. today announced results for the fourth quarter and fiscal year ended January 3, 2032.\n\n";

    private static ExtractionResult Extract(string sentence) =>
        FilingExtractor.Extract(Opening + sentence + "\n", new ExtractionOptions { SourceName = "pellow.txt" });

    [Theory]
    [InlineData("fourteen weeks", "53 weeks", "thirteen weeks", "52 weeks")]
    [InlineData("14 weeks", "fifty-three weeks", "13 weeks", "fifty-two weeks")]
    public void Fourteen_and_fifty_three_week_periods_are_read_to_their_length(string quarter, string year, string priorQuarter, string priorYear)
    {
        var result = Extract($"Net sales for the {quarter} ended January 3, 2032 were $140.2 million, compared with $121.5 million for the {priorQuarter} ended December 28, 2030. "
            + $"Net sales for the {year} ended January 3, 2032 were $520.4 million, compared with $488.0 million for the {priorYear} ended December 28, 2030.");

        Assert.Equal(140_200_000m, result.Value("SalesRevenueNet", "2031-09-28/2032-01-03"));
        Assert.Equal(520_400_000m, result.Value("SalesRevenueNet", "2030-12-29/2032-01-03"));
        Assert.Equal(121_500_000m, result.Value("SalesRevenueNet", "2030-09-29/2030-12-28"));
        Assert.Equal(488_000_000m, result.Value("SalesRevenueNet", "2029-12-30/2030-12-28"));
    }
}
