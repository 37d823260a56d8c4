using System.Text.RegularExpressions;

namespace Taxonomy.Extraction.Periods;

/// <summary>A fiscal year that ends on a month and day; fiscal years are named by the calendar year they end in.</summary>
internal sealed partial record FiscalCalendar(int EndMonth, int EndDay)
{
    [GeneratedRegex(
        @"fiscal\s+(?:year\s+end(?:ing|ed|s)?|(?:year\s+)?(?:19|20)\d\d\s+end(?:ed|s))\s+(?:on\s+)?" + Month + @"\s+\d{1,2}",
        Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex YearEnding { get; }

    private const string Weekday = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private const string Month = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

    // "our fiscal year ends on the last Saturday of June", "the fiscal year ending on the Saturday closest to June 30", "…
    // nearest the end of September": a 52/53-week year ending on a weekday.
    [GeneratedRegex(
        @"fiscal\s+year\s+end(?:ing|s)?\s+(?:on\s+)?the\s+(?:last\s+" + Weekday + @"\s+(?:of|in)\s+" + Month + @"\b|" + Weekday
            + @"\s+(?:closest|nearest)\s+(?:to\s+)?(?:(?:the\s+)?(?:end|last\s+day)\s+of\s+" + Month + @"\b|" + Month + @"\s+\d{1,2}\b))",
        Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex WeekdayEnding { get; }

    /// <summary>
    /// The weekday a 52/53-week year ends on: the last of <see cref="EndMonth"/> ("the last Saturday of June"), or with
    /// <see cref="Nearest"/> the one nearest the nominal end ("the Saturday closest to June 30"); null for a year ending on
    /// a day of the month. <see cref="EndMonth"/> and <see cref="EndDay"/> are then the nominal end (the month's last day
    /// unless a day is named).
    /// </summary>
    public DayOfWeek? EndWeekday { get; init; }

    /// <summary>True when the year ends on <see cref="EndWeekday"/> nearest the nominal end (up to three days after it), not the last one on or before it.</summary>
    public bool Nearest { get; init; }

    /// <summary>The calendar year-end default.</summary>
    public static FiscalCalendar Calendar { get; } = new(12, 31);

    /// <summary>A fiscal year end stated in words ("fiscal year ending June 30, 2009", "fiscal 2031 ended June 30, 2031"), or null.</summary>
    public static FiscalCalendar? Find(string text)
    {
        if (!Patterns.MayContain(text, "fiscal")) return null;
        foreach (var m in YearEnding.EnumerateMatches(text))
        {
            if (!PartOfAnotherPeriod(text, m.Index)) return Read(text.AsSpan(m.Index, m.Length));
        }
        foreach (var m in WeekdayEnding.EnumerateMatches(text)) return ReadWeekday(text.AsSpan(m.Index, m.Length));
        return null;
    }

    /// <summary>
    /// The calendar a match of <see cref="WeekdayEnding"/> states: its weekday, its month, "closest" or "nearest", and the
    /// day of the month when it ends with one.
    /// </summary>
    private static FiscalCalendar? ReadWeekday(ReadOnlySpan<char> match)
    {
        var words = match.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        DayOfWeek? weekday = null;
        int month = 0;
        bool nearest = false;
        foreach (string word in words)
        {
            // Enum.TryParse reads digits as a value too: only a weekday's name is one.
            if (weekday is null && char.IsLetter(word[0]) && Enum.TryParse<DayOfWeek>(word, true, out var day)) weekday = day;
            if (month == 0) month = DateMention.MonthNumber(word);
            nearest |= word.Equals("closest", StringComparison.OrdinalIgnoreCase) || word.Equals("nearest", StringComparison.OrdinalIgnoreCase);
        }
        if (month == 0 || weekday is null) return null;
        int endDay = DateTime.DaysInMonth(2001, month);
        if (int.TryParse(words[^1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int stated))
        {
            if (stated < 1 || stated > endDay) return null;
            endDay = stated;
        }
        return new FiscalCalendar(month, endDay) { EndWeekday = weekday, Nearest = nearest };
    }

    /// <summary>
    /// True when the words "fiscal …" at <paramref name="at"/> follow "of" ("the second quarter of fiscal 2027 ended June 30"):
    /// the day ends a quarter or months of that year, not the year.
    /// </summary>
    internal static bool PartOfAnotherPeriod(string text, int at)
    {
        var before = text.AsSpan(0, at).TrimEnd();
        return before.EndsWith(" of", StringComparison.OrdinalIgnoreCase) || before.Equals("of", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The fiscal year end a match of <see cref="YearEnding"/> states. The pattern captures nothing (NonBacktracking pays
    /// a second pass per match for groups): a match ends with the day's digits after white space, and the month's name is
    /// the word before them.
    /// </summary>
    private static FiscalCalendar? Read(ReadOnlySpan<char> match)
    {
        int dayStart = match.Length;
        while (dayStart > 0 && char.IsDigit(match[dayStart - 1])) dayStart--;
        var beforeDay = match[..dayStart].TrimEnd();
        int monthStart = beforeDay.Length;
        while (monthStart > 0 && !char.IsWhiteSpace(beforeDay[monthStart - 1])) monthStart--;
        int month = DateMention.MonthNumber(beforeDay[monthStart..]);
        // \d also matches other scripts' digits, which name no day here.
        if (!int.TryParse(match[dayStart..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int day)) return null;
        return month > 0 && day is >= 1 and <= 31 ? new FiscalCalendar(month, day) : null;
    }

    /// <summary>
    /// The fiscal year in which quarter <paramref name="quarter"/> ends on <paramref name="end"/>: it ends 3·(4−q) months
    /// later, counted in 13-week quarters when the quarter ends on another day than a month's last (<see cref="PeriodDating"/>).
    /// </summary>
    public static FiscalCalendar EndingQuarter(int quarter, DateOnly end)
    {
        var yearEnd = PeriodDating.EndAfter(end, 3 * (4 - quarter));
        return new FiscalCalendar(yearEnd.Month, yearEnd.Day);
    }

    /// <summary>The last day of fiscal year <paramref name="fiscalYear"/>.</summary>
    public DateOnly YearEnd(int fiscalYear)
    {
        var end = new DateOnly(fiscalYear, EndMonth, Math.Min(EndDay, DateTime.DaysInMonth(fiscalYear, EndMonth)));
        if (EndWeekday is not { } weekday) return end;
        if (!Nearest) return end.AddDays(-(((int)end.DayOfWeek - (int)weekday + 7) % 7));
        int ahead = ((int)weekday - (int)end.DayOfWeek + 7) % 7;
        return end.AddDays(ahead > 3 ? ahead - 7 : ahead);
    }

    /// <summary>
    /// Quarter <paramref name="quarter"/> of <paramref name="fiscalYear"/> (or the quarters to it, <paramref name="cumulative"/>)
    /// of a year ending on <see cref="EndWeekday"/>: 13 weeks each from the day after the prior year's end, the fourth
    /// ending with the year; null when that quarter's length is not known (the fourth quarter of a 53-week year, whose
    /// extra week may be any quarter's).
    /// </summary>
    public Period? WeekdayQuarter(int fiscalYear, int quarter, bool cumulative)
    {
        var prior = YearEnd(fiscalYear - 1);
        var yearEnd = YearEnd(fiscalYear);
        const int Quarter = 13 * 7;
        bool longYear = yearEnd.DayNumber - prior.DayNumber > 4 * Quarter;
        var end = quarter == 4 ? yearEnd : prior.AddDays(Quarter * quarter);
        if (longYear && !(cumulative && quarter == 4)) return null;
        return Period.Duration(cumulative ? prior.AddDays(1) : prior.AddDays(Quarter * (quarter - 1) + 1), end);
    }

    /// <summary>The fiscal year a date falls in (a year ending on the weekday nearest December 31 may end in the next January).</summary>
    public int FiscalYearOf(DateOnly date) => date <= YearEnd(date.Year - 1) ? date.Year - 1 : date <= YearEnd(date.Year) ? date.Year : date.Year + 1;

    /// <summary>The first day of fiscal year <paramref name="fiscalYear"/>.</summary>
    public DateOnly YearStart(int fiscalYear) => YearEnd(fiscalYear - 1).AddDays(1);

    /// <summary>The fiscal quarter (1-4) ending on <paramref name="end"/>, or null when it is not a quarter end.</summary>
    public int? QuarterEnding(DateOnly end) => QuarterNear(end, 0)?.Quarter;

    /// <summary>
    /// The fiscal year and quarter whose nominal end lies within <paramref name="days"/> days of <paramref name="end"/>
    /// (a 52/53-week year ends on the weekday nearest its nominal date), or null.
    /// </summary>
    public (int Year, int Quarter)? QuarterNear(DateOnly end, int days)
    {
        int year = FiscalYearOf(end);
        for (int fy = year - 1; fy <= year + 1; fy++)
        {
            for (int q = 1; q <= 4; q++)
            {
                if (Math.Abs(end.DayNumber - Quarter(fy, q).End.DayNumber) <= days) return (fy, q);
            }
        }
        return null;
    }

    /// <summary>Fiscal quarter <paramref name="quarter"/> of <paramref name="fiscalYear"/> as a duration; <paramref name="cumulative"/> runs from the year's start.</summary>
    public Period Quarter(int fiscalYear, int quarter, bool cumulative = false)
    {
        var yearStart = YearStart(fiscalYear);
        var end = yearStart.AddMonths(3 * quarter).AddDays(-1);
        return Period.Duration(cumulative ? yearStart : yearStart.AddMonths(3 * (quarter - 1)), end);
    }

    /// <summary>The prior fiscal year end before <paramref name="date"/>.</summary>
    public DateOnly PriorYearEnd(DateOnly date)
    {
        int fy = FiscalYearOf(date);
        var end = YearEnd(fy);
        return end < date ? end : YearEnd(fy - 1);
    }
}
