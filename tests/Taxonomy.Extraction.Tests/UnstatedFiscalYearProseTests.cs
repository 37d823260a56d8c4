using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// "The first quarter of fiscal 2032" is dated by the fiscal year's end. When the document does not state that end, the
/// calendar year is only a guess (a fiscal year ending in June puts that quarter in July–September 2031, not in
/// January–March 2032): such an amount is withheld with a finding unless a table's period confirms it. Fictional company.
/// </summary>
public class UnstatedFiscalYearProseTests
{
    private const string Release =
        "Marlow Ridge Software Inc. (Nasdaq: MRSW) today reported results for the first quarter of fiscal 2032{0}\n\n" +
        "Revenue for the first quarter of fiscal 2032 was $63.8 million, compared with $58.1 million in the first quarter of fiscal 2031.\n";

    private static ExtractionResult Extract(string tail) =>
        FilingExtractor.Extract(string.Format(System.Globalization.CultureInfo.InvariantCulture, Release, tail), new ExtractionOptions { SourceName = "marlow.txt" });

    [Fact]
    public void A_fiscal_quarter_of_a_year_whose_end_is_not_stated_is_not_dated_by_the_calendar_year()
    {
        var result = Extract(", a quarter of strong subscription growth.");

        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "Revenues");
        Assert.Contains(result.Findings, f => f.RuleId == "extract.narrative-period-ambiguous" && f.Message.Contains("$63.8 million", StringComparison.Ordinal));
    }

    [Fact]
    public void A_stated_fiscal_year_end_dates_the_quarter()
    {
        var result = Extract(". The company's fiscal year ends June 30.");

        Assert.Equal(63_800_000m, result.Value("Revenues", "2031-07-01/2031-09-30"));
        Assert.Equal(58_100_000m, result.Value("Revenues", "2030-07-01/2030-09-30"));
    }

    [Fact]
    public void A_quarter_named_without_fiscal_in_a_release_dated_by_its_quarter_end_is_read()
    {
        var result = FilingExtractor.Extract(
            "Marlow Ridge Software Inc. today reported results for the quarter ended March 31, 2032.\n\n" +
            "Revenue for the first quarter of 2032 was $63.8 million, compared with $58.1 million in the first quarter of 2031.\n",
            new ExtractionOptions { SourceName = "marlow.txt" });

        Assert.Equal(63_800_000m, result.Value("Revenues", "2032-01-01/2032-03-31"));
    }
}
