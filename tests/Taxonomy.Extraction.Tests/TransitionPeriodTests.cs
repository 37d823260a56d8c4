using Taxonomy.Extraction.Periods;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// Lengths beyond the usual quarters: a five-month transition period after a change of fiscal year end beside the last
/// full fiscal year, a grocer's sixteen-week quarter. Fictional company and figures.
/// </summary>
public class TransitionPeriodTests
{
    private const string Release =
        "MEMPHIS, February 20, 2032 -- Plover Freight, Inc. (NYSE: PLVF) today reported results for the transition period ended December 31, 2031.\n\n" +
        "                   CONSOLIDATED STATEMENTS OF OPERATIONS\n" +
        "                  (in thousands, except per share amounts)\n\n" +
        "                                   Five Months Ended     Twelve Months Ended\n" +
        "                                     December 31,              July 31,\n" +
        "                                   2031        2030              2031\n" +
        "Revenues                         $420,000    $390,000        $1,000,000\n" +
        "Operating expenses                380,000     356,000           905,000\n" +
        "Operating income                   40,000      34,000            95,000\n";

    [Fact]
    public void A_five_month_transition_period_is_five_months_beside_the_fiscal_year()
    {
        var result = FilingExtractor.Extract(Release, new ExtractionOptions { SourceName = "plover.txt" });

        Assert.Equal(420_000_000m, result.Value("Revenues", "2031-08-01/2031-12-31"));
        Assert.Equal(390_000_000m, result.Value("Revenues", "2030-08-01/2030-12-31"));
        Assert.Equal(1_000_000_000m, result.Value("Revenues", "2030-08-01/2031-07-31"));
        Assert.Null(result.Value("Revenues", "2031-01-01/2031-12-31"));
    }

    [Theory]
    [InlineData("Five Months Ended", 5, 0)]
    [InlineData("Sixteen Weeks Ended", 0, 16)]
    [InlineData("Twenty-Eight Weeks Ended", 0, 28)]
    [InlineData("Forty Weeks Ended", 0, 40)]
    [InlineData("Eleven months ended", 11, 0)]
    [InlineData("Thirteen Weeks Ended", 0, 13)]
    [InlineData("Fifty-Three Weeks Ended", 0, 53)]
    [InlineData("Nine Months Ended", 9, 0)]
    [InlineData("Year Ended", 12, 0)]
    public void A_length_in_words_is_read(string header, int months, int weeks)
    {
        Assert.Equal(new DurationLength(months, weeks), DurationLength.Find(header));
    }
}
