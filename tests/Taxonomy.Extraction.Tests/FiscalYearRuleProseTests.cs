using Taxonomy.Concepts;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A fiscal year stated by its rule and not by a period's end date: "Our fiscal year ends June 30." with "Revenue for
/// fiscal 2031 was …" dates the fiscal years; "our fiscal year ends on the last Saturday of June" dates a 52/53-week year
/// and the quarters of its 52-week years (the fourth quarter of a 53-week year, whose extra week may be any quarter's,
/// is not dated). Fictional company and sentences.
/// </summary>
public class FiscalYearRuleProseTests
{
    private const string Title = "Wrenfield Optics Inc. Reports Fiscal Results\n\n";

    private static ExtractionResult Extract(string prose) =>
        FilingExtractor.Extract(Title + prose + "\n", new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "wrenfield.txt" });

    [Fact]
    public void A_fiscal_year_named_by_its_number_is_dated_by_the_stated_year_end()
    {
        var result = Extract("Wrenfield Optics Inc. today announced results for its fourth quarter and fiscal year. Our fiscal year ends June 30.\n\n"
            + "Revenue for fiscal 2031 was $164.0 million, compared with $150.2 million for fiscal 2030.");

        Assert.Equal(164_000_000m, result.Value("Revenues", "2030-07-01/2031-06-30"));
        Assert.Equal(150_200_000m, result.Value("Revenues", "2029-07-01/2030-06-30"));
    }

    [Fact]
    public void A_quarter_of_a_fiscal_year_is_not_read_as_the_year()
    {
        var result = Extract("Wrenfield Optics Inc. today announced results for its second quarter. Our fiscal year ends June 30.\n\n"
            + "Year-to-date fiscal 2031 revenue was $81.0 million.");

        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "Revenues" && f.Period == Period.Parse("2030-07-01/2031-06-30"));
    }

    [Fact]
    public void The_last_saturday_of_june_dates_the_fourth_quarters_of_52_week_years()
    {
        var result = Extract("Wrenfield Optics Inc. today announced results for its fourth quarter of fiscal 2031. Our fiscal year ends on the last Saturday of June.\n\n"
            + "Revenue for the fourth quarter of fiscal 2031 was $44.0 million, compared with $40.2 million in the fourth quarter of fiscal 2030.");

        // June 28, 2031 and June 29, 2030 are the last Saturdays of June; each quarter is 13 weeks.
        Assert.Equal(44_000_000m, result.Value("Revenues", "2031-03-30/2031-06-28"));
        Assert.Equal(40_200_000m, result.Value("Revenues", "2030-03-31/2030-06-29"));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "CurrentFiscalYearEndDate");
    }

    [Fact]
    public void The_fourth_quarter_of_a_53_week_year_is_not_dated_but_the_year_is()
    {
        // June 24, 2028 to June 30, 2029 is 53 weeks.
        var result = Extract("Wrenfield Optics Inc. today announced results for fiscal 2029. Our fiscal year ends on the last Saturday of June.\n\n"
            + "Revenue for the fourth quarter of fiscal 2029 was $47.0 million. Revenue for fiscal 2029 was $171.0 million.");

        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "Revenues" && f.Period.Days < 100);
        Assert.Equal(171_000_000m, result.Value("Revenues", "2028-06-25/2029-06-30"));
    }
}
