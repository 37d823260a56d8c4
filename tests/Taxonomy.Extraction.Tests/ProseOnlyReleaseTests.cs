using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A release that states its figures only in prose and bullet highlights, with no statement table: its amounts are read
/// for the quarter it reports on when the document dates that quarter, by a day it ends or by the quarter and year it names
/// with a fiscal year ending December 31; otherwise each is a finding that says what the document leaves unsaid.
/// Fictional company, figures of my own.
/// </summary>
public class ProseOnlyReleaseTests
{
    private static ExtractionResult Extract(string text) =>
        FilingExtractor.Extract(text, new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "larkmoor.txt" });

    private const string Highlights =
        "Fourth Quarter Highlights\n"
        + "- Revenue of $45.2 million, up 12% year over year\n"
        + "- Net income of $3.1 million, or $0.21 per diluted share\n\n"
        + "\"Demand held up through the winter,\" said the chief executive officer.\n";

    private static string Release(string headline, string opening) =>
        headline + "\n\nHALVERTON, Oregon, February 12, 2032 -- Larkmoor Devices, Inc. " + opening + "\n\n" + Highlights;

    private static decimal? Value(ExtractionResult result, string localName, string period) =>
        result.Report.Facts.SingleOrDefault(f => f.Concept.LocalName == localName && f.Period == Period.Parse(period))?.NumericValue;

    private static List<Taxonomy.Validation.ValidationFinding> Unread(ExtractionResult result) =>
        result.Findings.Where(f => f.RuleId == "extract.narrative-unread").ToList();

    private static bool ReportsAmounts(ExtractionResult result) =>
        result.Report.Facts.Any(f => f.Concept.LocalName is "Revenues" or "NetIncomeLoss" or "EarningsPerShareDiluted");

    [Fact]
    public void A_quarter_named_with_its_year_and_a_December_fiscal_year_end_dates_the_release()
    {
        var result = Extract(Release("Larkmoor Devices Reports Fourth Quarter 2031 Results",
            "today announced results for the fourth quarter of 2031. The company's fiscal year ends December 31."));

        Assert.Equal(45_200_000m, Value(result, "Revenues", "2031-10-01/2031-12-31"));
        Assert.Equal(3_100_000m, Value(result, "NetIncomeLoss", "2031-10-01/2031-12-31"));
        Assert.Equal(0.21m, Value(result, "EarningsPerShareDiluted", "2031-10-01/2031-12-31"));
        Assert.Empty(Unread(result));
    }

    [Fact]
    public void A_quarter_ended_on_a_stated_day_dates_the_release_as_before()
    {
        var result = Extract(Release("Larkmoor Devices Reports Fourth Quarter 2031 Results",
            "today announced results for the quarter ended December 31, 2031."));

        Assert.Equal(45_200_000m, Value(result, "Revenues", "2031-10-01/2031-12-31"));
        Assert.Equal(3_100_000m, Value(result, "NetIncomeLoss", "2031-10-01/2031-12-31"));
    }

    [Fact]
    public void A_quarter_named_without_a_fiscal_year_end_is_a_finding_that_says_so()
    {
        var result = Extract(Release("Larkmoor Devices Reports Fourth Quarter 2031 Results", "today announced results for the fourth quarter of 2031."));

        Assert.False(ReportsAmounts(result));
        var unread = Unread(result);
        Assert.Equal([45_200_000m, 3_100_000m, 0.21m], unread.Select(f => f.Actual!.Value));
        Assert.All(unread, f => Assert.Contains("only the fourth quarter of 2031", f.Message, StringComparison.Ordinal));
        Assert.All(unread, f => Assert.Contains("without a fiscal year end that dates it", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_quarter_of_a_fiscal_year_ending_on_another_day_is_not_dated()
    {
        var result = Extract(Release("Larkmoor Devices Reports Fourth Quarter Fiscal 2031 Results",
            "today announced results for the fourth quarter of fiscal 2031. The company's fiscal year ends June 30."));

        Assert.False(ReportsAmounts(result));
        Assert.All(Unread(result), f => Assert.Contains("by the calendar year it begins or ends in", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Two_quarters_named_as_the_one_reported_decide_nothing()
    {
        var result = Extract(Release("Larkmoor Devices Reports Fourth Quarter 2031 Results",
            "today announced results for the third quarter of 2031. The company's fiscal year ends December 31."));

        Assert.False(ReportsAmounts(result));
        Assert.NotEmpty(Unread(result));
        Assert.All(Unread(result), f => Assert.Contains("names more than one quarter with its year", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_release_that_names_no_quarter_and_no_day_stays_a_finding()
    {
        var result = Extract(Release("Larkmoor Devices Reports Results", "today announced its results. The company's fiscal year ends December 31."));

        Assert.False(ReportsAmounts(result));
        Assert.All(Unread(result), f => Assert.Contains("names no period it reports on to the day, nor a quarter with its year", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_prior_year_quarter_named_as_a_comparative_does_not_conflict()
    {
        var result = Extract(Release("Larkmoor Devices Reports Fourth Quarter 2031 Results",
            "today announced results for the fourth quarter of 2031, compared with the fourth quarter of 2030. The company's fiscal year ends December 31."));

        Assert.Equal(45_200_000m, Value(result, "Revenues", "2031-10-01/2031-12-31"));
    }

    [Fact]
    public void A_line_item_named_after_its_quarter_without_a_hyphen_is_the_line_item()
    {
        var result = Extract("Larkmoor Devices Reports Fourth Quarter 2031 Results\n\n"
            + "Larkmoor Devices, Inc. today announced results for the fourth quarter ended December 31, 2031.\n\n"
            + "Fourth quarter revenue was $45.2 million, up 12% from the prior-year quarter. Full year net income was $9.6 million.\n");

        Assert.Equal(45_200_000m, Value(result, "Revenues", "2031-10-01/2031-12-31"));
        // Control: a year the release does not date is still no fact of the quarter.
        Assert.Null(Value(result, "NetIncomeLoss", "2031-10-01/2031-12-31"));
    }

    [Fact]
    public void Another_quarter_named_before_its_line_item_is_still_a_finding()
    {
        var result = Extract("Larkmoor Devices Reports Fourth Quarter 2031 Results\n\n"
            + "Larkmoor Devices, Inc. today announced results for the fourth quarter ended December 31, 2031.\n\n"
            + "Third quarter revenue was $40.1 million.\n");

        Assert.False(ReportsAmounts(result));
        Assert.Equal(40_100_000m, Assert.Single(Unread(result)).Actual);
    }

    [Fact]
    public void A_prior_year_quarter_named_on_a_later_line_of_a_wrapped_comparison_dates_nothing()
    {
        var result = Extract("Larkmoor Devices Announces Results\n\n"
            + "HALVERTON, Oregon -- Larkmoor Devices, Inc. today reported that its net income\n"
            + "was $3.1 million, or $0.21 per diluted share, compared with $2.8 million, or\n"
            + "$0.19 per diluted share, in the fourth quarter of 2030.\n\n"
            + "The company's fiscal year ends December 31.\n");

        // The quarter after "compared with" is the comparative's: the release is not dated by it.
        Assert.DoesNotContain(result.Report.Facts, f => f.Period.End.Year == 2030);
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "DocumentFiscalPeriodFocus");
    }

    [Fact]
    public void A_day_named_after_the_quarter_ends_leaves_it_undecided()
    {
        var result = Extract(Release("Larkmoor Devices Reports Fourth Quarter 2031 Results",
            "today announced results for the fourth quarter of 2031. The company's fiscal year ends December 31. Cash was $18.4 million as of March 31, 2032."));

        Assert.False(ReportsAmounts(result));
        Assert.All(Unread(result), f => Assert.Contains("a later day (2032-03-31)", f.Message, StringComparison.Ordinal));
    }
}
