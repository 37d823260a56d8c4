using Taxonomy.Extraction.Loading;
using Taxonomy.Extraction.Periods;
using Taxonomy.Extraction.Segmentation;
using Taxonomy.Extraction.Tables;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests.Stages;

public class PeriodTests
{
    private static (StatementTable Table, DocumentCalendar Calendar) Table(string text)
    {
        var lines = Segmenter.Segment(new SourceText(text));
        var table = Assert.Single(TableLocator.Locate(lines, new StatementTitles(Fictional.Catalog)));
        return (table, DocumentCalendar.Build(lines));
    }

    [Fact]
    public void A_header_split_over_two_lines_gives_durations()
    {
        var (table, calendar) = Table("STATEMENTS OF OPERATIONS\n\tThree Months Ended June 30,\n\t2025\t2024\nTotal revenues\t5,000\t4,500\n");
        var periods = ColumnPeriodResolver.Resolve(table, PeriodType.Duration, calendar);
        Assert.Equal([Period.Parse("2025-04-01/2025-06-30"), Period.Parse("2024-04-01/2024-06-30")], periods.Select(p => p.Period!.Value));
        Assert.All(periods, p => Assert.False(p.Inferred));
    }

    [Fact]
    public void A_header_printed_after_the_rows_still_counts()
    {
        var (table, calendar) = Table("STATEMENTS OF OPERATIONS\n\tJune 30,\n\t2025\t2024\nTotal revenues\t5,000\t4,500\n\nSix Months Ended\n");
        var periods = ColumnPeriodResolver.Resolve(table, PeriodType.Duration, calendar);
        Assert.Equal(Period.Parse("2025-01-01/2025-06-30"), periods[0].Period);
    }

    [Fact]
    public void Weeks_count_back_from_the_end_date()
    {
        var (table, calendar) = Table("STATEMENTS OF OPERATIONS\n\t13 Weeks Ended\n\tAugust 2, 2025\tAugust 3, 2024\nTotal revenues\t5,000\t4,500\n");
        var periods = ColumnPeriodResolver.Resolve(table, PeriodType.Duration, calendar);
        Assert.Equal(Period.Parse("2025-05-04/2025-08-02"), periods[0].Period);
        Assert.Equal(91, periods[1].Period!.Value.Days);
    }

    [Fact]
    public void A_group_line_decides_each_columns_length_even_when_the_named_lengths_do_not_split_evenly()
    {
        // Two lengths named over three columns do not divide evenly; the group line still says each column's length.
        var (table, calendar) = Table("STATEMENTS OF OPERATIONS\n\tThree Months Ended\tTwelve Months Ended\tYear To Date\n" +
                                      "\tSeptember 30, 2025\tSeptember 30, 2025\tSeptember 30, 2025\nTotal revenues\t5,000\t19,000\t14,000\n");
        var periods = ColumnPeriodResolver.Resolve(table, PeriodType.Duration, calendar);
        Assert.Equal([Period.Parse("2025-07-01/2025-09-30"), Period.Parse("2024-10-01/2025-09-30"), Period.Parse("2025-01-01/2025-09-30")],
            periods.Select(p => p.Period!.Value));
    }

    [Fact]
    public void Lengths_that_do_not_split_the_columns_evenly_leave_them_undated_and_say_why()
    {
        Assert.Null(ColumnPeriodResolver.EvenSplit([new DurationLength(3, 0), new DurationLength(12, 0)], 3));
        var split = ColumnPeriodResolver.EvenSplit([new DurationLength(3, 0), new DurationLength(9, 0)], 4)!;
        Assert.Equal([3, 3, 9, 9], split.Select(l => l.Length!.Value.Months));
        Assert.All(ColumnPeriodResolver.EvenSplit([], 2)!, l => Assert.False(l.Named));
    }

    [Fact]
    public void A_length_the_header_names_decides_a_column_the_narrative_dates()
    {
        // The header names the year but no date; the narrative's quarter gives the end, not the length.
        var (table, calendar) = Table("Bluefin Robotics, Inc. reported results for the quarter ended December 31, 2025.\n\n" +
                                      "STATEMENTS OF OPERATIONS\n\tYear Ended\nTotal revenues\t19,000\n");
        var periods = ColumnPeriodResolver.Resolve(table, PeriodType.Duration, calendar);
        Assert.Equal(Period.Parse("2025-01-01/2025-12-31"), periods[0].Period);
        Assert.True(periods[0].Inferred);
    }

    [Fact]
    public void A_missing_balance_sheet_column_is_inferred_from_the_narrative_and_the_fiscal_year_end_and_says_so()
    {
        const string text = "Bluefin had cash of $9.0 million as of June 30, 2025, compared with $8.2 million as of March 31, 2025, for its fiscal year ending March 31, 2026.\n\n" +
                            "BALANCE SHEETS\n\tJune 30, 2025\t\t\nCash and cash equivalents\t9,000\t8,200\nTotal assets\t13,000\t12,300\n";
        var (table, calendar) = Table(text);
        var periods = ColumnPeriodResolver.Resolve(table, PeriodType.Instant, calendar);
        Assert.Equal(Period.Instant(new DateOnly(2025, 6, 30)), periods[0].Period);
        Assert.Equal(Period.Instant(new DateOnly(2025, 3, 31)), periods[1].Period);
        Assert.True(periods[1].Inferred);
        Assert.Contains("fiscal year end", periods[1].Note);
    }

    [Fact]
    public void A_missing_column_the_document_does_not_determine_stays_missing()
    {
        var (table, calendar) = Table("BALANCE SHEETS\n\tJune 30, 2025\t\t\nCash and cash equivalents\t9,000\t8,200\n");
        var periods = ColumnPeriodResolver.Resolve(table, PeriodType.Instant, calendar);
        Assert.Null(periods[1].Period);
    }

    [Fact]
    public void Fiscal_calendar_names_quarters_and_years_by_their_end()
    {
        var fiscal = new FiscalCalendar(6, 30);
        Assert.Equal(2009, fiscal.FiscalYearOf(new DateOnly(2008, 9, 30)));
        Assert.Equal(Period.Parse("2008-07-01/2008-09-30"), fiscal.Quarter(2009, 1));
        Assert.Equal(Period.Parse("2008-07-01/2008-12-31"), fiscal.Quarter(2009, 2, cumulative: true));
        Assert.Equal(new DateOnly(2008, 6, 30), fiscal.PriorYearEnd(new DateOnly(2008, 9, 30)));
        Assert.Equal(1, fiscal.QuarterEnding(new DateOnly(2008, 9, 30)));
    }

    [Fact]
    public void A_year_ending_on_the_saturday_nearest_december_31_may_end_in_january()
    {
        var fiscal = FiscalCalendar.Find("The fiscal year ends on the Saturday nearest December 31.")!;
        // December 31, 2031 is a Wednesday: the nearest Saturday is January 3, 2032, still fiscal 2031's end.
        Assert.Equal(new DateOnly(2032, 1, 3), fiscal.YearEnd(2031));
        Assert.Equal(2031, fiscal.FiscalYearOf(new DateOnly(2032, 1, 2)));
        Assert.Equal(2032, fiscal.FiscalYearOf(new DateOnly(2032, 1, 4)));
        // The last Saturday of December 2031 is December 27: "last" is not "nearest".
        Assert.Equal(new DateOnly(2031, 12, 27), FiscalCalendar.Find("Our fiscal year ends on the last Saturday of December.")!.YearEnd(2031));
    }

    [Theory]
    [InlineData("Q3 2025", 3, false, 0, 2025)]
    [InlineData("Q3 FY25", 3, false, 0, 2025)]
    [InlineData("3Q25", 3, false, 0, 2025)]
    [InlineData("Q2 FY98", 2, false, 0, 1998)]
    [InlineData("Q3 '25", 3, false, 0, 2025)]
    [InlineData("Third Quarter 2025", 3, false, 0, 2025)]
    [InlineData("Fiscal 2025 Q3", 3, false, 0, 2025)]
    [InlineData("YTD 2025", 0, true, 0, 2025)]
    [InlineData("Year to Date FY25", 0, true, 0, 2025)]
    [InlineData("9M 2025", 0, false, 9, 2025)]
    [InlineData("Nine Months 2025", 0, false, 9, 2025)]
    [InlineData("H1 2025", 2, true, 0, 2025)]
    [InlineData("Full Year 2025", 4, true, 0, 2025)]
    public void Fiscal_period_titles(string cell, int quarter, bool cumulative, int months, int year) =>
        Assert.Equal(new FiscalPeriodLabel(quarter, cumulative, months, year), FiscalPeriodLabel.Read(cell));

    [Theory]
    [InlineData("FY 2025")]
    [InlineData("Fiscal Year 2025")]
    [InlineData("Fiscal 2025")]
    public void A_fiscal_year_named_alone_is_the_whole_year_unless_the_header_says_otherwise(string cell) =>
        Assert.Equal(new FiscalPeriodLabel(4, true, 0, 2025) { FiscalYearOnly = true }, FiscalPeriodLabel.Read(cell));

    [Fact]
    public void Fiscal_years_under_a_quarter_title_only_name_the_years()
    {
        var (table, calendar) = Table("Lumen Kettle Corp. reported results for its third quarter ended September 30, 2025.\n\n" +
            "STATEMENTS OF OPERATIONS\n\tThird Quarter\n\tFiscal 2025\tFiscal 2024\nTotal revenues\t5,000\t4,500\n");
        Assert.Null(FiscalPeriodColumns.Resolve(table, PeriodType.Duration, calendar));
    }

    [Theory]
    [InlineData("2025")]
    [InlineData("Q3")]
    [InlineData("Year 2025")]
    [InlineData("Q3 25")]
    [InlineData("Net sales 2025")]
    [InlineData("Q5 2025")]
    public void Other_cells_are_no_fiscal_period_title(string cell) => Assert.Null(FiscalPeriodLabel.Read(cell));

    private const string QuarterTitles = "Lumen Kettle Corp. reported results for its third quarter ended September 30, 2025.\n\n" +
        "STATEMENTS OF OPERATIONS\n\tQ3 FY25\tQ3 FY24\tYTD FY25\tYTD FY24\nTotal revenues\t5,000\t4,500\t14,000\t13,000\n";

    [Fact]
    public void Columns_titled_by_fiscal_period_are_dated_by_the_fiscal_calendar()
    {
        var (table, calendar) = Table(QuarterTitles);
        var periods = ColumnPeriodResolver.Resolve(table, PeriodType.Duration, calendar);
        Assert.Equal([Period.Parse("2025-07-01/2025-09-30"), Period.Parse("2024-07-01/2024-09-30"), Period.Parse("2025-01-01/2025-09-30"), Period.Parse("2024-01-01/2024-09-30")],
            periods.Select(p => p.Period!.Value));
        Assert.All(periods, p => Assert.False(p.Inferred));
    }

    [Fact]
    public void Change_titles_between_fiscal_period_titles_are_no_columns()
    {
        var (table, calendar) = Table("Lumen Kettle Corp. reported results for its third quarter ended September 30, 2025.\n\n" +
            "STATEMENTS OF OPERATIONS\n\tQ3 FY25\tQ3 FY24\t% Change\tYTD FY25\tYTD FY24\t% Change\nTotal revenues\t5,000\t4,500\t11%\t14,000\t13,000\t8%\n");
        var periods = ColumnPeriodResolver.Resolve(table, PeriodType.Duration, calendar);
        Assert.Equal([Period.Parse("2025-07-01/2025-09-30"), Period.Parse("2024-07-01/2024-09-30"), Period.Parse("2025-01-01/2025-09-30"), Period.Parse("2024-01-01/2024-09-30")],
            periods.Select(p => p.Period!.Value));
    }

    [Fact]
    public void Groups_titled_by_their_period_over_years_end_on_the_narratives_day()
    {
        var (table, calendar) = Table("Lumen Kettle Corp. reported results for the fourth quarter and year ended December 31, 2025.\n\n" +
            "STATEMENTS OF OPERATIONS\n\tFourth Quarter\tFull Year\n\t2025\t2024\t2025\t2024\nTotal revenues\t5,000\t4,500\t19,000\t17,000\n");
        var periods = ColumnPeriodResolver.Resolve(table, PeriodType.Duration, calendar);
        Assert.Equal([Period.Parse("2025-10-01/2025-12-31"), Period.Parse("2024-10-01/2024-12-31"), Period.Parse("2025-01-01/2025-12-31"), Period.Parse("2024-01-01/2024-12-31")],
            periods.Select(p => p.Period!.Value));
        Assert.All(periods, p => Assert.True(p.Inferred));
    }

    [Fact]
    public void Groups_over_years_of_a_52_53_week_calendar_are_not_dated_by_the_narratives_day()
    {
        // The narrative's quarter ends on a Saturday: the prior year's quarter ended on another day, which nothing states.
        var (table, calendar) = Table("Lumen Kettle Corp. reported results for the fourth quarter and year ended January 31, 2026, a Saturday.\n\n".Replace("January 31, 2026", "February 1, 2025", StringComparison.Ordinal) +
            "STATEMENTS OF OPERATIONS\n\tFourth Quarter\tFull Year\n\t2024\t2023\t2024\t2023\nTotal revenues\t5,000\t4,500\t19,000\t17,000\n");
        var periods = ColumnPeriodResolver.Resolve(table, PeriodType.Duration, calendar);
        Assert.DoesNotContain(periods, p => p.Period is { } x && x.End == new DateOnly(2024, 2, 1));
    }

    [Fact]
    public void Fiscal_period_titles_follow_a_stated_fiscal_year()
    {
        var (table, calendar) = Table(QuarterTitles.Replace("third quarter ended September 30, 2025", "fiscal year ending June 30", StringComparison.Ordinal)
            .Replace("YTD FY25\tYTD FY24", "FY 2025\tFY 2024", StringComparison.Ordinal));
        var periods = ColumnPeriodResolver.Resolve(table, PeriodType.Duration, calendar);
        Assert.Equal([Period.Parse("2025-01-01/2025-03-31"), Period.Parse("2024-01-01/2024-03-31"), Period.Parse("2024-07-01/2025-06-30"), Period.Parse("2023-07-01/2024-06-30")],
            periods.Select(p => p.Period!.Value));
    }

    [Fact]
    public void Fiscal_period_titles_of_a_52_53_week_year_are_not_dated_by_guess()
    {
        // The narrative's quarter ends on a Saturday, days from the calendar's month end: its year's columns are dated in
        // weeks from the day it states (13 for the quarter, 39 for the year to date), the year before's (52 or 53 weeks
        // earlier, a day the document does not state) are not dated.
        var (table, calendar) = Table(QuarterTitles.Replace("September 30, 2025", "September 27, 2025", StringComparison.Ordinal));
        var periods = ColumnPeriodResolver.Resolve(table, PeriodType.Duration, calendar);
        Assert.Equal([Period.Parse("2025-06-29/2025-09-27"), null, Period.Parse("2024-12-29/2025-09-27"), null], periods.Select(p => p.Period));
        Assert.Contains("no quarter the table or the narrative names", periods[1].Note, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_header_only_a_two_column_table_takes_the_prior_year_as_its_second_column()
    {
        const string narrative = "Lumen Kettle Corp. reported results for its third quarter ended September 30, 2025.\n\nSTATEMENTS OF OPERATIONS\n";
        var (two, calendar) = Table(narrative + "Total revenues\t5,000\t4,500\nNet income\t900\t800\n");
        Assert.Equal([Period.Parse("2025-07-01/2025-09-30"), Period.Parse("2024-07-01/2024-09-30")],
            ColumnPeriodResolver.Resolve(two, PeriodType.Duration, calendar).Select(p => p.Period!.Value));
        // Four columns may be two quarters and two years to date, in either order: only the first is the narrative's.
        var (four, calendar4) = Table(narrative + "Total revenues\t5,000\t4,500\t14,000\t13,000\nNet income\t900\t800\t2,500\t2,300\n");
        var periods = ColumnPeriodResolver.Resolve(four, PeriodType.Duration, calendar4);
        Assert.Equal(Period.Parse("2025-07-01/2025-09-30"), periods[0].Period);
        Assert.All(periods.Skip(1), p => Assert.Null(p.Period));
    }

    [Theory]
    [InlineData("(in thousands, except per share amounts)", 3, 3, 0)]
    [InlineData("(In millions, except share and per share data)", 6, 0, 0)]
    [InlineData("(Dollars in thousands)", 3, 3, 0)]
    [InlineData("(000's omitted)", 3, 3, 0)]
    [InlineData("(in USD thousands)", 3, 3, 0)]
    [InlineData("(In US$ millions, except per share data)", 6, 6, 0)]
    [InlineData("($000)", 3, 3, 0)]
    [InlineData("($'000)", 3, 3, 0)]
    [InlineData("(000)", 3, 3, 0)]
    [InlineData("(Dollars in $000)", 3, 3, 0)]
    public void Scale_phrases(string phrase, int monetary, int shares, int perShare)
    {
        var scale = TableScale.Find(phrase);
        Assert.NotNull(scale);
        Assert.Equal((monetary, shares, perShare), (scale.MonetaryPower, scale.SharesPower, scale.PerSharePower));
    }

    [Fact]
    public void No_scale_phrase_is_no_scale() => Assert.Null(TableScale.Find("CONDENSED BALANCE SHEETS (Unaudited)"));
}
