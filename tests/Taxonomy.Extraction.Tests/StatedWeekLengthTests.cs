using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A 52/53-week calendar's quarter whose table header names no length in weeks ("Quarter Ended January 3, 2032"): the
/// length the narrative states for the period ending that day ("the fourteen weeks ended") dates it, not 13 weeks by
/// default. Fictional company; figures foot.
/// </summary>
public class StatedWeekLengthTests
{
    private static string Release(string length) =>
        $"Larkspur Provisions, Inc. today reported results for its fourth quarter, the {length} ended January 3, 2032.\n\n"
        + "LARKSPUR PROVISIONS, INC.\nCONSOLIDATED STATEMENTS OF OPERATIONS\n(in thousands)\n"
        + "\tQuarter Ended\tQuarter Ended\n"
        + "\tJanuary 3, 2032\tDecember 28, 2030\n"
        + "Net sales\t$\t212,400\t$\t198,000\n"
        + "Cost of sales\t\t150,400\t\t141,000\n"
        + "Gross profit\t$\t62,000\t$\t57,000\n";

    private static Period CurrentQuarter(string length)
    {
        var result = FilingExtractor.Extract(Release(length), new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "fictional.txt" });
        return result.Report.Facts.Single(f => f.Concept.LocalName == "GrossProfit" && f.Period.End == new DateOnly(2032, 1, 3)).Period;
    }

    [Theory]
    [InlineData("fourteen weeks")]
    [InlineData("14 weeks")]
    public void A_stated_fourteen_week_quarter_is_fourteen_weeks(string length) =>
        Assert.Equal(Period.Parse("2031-09-28/2032-01-03"), CurrentQuarter(length));

    [Fact]
    public void A_stated_thirteen_week_quarter_stays_thirteen_weeks() =>
        Assert.Equal(Period.Parse("2031-10-05/2032-01-03"), CurrentQuarter("thirteen weeks"));
}
