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

    [Fact]
    public void The_saturday_closest_to_june_30_dates_a_year_ending_in_july_and_a_52_week_years_quarters()
    {
        // July 3, 2032 and July 2, 2033 are the Saturdays closest to June 30 (the last Saturdays of June are June 26 and 25):
        // fiscal 2032 runs 53 weeks from June 29, 2031; fiscal 2033 runs 52, its fourth quarter 13 weeks to July 2, 2033.
        var result = Extract("Wrenfield Optics Inc. today announced results for its fourth quarter of fiscal 2033. Our fiscal year ends on the Saturday closest to June 30.\n\n"
            + "Revenue for the fourth quarter of fiscal 2033 was $44.0 million. Revenue for fiscal 2032 was $171.0 million.");

        Assert.Equal(44_000_000m, result.Value("Revenues", "2033-04-03/2033-07-02"));
        Assert.Equal(171_000_000m, result.Value("Revenues", "2031-06-29/2032-07-03"));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "CurrentFiscalYearEndDate");
    }

    [Fact]
    public void The_saturday_nearest_the_end_of_september_dates_the_fiscal_year()
    {
        // September 27, 2031 (Saturday) is the nearest to September 30, 2031 (Tuesday); September 28, 2030 ended fiscal 2030.
        var result = Extract("Wrenfield Optics Inc. today announced results for fiscal 2031. The Company's fiscal year ends on the Saturday nearest the end of September.\n\n"
            + "Revenue for fiscal 2031 was $212.0 million.");

        Assert.Equal(212_000_000m, result.Value("Revenues", "2030-09-29/2031-09-27"));
    }

    [Fact]
    public void The_quarter_and_the_fiscal_year_each_named_before_its_amount_are_read_apart()
    {
        var result = Extract("Wrenfield Optics Inc. today reported results for the fourth quarter and fiscal year ended December 31, 2033.\n\n"
            + "Revenue for the fourth quarter of fiscal 2033 was $61.0 million and revenue for fiscal 2033 was $230.5 million.");

        Assert.Equal(61_000_000m, result.Value("Revenues", "2033-10-01/2033-12-31"));
        Assert.Equal(230_500_000m, result.Value("Revenues", "2033-01-01/2033-12-31"));
    }

    [Fact]
    public void A_period_named_after_two_amounts_is_still_both_amounts()
    {
        var result = Extract("Wrenfield Optics Inc. today reported results for the fourth quarter ended June 30, 2031.\n\n"
            + "Revenue was $41.2 million and net income was $3.0 million for the fiscal year ended June 30, 2031.");

        Assert.Equal(41_200_000m, result.Value("Revenues", "2030-07-01/2031-06-30"));
        Assert.Equal(3_000_000m, result.Value("NetIncomeLoss", "2030-07-01/2031-06-30"));
    }

    [Theory]
    [InlineData("the third quarter of fiscal 2031, which ended March 31, 2031")]
    [InlineData("the third quarter of fiscal 2031 ended March 31, 2031")]
    public void A_reported_quarter_named_with_its_fiscal_year_before_ended_is_the_reported_period(string period)
    {
        var result = Extract($"Wrenfield Optics Inc. today reported results for {period}. Our fiscal year ends June 30.\n\n"
            + "Revenue for the third quarter was $30.2 million. Net income for fiscal 2031 year to date was $6.0 million.");

        Assert.Equal(30_200_000m, result.Value("Revenues", "2031-01-01/2031-03-31"));
        Assert.Equal(6_000_000m, result.Value("NetIncomeLoss", "2030-07-01/2031-03-31"));
    }

    [Fact]
    public void A_comparative_quarter_of_the_year_before_does_not_make_the_years_named_by_their_start()
    {
        var result = Extract("Wrenfield Optics Inc. today announced results for its fourth quarter ended June 28, 2031.\n\n"
            + "Revenue for the fourth quarter was $44.0 million, compared with $40.2 million in the fourth quarter of fiscal 2030.");

        Assert.Equal(44_000_000m, result.Value("Revenues", "2031-03-30/2031-06-28"));
        Assert.Equal("2031", result.Report.Facts.Single(f => f.Concept.LocalName == "DocumentFiscalYearFocus").TextValue);
    }
}

