using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// Wordings of the reported period and the fiscal year end a release's prose uses besides "the quarter ended …": a
/// relative clause ("the quarter, which ended September 30, 2031"), a fiscal year named by its number ("Fiscal 2031 ended
/// June 30, 2031"). Fictional company.
/// </summary>
public class ProsePeriodWordingTests
{
    private static ExtractionResult Extract(string text) => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "tamsin.txt" });

    private static string? Dei(ExtractionResult result, string localName) =>
        result.Report.Facts.SingleOrDefault(f => f.Concept.LocalName == localName)?.TextValue;

    [Fact]
    public void A_quarter_which_ended_on_a_day_is_the_reported_period()
    {
        var result = Extract(
            "Tamsin Valve Works Inc. (Nasdaq: TMVW) today announced results for the quarter, which ended September 30, 2031.\n\n" +
            "Revenue for the quarter was $41.2 million, compared with $38.1 million for the same period last year.\n");

        Assert.Equal(41_200_000m, result.Value("Revenues", "2031-07-01/2031-09-30"));
        Assert.Equal(38_100_000m, result.Value("Revenues", "2030-07-01/2030-09-30"));
    }

    [Fact]
    public void A_fiscal_quarter_ended_on_a_day_does_not_make_that_day_the_fiscal_year_end()
    {
        // Control: "fiscal 2032 ended" belongs to the second quarter named before it; the year ends in March.
        var result = Extract(
            "Tamsin Valve Works Inc. today reported results for the three months ended September 30, 2031. The second quarter of fiscal 2032 ended September 30, 2031 with record orders.\n\n" +
            "Revenue for the second quarter of fiscal 2032 was $41.2 million, compared with $38.1 million for the second quarter of fiscal 2031.\n");

        Assert.Equal("--03-31", Dei(result, "CurrentFiscalYearEndDate"));
        Assert.Equal(41_200_000m, result.Value("Revenues", "2031-07-01/2031-09-30"));
        Assert.Equal(38_100_000m, result.Value("Revenues", "2030-07-01/2030-09-30"));
    }

    [Fact]
    public void A_fiscal_year_named_by_its_number_states_its_end()
    {
        var result = Extract(
            "Tamsin Valve Works Inc. today announced results for its fourth quarter and fiscal year. Fiscal 2031 ended June 30, 2031.\n\n" +
            "Revenue for fiscal 2031 was $164.0 million, compared with $150.2 million for fiscal 2030.\n");

        Assert.Equal("--06-30", Dei(result, "CurrentFiscalYearEndDate"));
        Assert.Equal(164_000_000m, result.Value("Revenues", "2030-07-01/2031-06-30"));
        Assert.Equal(150_200_000m, result.Value("Revenues", "2029-07-01/2030-06-30"));
    }
}
