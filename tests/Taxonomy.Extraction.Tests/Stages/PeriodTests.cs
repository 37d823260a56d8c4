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

    [Theory]
    [InlineData("(in thousands, except per share amounts)", 3, 3, 0)]
    [InlineData("(In millions, except share and per share data)", 6, 0, 0)]
    [InlineData("(Dollars in thousands)", 3, 3, 0)]
    [InlineData("(000's omitted)", 3, 3, 0)]
    public void Scale_phrases(string phrase, int monetary, int shares, int perShare)
    {
        var scale = TableScale.Find(phrase);
        Assert.NotNull(scale);
        Assert.Equal((monetary, shares, perShare), (scale.MonetaryPower, scale.SharesPower, scale.PerSharePower));
    }

    [Fact]
    public void No_scale_phrase_is_no_scale() => Assert.Null(TableScale.Find("CONDENSED BALANCE SHEETS (Unaudited)"));
}
