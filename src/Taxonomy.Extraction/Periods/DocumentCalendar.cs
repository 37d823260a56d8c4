using System.Globalization;
using System.Text.RegularExpressions;
using Taxonomy.Extraction.Segmentation;

namespace Taxonomy.Extraction.Periods;

/// <summary>
/// What the narrative says about time: the fiscal calendar, the period the document reports on
/// ("for the three-month period ended September 30, 2008"), the balance dates it names ("as of June 30, 2008") and the
/// quarters it names with their years ("third quarter of fiscal 2024").
/// </summary>
internal sealed partial record DocumentCalendar(FiscalCalendar Fiscal, bool FiscalStated, Period? CurrentDuration, IReadOnlyList<DateOnly> AsOfDates, IReadOnlyList<QuarterMention> Quarters)
{
    [GeneratedRegex(@"\b(?:as\s+of|at)\s+$", Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex AsOf { get; }

    // "the fiscal year ended December 30, 2023", "the quarter ending June 29": a day on which a period ends.
    [GeneratedRegex(@"\b(?:ended|ending)\s+(?:on\s+)?$", Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex EndedBefore { get; }

    [GeneratedRegex(@",?\s+(?:which|that)\s+(?:has\s+)?ended\s+", Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex WhichEnded { get; }

    [GeneratedRegex(@"\bfiscal\s+(?:year\s+)?(?:19|20)\d\d\s+ended", Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex NamedYearEnded { get; }

    // "the third quarter of fiscal 2031 ended", "the fourth quarter of 2031, which ended": a quarter named with its year.
    [GeneratedRegex(@"\bquarter\s+of\s+(?:fiscal\s+(?:year\s+)?)?(?:19|20)\d\d\s+ended", Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex QuarterOfYearEnded { get; }

    /// <summary>How the document's lengths in months are dated: in calendar months, or in weeks from the period ends it states.</summary>
    public PeriodDating Dating { get; init; } = PeriodDating.ByMonths;

    // The length of the period the narrative reports on, dated again when the tables state more period ends.
    private DurationLength? ReportedLength { get; init; }

    /// <summary>
    /// This calendar with the period ends the tables print (<paramref name="ends"/>): when the document counts in weeks
    /// (<paramref name="inWeeks"/>, or the narrative already did), the period the narrative reports on is dated again by them.
    /// </summary>
    public DocumentCalendar WithTableEnds(IEnumerable<DateOnly> ends, bool inWeeks)
    {
        var dating = Dating.With(ends, inWeeks);
        var current = CurrentDuration is { } c && ReportedLength is { } length ? length.Ending(c.End, dating) : CurrentDuration;
        return this with { Dating = dating, CurrentDuration = current };
    }

    public static DocumentCalendar Build(IReadOnlyList<TextLine> lines)
    {
        FiscalCalendar? fiscal = null;
        (DurationLength Length, DateOnly End)? reported = null;
        var statedEnds = new List<DateOnly>();
        var statedLengths = new List<(DateOnly, int)>();
        int reportedOrdinal = 0;
        bool quarterAndYear = false;
        var asOf = new List<DateOnly>();
        var quarters = new List<QuarterMention>();
        TextLine? previous = null;
        // The words of the sentence on the lines before this one, when it continues them (a release wrapped to a width).
        string lead = string.Empty;
        foreach (var line in lines)
        {
            // A headline names the quarter the release reports on ("… Reports Second Quarter Fiscal 2026 Results").
            if (line.Kind == LineKind.Heading && NamesResults(line.Text)) QuarterMention.AddAll(line.Text, quarters);
            if (line.Kind != LineKind.Prose) continue;
            string text = line.Text;
            fiscal ??= FiscalCalendar.Find(text);
            bool continues = previous is { } prior && prior.Number + 1 == line.Number && !Narrative.Sentence.EndsSentence(prior.Text);
            lead = continues ? SentenceTail(lead + " " + previous!.Text) : string.Empty;
            QuarterMention.AddAll(text, quarters, lead);
            previous = line;
            foreach (var date in DateMention.FindAll(text))
            {
                if (date.Date is not { } d) continue;
                // "for the quarter, which ended September 30, 2031": the relative clause names the period's end all the same.
                string before = Before(text, date.Offset);
                if (reported is null && before.Contains("ended", StringComparison.OrdinalIgnoreCase) && DurationLength.Find(before) is { } length && !NamesOtherReport(before))
                {
                    reported = (length, d);
                    reportedOrdinal = OrdinalQuarterBefore(before);
                    quarterAndYear = length.Months == 12 && NamesAQuarterToo(before);
                }
                bool ended = EndedBefore.IsMatch(before);
                if (ended && !statedEnds.Contains(d)) statedEnds.Add(d);
                // "the fourteen weeks ended January 3, 2032": the length of a period ending that day, counted in weeks.
                if (ended && DurationLength.FindAll(before) is { Count: > 0 } lengths && lengths[^1].Weeks > 0 && !statedLengths.Contains((d, lengths[^1].Weeks)))
                {
                    statedLengths.Add((d, lengths[^1].Weeks));
                }
                if (AsOf.IsMatch(before) && !asOf.Contains(d)) asOf.Add(d);
            }
        }
        // A period the narrative reports on, or a fiscal year end it states, that ends on another day than a month's last
        // is one of a 52/53-week calendar: its lengths in months are counted in weeks.
        bool inWeeks = reported is { } r && (r.Length.Weeks > 0 || !PeriodDating.IsMonthEnd(r.End))
            || fiscal is { } f && (f.EndDay < DateTime.DaysInMonth(2001, f.EndMonth) || f.EndWeekday is not null);
        var dating = new PeriodDating(inWeeks, [.. statedEnds.Order()]) { StatedLengths = statedLengths };
        Period? current = reported is { } rp ? rp.Length.Ending(rp.End, dating) : null;
        bool stated = fiscal is not null;
        string undated = string.Empty;
        if (current is null)
        {
            // "Fourth Quarter 2031 Results" with "our fiscal year ends December 31": the quarter named, dated by the year end stated.
            (current, int ordinal, undated) = NamedQuarterPeriod.Decide(fiscal, quarters, statedEnds.Concat(asOf));
            if (current is not null) reportedOrdinal = ordinal;
        }
        // The first fiscal quarter the narrative names ends with the period it reports on: the year end follows.
        if (fiscal is null && quarters.FirstOrDefault(m => m.Fiscal) is { Quarter: > 0 } named && current is { } c)
        {
            fiscal = FiscalCalendar.EndingQuarter(named.Quarter, c.End);
            stated = true;
        }
        var calendar = fiscal ?? FiscalCalendar.Calendar;
        return new DocumentCalendar(calendar, stated, current, asOf, quarters)
        {
            Dating = dating,
            ReportedLength = reported?.Length,
            NamedByStartYear = NamesByStartYear(calendar, current, quarters),
            ReportedOrdinal = reportedOrdinal,
            ReportsQuarterAndYear = quarterAndYear,
            Undated = undated,
        };
    }

    /// <summary>
    /// When the document names no period it reports on to the day, what it leaves unsaid for one to be decided ("only the
    /// fourth quarter of 2031 without a fiscal year end that dates it"); empty when <see cref="CurrentDuration"/> is decided.
    /// </summary>
    public string Undated { get; init; } = string.Empty;

    /// <summary>
    /// The 40 characters before a date, a relative clause's "which ended" read as "ended", a fiscal year named by its
    /// number ("Fiscal 2031 ended") as "fiscal year ended" and a quarter named with its year ("the third quarter of fiscal
    /// 2031 ended") as "quarter ended".
    /// </summary>
    private static string Before(string text, int dateOffset)
    {
        const int Width = 40;
        string before = text[Math.Max(0, dateOffset - Width - 20)..dateOffset];
        if (before.Contains("ended", StringComparison.OrdinalIgnoreCase))
        {
            if (NamedYearEnded.Match(before) is { Success: true } year && !FiscalCalendar.PartOfAnotherPeriod(before, year.Index))
            {
                before = string.Concat(before.AsSpan(0, year.Index), "fiscal year ended", before.AsSpan(year.Index + year.Length));
            }
            before = WhichEnded.Replace(before, " ended ");
            before = QuarterOfYearEnded.Replace(before, "quarter ended");
        }
        return before.Length > Width ? before[^Width..] : before;
    }

    /// <summary>The words after the last full stop of <paramref name="text"/>, at most its last 400 characters.</summary>
    private static string SentenceTail(string text)
    {
        const int Width = 400;
        int start = Math.Max(text.LastIndexOf(". ", StringComparison.Ordinal) + 1, text.Length - Width);
        return start > 0 ? text[start..] : text;
    }

    /// <summary>"the fourth quarter and full year ended", "three and twelve months ended": a quarter named beside the year.</summary>
    private static bool NamesAQuarterToo(string before) =>
        before.Contains("quarter", StringComparison.OrdinalIgnoreCase) || DurationLength.FindAll(before).Count > 1
        || QuarterLengths.Any(w => before.Contains(w, StringComparison.OrdinalIgnoreCase));

    private static readonly string[] QuarterLengths = ["three and", "thirteen and", "3 and", "13 and", "three-and", "three- and"];

    /// <summary>
    /// True when the sentence stating the reported period names the quarter and the year ending that day ("results for the
    /// fourth quarter and full year ended December 31, 2022"): <see cref="CurrentDuration"/> is the year, but an amount
    /// prose states without its period may be either.
    /// </summary>
    public bool ReportsQuarterAndYear { get; init; }

    /// <summary>When <see cref="ReportsQuarterAndYear"/>, the quarter (three months) ending with <see cref="CurrentDuration"/>; otherwise null.</summary>
    public Period? ReportedQuarter => ReportsQuarterAndYear && CurrentDuration is { } year ? new DurationLength(3, 0).Ending(year.End, Dating) : null;

    /// <summary>The ordinal of "third quarter ended" at the end of <paramref name="before"/> (1–4), or 0.</summary>
    private static int OrdinalQuarterBefore(string before)
    {
        int at = before.LastIndexOf(" quarter", StringComparison.OrdinalIgnoreCase);
        if (at < 0 || !before.AsSpan(at + " quarter".Length).Trim().StartsWith("ended", StringComparison.OrdinalIgnoreCase)) return 0;
        int start = at;
        while (start > 0 && char.IsAsciiLetter(before[start - 1])) start--;
        return Ordinal(before[start..at]);
    }

    /// <summary>The ordinal of the quarter the sentence stating the reported period names ("the third quarter ended September 30"), or 0.</summary>
    public int ReportedOrdinal { get; init; }

    /// <summary>Whether a short line announces results or earnings: a release's headline, not a table's column heading.</summary>
    private static bool NamesResults(string text) =>
        text.Contains("results", StringComparison.OrdinalIgnoreCase) || text.Contains("earnings", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// True when the document names a fiscal year spanning two calendar years by the year it begins in: a fiscal quarter
    /// it names ("third quarter of fiscal 2024") is the quarter its reported period is only when read that way (the
    /// quarter ended November 2, 2024 of a year ending in February 2025). The first fiscal quarter named that can be read
    /// either way against the reported period decides; without one, years are named by the year they end in.
    /// </summary>
    private static bool NamesByStartYear(FiscalCalendar fiscal, Period? current, List<QuarterMention> quarters)
    {
        if (current is not { } c || fiscal.EndMonth == 12 && fiscal.EndDay == 31) return false;
        const int Week = 7;
        foreach (var mention in quarters)
        {
            if (!mention.Fiscal || mention.Comparative) continue;
            if (Math.Abs(fiscal.Quarter(mention.Year, mention.Quarter).End.DayNumber - c.End.DayNumber) <= Week) return false;
            if (Math.Abs(fiscal.Quarter(mention.Year + 1, mention.Quarter).End.DayNumber - c.End.DayNumber) <= Week) return true;
        }
        return false;
    }

    /// <summary>True when the document names fiscal years by the calendar year they begin in (see <see cref="Build"/>).</summary>
    public bool NamedByStartYear { get; init; }

    /// <summary>Quarter <paramref name="quarter"/> (or the first quarters, <paramref name="cumulative"/>) of the fiscal year the document calls <paramref name="namedYear"/>.</summary>
    /// <remarks>
    /// In a 52/53-week calendar the quarters are 13 weeks from the day after the prior fiscal year end (the one the
    /// document states within a week of the calendar's, else the calendar's), the last ending with the year; a period end
    /// the document states within a week of the quarter's decides its end, and <see cref="PeriodDating"/> its start.
    /// </remarks>
    public Period FiscalQuarter(int namedYear, int quarter, bool cumulative)
    {
        int fiscalYear = NamedByStartYear ? namedYear + 1 : namedYear;
        if (!Dating.InWeeks) return Fiscal.Quarter(fiscalYear, quarter, cumulative);
        // "The fiscal year ends on the last Saturday of June": the rule dates the year, and the quarters of a 52-week year.
        if (Fiscal.EndWeekday is not null && Fiscal.WeekdayQuarter(fiscalYear, quarter, cumulative) is { } byRule) return byRule;
        var yearEnd = Fiscal.YearEnd(fiscalYear);
        var statedPriorEnd = Dating.Stated(Fiscal.YearEnd(fiscalYear - 1), DateOnly.MaxValue);
        var priorEnd = statedPriorEnd ?? Fiscal.YearEnd(fiscalYear - 1);
        var nominal = quarter == 4 ? Dating.Stated(yearEnd, DateOnly.MaxValue) ?? yearEnd : priorEnd.AddDays(7 * PeriodDating.WeeksOf(3 * quarter));
        if (statedPriorEnd is null && CurrentDuration is { Days: >= 84 and <= 98 } reported && Fiscal.QuarterNear(reported.End, 7) is { } at)
        {
            // Counted from the quarter the narrative reports on, 13 weeks a quarter and 52 a year (a 53rd week between them is not known).
            nominal = reported.End.AddDays(7 * (13 * (quarter - at.Quarter) + 52 * (fiscalYear - at.Year)));
        }
        var end = Dating.Stated(nominal, DateOnly.MaxValue) ?? nominal;
        return Dating.Ending(end, cumulative ? 3 * quarter : 3);
    }

    /// <summary>
    /// True when the document dates <paramref name="period"/> to the day: a calendar of months does; a 52/53-week calendar
    /// only when the period ends on a day the document states a period ends (a table column, the narrative's period).
    /// </summary>
    public bool Dates(Period period) =>
        !Dating.InWeeks || period.End == CurrentDuration?.End || Dating.StatedEnds.Contains(period.End) || DatedByRule(period);

    /// <summary>True when the year-end rule ("the last Saturday of June") dates <paramref name="period"/>: it is a fiscal year, or a quarter of a 52-week year, by the rule.</summary>
    private bool DatedByRule(Period period)
    {
        if (Fiscal.EndWeekday is null || period.Start is null) return false;
        int year = Fiscal.FiscalYearOf(period.End);
        for (int q = 1; q <= 4; q++)
        {
            if (Fiscal.WeekdayQuarter(year, q, false) == period || q == 4 && Fiscal.WeekdayQuarter(year, 4, true) == period) return true;
        }
        return false;
    }

    /// <summary>
    /// The same period one year earlier (the usual comparative). In a 52/53-week calendar it ends 52 weeks earlier, or on
    /// the period end the document states within a week of that day.
    /// </summary>
    public Period YearBefore(Period period)
    {
        if (!Dating.InWeeks) return PriorYear(period);
        var nominal = period.End.AddDays(-52 * 7);
        var end = Dating.Stated(nominal, period.End) ?? nominal;
        if (period.Start is not { } start) return Period.Instant(end);
        int months = (int)Math.Round(period.Days / 30.44);
        return PeriodDating.WeeksOf(months) > 0 ? Dating.Ending(end, months) : Period.Duration(start.AddDays(-52 * 7), end);
    }

    /// <summary>The fiscal quarter (1–4) ending within a week of <paramref name="end"/>, by the name of that year or the next; null when none does.</summary>
    public int? QuarterEndingNear(DateOnly end)
    {
        for (int q = 1; q <= 4; q++)
        {
            foreach (int year in (ReadOnlySpan<int>)[end.Year, end.Year + 1])
            {
                if (Math.Abs(FiscalQuarter(year, q, false).End.DayNumber - end.DayNumber) <= 7) return q;
            }
        }
        return null;
    }

    private static readonly string[] OtherReports = ["form 10-k", "form 10k", "form 10-q", "form 10q", "annual report", "quarterly report"];

    /// <summary>
    /// "… discussed in the Annual Report on Form 10-K for the year ended December 31, 2003": the period of another report
    /// (cited in forward-looking boilerplate), not the one this document reports on.
    /// </summary>
    private static bool NamesOtherReport(string before) => OtherReports.Any(r => before.Contains(r, StringComparison.OrdinalIgnoreCase));

    /// <summary>The same period one year earlier (the usual comparative).</summary>
    public static Period PriorYear(Period period) =>
        period.Start is { } s ? Period.Duration(s.AddYears(-1), YearsEarlier(period.End, 1)) : Period.Instant(YearsEarlier(period.End, 1));

    /// <summary>The same day <paramref name="years"/> years earlier, the last of its month when <paramref name="end"/> is.</summary>
    internal static DateOnly YearsEarlier(DateOnly end, int years)
    {
        var prior = end.AddYears(-years);
        bool monthEnd = end.Day == DateTime.DaysInMonth(end.Year, end.Month);
        return monthEnd ? new DateOnly(prior.Year, prior.Month, DateTime.DaysInMonth(prior.Year, prior.Month)) : prior;
    }

    internal static int Ordinal(string word) => word.ToLowerInvariant() switch
    {
        "first" => 1, "second" => 2, "third" => 3, "fourth" => 4, _ => 0,
    };
}
