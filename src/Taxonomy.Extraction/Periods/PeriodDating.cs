namespace Taxonomy.Extraction.Periods;

/// <summary>
/// The one rule that dates a period stated by its length in months and the day it ends ("Nine Months Ended September 28,
/// 2024"), for the tables and the prose alike:
/// <list type="bullet">
/// <item>A calendar of months (the period ends on a month's last day, and nothing in the document counts in weeks): the
/// start is the stated number of calendar months earlier.</item>
/// <item>A 52/53-week calendar (the period ends on another day, or the document's periods do): months that make whole
/// quarters are counted in 13-week quarters (3 months = 13 weeks, 6 = 26, 9 = 39, 12 = 52), and a period end the document
/// states within a week of that start (the prior fiscal year end a balance sheet prints, "fiscal year ended December 30,
/// 2023") decides the start: it is the day after, which also dates a 53-week year or a 14-week quarter. Without one, a
/// length in weeks the document states for a period ending that day ("the fourteen weeks ended January 3, 2032") and one
/// week from the 13-week count decides it.</item>
/// </list>
/// </summary>
/// <param name="InWeeks">True when the document's periods are counted in weeks, even those ending on a month's last day.</param>
/// <param name="StatedEnds">Days on which the document states a period ends (balance sheet dates, "year ended" in prose).</param>
internal sealed record PeriodDating(bool InWeeks, IReadOnlyList<DateOnly> StatedEnds)
{
    private const int Week = 7;

    /// <summary>A calendar of months with no stated period ends: every length is counted in calendar months unless its end says otherwise.</summary>
    public static PeriodDating ByMonths { get; } = new(false, []);

    /// <summary>True when <paramref name="date"/> is the last day of its month.</summary>
    public static bool IsMonthEnd(DateOnly date) => date.Day == DateTime.DaysInMonth(date.Year, date.Month);

    /// <summary>The weeks <paramref name="months"/> months make in a 52/53-week calendar (13 a quarter), or 0 when they make no whole quarters.</summary>
    public static int WeeksOf(int months) => months is > 0 and <= 12 && months % 3 == 0 ? months / 3 * 13 : 0;

    /// <summary>True when a period of <paramref name="months"/> months ending on <paramref name="end"/> is counted in weeks.</summary>
    public bool CountsWeeks(DateOnly end, int months) => WeeksOf(months) > 0 && (InWeeks || !IsMonthEnd(end));

    /// <summary>
    /// The day a period of <paramref name="months"/> months that starts after <paramref name="end"/> ends: calendar
    /// months from a month's last day, else 13-week quarters (the quarters left in a fiscal year after one that ends).
    /// </summary>
    public static DateOnly EndAfter(DateOnly end, int months) =>
        IsMonthEnd(end) ? end.AddDays(1).AddMonths(months).AddDays(-1) : end.AddDays(Week * WeeksOf(months));

    /// <summary>The period of <paramref name="months"/> months ending on <paramref name="end"/> (inclusive dates).</summary>
    public Period Ending(DateOnly end, int months)
    {
        if (!CountsWeeks(end, months)) return Period.Duration(end.AddDays(1).AddMonths(-months), end);
        var start = end.AddDays(1 - Week * WeeksOf(months));
        if (Stated(start.AddDays(-1), end) is { } before) return Period.Duration(before.AddDays(1), end);
        return StatedWeeks(end, WeeksOf(months)) is { } weeks ? Period.Duration(end.AddDays(1 - Week * weeks), end) : Period.Duration(start, end);
    }

    /// <summary>
    /// Lengths in weeks the document states for the periods ending on a day ("the fourteen weeks ended January 3, 2032"):
    /// a quarter or year of a 52/53-week calendar counted in whole weeks.
    /// </summary>
    public IReadOnlyList<(DateOnly End, int Weeks)> StatedLengths { get; init; } = [];

    /// <summary>
    /// The one length in weeks the document states for a period ending on <paramref name="end"/> within a week of
    /// <paramref name="nominal"/> weeks (14 for a quarter counted as 13, 53 for a year counted as 52); null when it states
    /// none or several.
    /// </summary>
    private int? StatedWeeks(DateOnly end, int nominal)
    {
        int? found = null;
        foreach (var (day, weeks) in StatedLengths)
        {
            if (day != end || Math.Abs(weeks - nominal) > 1) continue;
            if (found is { } other && other != weeks) return null;
            found = weeks;
        }
        return found;
    }

    /// <summary>
    /// The one period end the document states within a week of <paramref name="nominal"/> and before <paramref name="before"/>,
    /// or null when it states none or several (then the nominal day stands).
    /// </summary>
    public DateOnly? Stated(DateOnly nominal, DateOnly before)
    {
        DateOnly? found = null;
        foreach (var date in StatedEnds)
        {
            if (date >= before || Math.Abs(date.DayNumber - nominal.DayNumber) > Week) continue;
            if (found is { } other && other != date) return null;
            found = date;
        }
        return found;
    }

    /// <summary>This dating with more stated period ends, counted in weeks when <paramref name="inWeeks"/> says so too.</summary>
    public PeriodDating With(IEnumerable<DateOnly> statedEnds, bool inWeeks) =>
        new(InWeeks || inWeeks, [.. StatedEnds.Concat(statedEnds).Distinct().Order()]) { StatedLengths = StatedLengths };
}
