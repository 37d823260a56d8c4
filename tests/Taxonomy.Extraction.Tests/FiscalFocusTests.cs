using Taxonomy.Extraction.Periods;

namespace Taxonomy.Extraction.Tests;

/// <summary>The fiscal year and period a document reports on: decided from evidence, never defaulted.</summary>
public class FiscalFocusTests
{
    private static Period Quarter(string start, string end) => Period.Duration(DateOnly.Parse(start), DateOnly.Parse(end));

    private static List<QuarterMention> Mentions(string text)
    {
        var mentions = new List<QuarterMention>();
        QuarterMention.AddAll(text, mentions);
        return mentions;
    }

    [Theory]
    [InlineData("Results for the second quarter 2031 were strong.", 2, 2031, false)]
    [InlineData("Net income for the third quarter of fiscal 2031 rose.", 3, 2031, true)]
    [InlineData("for its fiscal 2031 first quarter ended December 27", 1, 2031, true)]
    [InlineData("the second fiscal quarter of 2031", 2, 2031, true)]
    [InlineData("Q4 revenue rose; fiscal 2031 Q4 margins held", 4, 2031, true)]
    [InlineData("Q2 2031 highlights", 2, 2031, false)]
    [InlineData("Fourth Quarter FY2031", 4, 2031, true)]
    [InlineData("results for the first quarter of the 2031 fiscal year", 1, 2031, true)]
    public void Quarter_mentions_are_read_in_their_usual_wordings(string text, int quarter, int year, bool fiscal)
    {
        var mention = Assert.Single(Mentions(text));
        Assert.Equal(new QuarterMention(quarter, year, fiscal), mention);
    }

    [Theory]
    [InlineData("Q3 2031", true)]
    [InlineData("x12345", true)]
    [InlineData("ends 2031", true)]
    [InlineData("1 2 3 4", false)]
    [InlineData("12a34", false)]
    [InlineData("123", false)]
    [InlineData("the quarter's results", false)]
    [InlineData("\uFF12\uFF10\uFF13\uFF11 fullwidth", false)]
    public void A_year_needs_four_ascii_digits_in_a_row(string text, bool holds)
    {
        Assert.Equal(holds, QuarterMention.HoldsFourDigits(System.Text.RegularExpressions.Regex.Unescape(text)));
    }

    [Theory]
    [InlineData("The second quarter was strong; the year 2031 was too.")]
    [InlineData("Second quarter results, 12 31 2031")]
    [InlineData("third quarter of fiscal \uFF12\uFF10\uFF13\uFF11")]
    [InlineData("Q2 results rose")]
    public void A_quarter_without_a_year_after_it_is_not_a_mention(string text)
    {
        Assert.Empty(Mentions(System.Text.RegularExpressions.Regex.Unescape(text)));
    }

    [Fact]
    public void A_52_53_week_quarter_ending_days_after_the_calendar_quarter_is_that_quarter()
    {
        // No fiscal year end stated; the text names the quarter, which agrees with the calendar quarter ending June 30.
        var focus = FiscalFocus.Of(Quarter("2031-04-06", "2031-07-05"), null, Mentions("Second Quarter 2031 Results"), []);
        Assert.Equal((2031, "Q2"), (focus.Year, focus.Period));
        Assert.Null(focus.Undecided);
    }

    [Fact]
    public void A_quarter_without_a_fiscal_year_end_or_an_agreeing_mention_is_undecided()
    {
        // September 30 is the third calendar quarter, but for a June year end it is the first fiscal one: nothing says which.
        var focus = FiscalFocus.Of(Quarter("2031-07-01", "2031-09-30"), null, Mentions("Results improved on the prior year."), []);
        Assert.Null(focus.Year);
        Assert.Null(focus.Period);
        Assert.Contains("states no fiscal year end", focus.Undecided);
    }

    [Fact]
    public void A_year_to_date_column_ending_with_the_quarter_starts_the_fiscal_year()
    {
        var quarter = Quarter("2031-07-01", "2031-09-30");
        var sixMonths = Quarter("2031-04-01", "2031-09-30");
        var focus = FiscalFocus.Of(quarter, null, [], [quarter, sixMonths]);
        Assert.Equal((2032, "Q2"), (focus.Year, focus.Period)); // the year runs April 2031 to March 2032
    }

    [Fact]
    public void A_year_ending_early_in_the_calendar_year_takes_the_name_the_text_gives_it()
    {
        var yearEnd = new FiscalCalendar(1, 31);
        var period = Quarter("2031-08-01", "2031-10-31");
        var named = FiscalFocus.Of(period, yearEnd, Mentions("Sales for the third quarter of fiscal 2031 fell, against the third quarter of fiscal 2030."), []);
        Assert.Equal((2031, "Q3", true), (named.Year, named.Period, named.YearStated));
        var unnamed = FiscalFocus.Of(period, yearEnd, Mentions("Sales for the quarter fell."), []);
        Assert.Equal("Q3", unnamed.Period);
        Assert.Null(unnamed.Year); // 2031 or 2032: companies name such years either way
        Assert.Contains("2032 or 2031", unnamed.Undecided);
    }

    [Fact]
    public void A_year_ending_in_the_first_week_of_January_is_the_calendar_year_it_covers()
    {
        var focus = FiscalFocus.Of(Quarter("2031-01-05", "2032-01-03"), new FiscalCalendar(1, 3), [], []);
        Assert.Equal((2031, "FY"), (focus.Year, focus.Period));
    }

    [Fact]
    public void A_fiscal_quarter_the_text_names_implies_the_year_end_of_a_quarter_long_period()
    {
        // May 31 ends no calendar quarter; "fiscal 2031 Q4" makes it the end of the fiscal year.
        var focus = FiscalFocus.Of(Quarter("2031-03-01", "2031-05-31"), null, Mentions("fiscal 2031 Q4 revenue rose"), []);
        Assert.Equal((2031, "Q4"), (focus.Year, focus.Period));
    }

    [Fact]
    public void An_undecided_focus_is_a_finding_and_no_fact()
    {
        const string text = "HARBORLIGHT LAMPS, INC.\n\nHarborlight reported higher sales.\n\nCONSOLIDATED STATEMENTS OF INCOME\n(in thousands)\n\n" +
            "\tThree Months Ended\n" +
            "\tSeptember 30, 2031\tSeptember 30, 2030\n" +
            "Net sales\t$\t1,000\t$\t900\n" +
            "Cost of sales\t\t600\t\t550\n" +
            "Gross profit\t\t400\t\t350\n";
        var result = FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "harborlight.txt" });
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName is "DocumentFiscalPeriodFocus" or "DocumentFiscalYearFocus");
        var finding = Assert.Single(result.Findings, f => f.RuleId == "extract.fiscal-focus-undecided");
        Assert.Contains("2031-07-01/2031-09-30", finding.Message);
    }

    private static string WeeksRelease(string headline) =>
        "Wrenmoor Outfitters, Inc.\n\n" + headline + "\n\nWrenmoor Outfitters, Inc. today announced results for the thirteen weeks ended August 2, 2031.\n\n"
        + "CONDENSED CONSOLIDATED STATEMENTS OF INCOME\n(in thousands)\n\n"
        + "\tThirteen Weeks Ended\t\t\tTwenty-Six Weeks Ended\n"
        + "\tAugust 2, 2031\tAugust 3, 2030\tAugust 2, 2031\tAugust 3, 2030\n"
        + "Net sales\t$\t4,100\t$\t3,900\t$\t8,000\t$\t7,600\n"
        + "Cost of sales\t\t2,500\t\t2,400\t\t4,900\t\t4,700\n"
        + "Gross profit\t\t1,600\t\t1,500\t\t3,100\t\t2,900\n";

    [Fact]
    public void The_headline_names_the_fiscal_year_of_a_quarter_in_a_year_ending_in_january()
    {
        // The year runs to January 2032: "Fiscal 2031" names it by the year it begins in, which only the headline says.
        var result = FilingExtractor.Extract(WeeksRelease("Wrenmoor Outfitters Reports Second Quarter Fiscal 2031 Results"), new ExtractionOptions { SourceName = "wrenmoor.txt" });

        Assert.Equal("2031", result.Report.Facts.Single(f => f.Concept.LocalName == "DocumentFiscalYearFocus").TextValue);
        Assert.Equal("Q2", result.Report.Facts.Single(f => f.Concept.LocalName == "DocumentFiscalPeriodFocus").TextValue);
    }

    [Fact]
    public void A_short_line_that_announces_no_results_names_no_fiscal_year()
    {
        // Control: a heading such as a section name is no headline; the year stays undecided.
        var result = FilingExtractor.Extract(WeeksRelease("Second Quarter Fiscal 2031 Store Openings"), new ExtractionOptions { SourceName = "wrenmoor.txt" });

        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "DocumentFiscalYearFocus");
        Assert.Single(result.Findings, f => f.RuleId == "extract.fiscal-focus-undecided");
    }
}
