using System.Globalization;

namespace Taxonomy.Extraction.Periods;

/// <summary>
/// The period a release reports on when its narrative dates none to the day ("results for the quarter ended December 31,
/// 2031") but names the quarter with its year ("Fourth Quarter 2031 Results", "the fourth quarter of fiscal 2031"): that
/// quarter, dated only when the document states a fiscal year ending December 31. Then the year a quarter is named by is
/// the calendar year it ends in, whichever way the company names its fiscal years; a fiscal year ending on another day is
/// named by the year it begins in by some companies and the year it ends in by others, and the day is not guessed. The
/// quarters the narrative names as comparatives do not count; two other quarters named decide nothing.
/// </summary>
internal static class NamedQuarterPeriod
{
    /// <summary>The reported quarter, or null with what the document leaves unsaid for it to be decided.</summary>
    /// <remarks>
    /// <paramref name="days"/> are the days the narrative says a period ends or a balance is taken: a release reports on the
    /// latest period it names, and a day after the quarter's end leaves the quarter undecided.
    /// </remarks>
    public static (Period? Period, int Quarter, string Missing) Decide(FiscalCalendar? stated, IReadOnlyList<QuarterMention> quarters, IEnumerable<DateOnly> days)
    {
        var named = quarters.Where(q => !q.Comparative).Select(q => (q.Quarter, q.Year)).Distinct().ToList();
        if (named.Count == 0) return (null, 0, "nor a quarter with its year");
        if (named.Count > 1)
        {
            return (null, 0, "and names more than one quarter with its year (" + string.Join(", ", named.Select(Name)) + ")");
        }
        var (quarter, year) = named[0];
        if (stated is null)
        {
            return (null, 0, "only the " + Name(named[0]) + " without a fiscal year end that dates it");
        }
        if (stated is not { EndMonth: 12, EndDay: 31, EndWeekday: null })
        {
            return (null, 0, "only the " + Name(named[0]) + ", of a fiscal year ending on another day than December 31 that it may name by the calendar year it begins or ends in");
        }
        var period = stated.Quarter(year, quarter);
        if (days.Where(d => d > period.End).Order().FirstOrDefault() is var later && later != default)
        {
            return (null, 0, "only the " + Name(named[0]) + ", and it names a later day (" + later.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ") than that quarter ends");
        }
        return (period, quarter, string.Empty);
    }

    private static string Name((int Quarter, int Year) named) =>
        (named.Quarter switch { 1 => "first", 2 => "second", 3 => "third", _ => "fourth" }) + " quarter of " + named.Year.ToString(CultureInfo.InvariantCulture);
}
