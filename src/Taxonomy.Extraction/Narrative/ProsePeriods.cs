using System.Globalization;
using System.Text.RegularExpressions;
using Taxonomy.Extraction.Periods;

namespace Taxonomy.Extraction.Narrative;

/// <summary>
/// Resolves the period phrases of prose: "for the three-month period ended September 30, 2008", "first quarter of
/// fiscal 2009", "first three months of fiscal 2009", "same period last year", "the year-ago quarter", "as of June 30, 2008".
/// </summary>
internal static partial class ProsePeriods
{
    [GeneratedRegex(
        PeriodPhrases.OrdinalQuarter + "(?:" + PeriodPhrases.FiscalYear + @")(\d{4})|\bfirst\s+(three|six|nine|twelve)\s+months\s+of\s+(?:" + PeriodPhrases.FiscalYear + @")(\d{4})",
        Patterns.TimedIgnoreCase | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex FiscalPart { get; }

    [GeneratedRegex(
        @"same\s+(?:period|quarter|three[\s-]month\s+period)\s+(?:of\s+|in\s+)?(?:last|the\s+prior|the\s+previous|prior)\s+(?:year|fiscal\s+year)|same\s+(?:period|quarter)\s+last\s+year|prior[\s-]year\s+(?:period|quarter)|year[\s-](?:ago|earlier)\s+(?:period|quarter)|\ba\s+year\s+(?:ago|earlier)\b",
        Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex PriorYear { get; }

    // "the first nine months of 2024", "the first half of 2024": the year to date named without "fiscal".
    [GeneratedRegex(
        @"\bfirst\s+(?:(?:three|six|nine|twelve)\s+months|half)\s+of\s+[0-9]{4}\b",
        Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex FirstMonths { get; }

    // "the first nine months" without its year: the year to date when the reported quarter is as many quarters into the year.
    [GeneratedRegex(@"\bfirst\s+(?:three|six|nine)\s+months\b", Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex FirstMonthsAlone { get; }

    // "year to date", "year-to-date", "YTD": the fiscal year to the end of the period the document reports on.
    [GeneratedRegex(@"\byear[\s-]+to[\s-]+date\b|\bytd\b", Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex YearToDate { get; }

    // "the same period in 2024", "the same quarter of fiscal 2024": the primary period in the year named.
    [GeneratedRegex(
        @"same\s+(?:period|quarter|three[\s-]month\s+period)\s+(?:of|in)\s+(?:fiscal\s+)?[0-9]{4}\b",
        Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex SamePeriodOfYear { get; }

    // "fiscal 2031", "fiscal year 2031": a fiscal year named by its number.
    [GeneratedRegex(@"\bfiscal\s+(?:year\s+)?[0-9]{4}\b", Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex FiscalYearNumber { get; }

    // Words beside "fiscal 2031" that make it the year of a part ("the first quarter of fiscal 2031", "fiscal 2031 first-half", "year-to-date fiscal 2031").
    private static readonly string[] PartWords = ["quarter", "half", "months", "weeks", "to date", "to-date", "ytd", "q1", "q2", "q3", "q4"];

    /// <summary>The period phrases of one segment, found once and read by Duration and Instant for each amount in it.</summary>
    internal sealed class Mentions
    {
        public Mentions(string segment)
        {
            Segment = segment;
            // Each pattern runs only where its keywords occur: every fiscal part names "fiscal", every prior-year phrase "same", "prior", "ago" or "earlier".
            if (Patterns.MayContain(segment, "fiscal"))
            {
                foreach (var m in FiscalPart.EnumerateMatches(segment))
                {
                    if (ReadFiscalPart(segment.AsSpan(m.Index, m.Length)) is { } part) FiscalParts.Add(part with { Index = m.Index });
                }
                foreach (var m in FiscalYearNumber.EnumerateMatches(segment))
                {
                    if (!NamesWholeYear(segment, m.Index, m.Length)) continue;
                    FiscalYears.Add((m.Index, int.Parse(segment.AsSpan(m.Index + m.Length - 4, 4), NumberStyles.None, CultureInfo.InvariantCulture)));
                }
            }
            if (Patterns.MayContain(segment, "first"))
            {
                foreach (var m in FirstMonths.EnumerateMatches(segment))
                {
                    var words = segment.AsSpan(m.Index, m.Length);
                    int year = int.Parse(words[^4..], NumberStyles.None, CultureInfo.InvariantCulture);
                    YearParts.Add(new FiscalPartMention(m.Index, MonthsNamed(words) / 3, year, true));
                }
                foreach (var m in FirstMonthsAlone.EnumerateMatches(segment))
                {
                    // "the first nine months of 2024", "… of fiscal 2024" are read above with their year.
                    if (segment.AsSpan(m.Index + m.Length).TrimStart().StartsWith("of ", StringComparison.OrdinalIgnoreCase)) continue;
                    MonthsToDate.Add((m.Index, MonthsNamed(segment.AsSpan(m.Index, m.Length))));
                }
            }
            if (Patterns.MayContainAny(segment, "date", "ytd"))
            {
                foreach (var m in YearToDate.EnumerateMatches(segment)) ToDate.Add(m.Index);
            }
            Dates = DateMention.FindAll(segment);
            if (Patterns.MayContainAny(segment, "same", "prior", "ago", "earlier"))
            {
                foreach (var m in PriorYear.EnumerateMatches(segment)) PriorYears.Add(m.Index);
            }
            if (Patterns.MayContain(segment, "same"))
            {
                foreach (var m in SamePeriodOfYear.EnumerateMatches(segment))
                {
                    SamePeriodYears.Add((m.Index, int.Parse(segment.AsSpan(m.Index + m.Length - 4, 4), NumberStyles.None, CultureInfo.InvariantCulture)));
                }
            }
        }

        public string Segment { get; }
        public List<FiscalPartMention> FiscalParts { get; } = [];

        /// <summary>"fiscal 2031" named as a whole year: where, and the year's number.</summary>
        public List<(int Index, int Year)> FiscalYears { get; } = [];

        /// <summary>
        /// True when "fiscal 2031" at <paramref name="index"/> names the whole year: not after "of" ("the first quarter of
        /// fiscal 2031") and with no words of a part of it (a quarter, half, months, year to date) in the 24 characters on either side.
        /// </summary>
        private static bool NamesWholeYear(string segment, int index, int length)
        {
            if (FiscalCalendar.PartOfAnotherPeriod(segment, index)) return false;
            var around = segment.AsSpan(Math.Max(0, index - 24), Math.Min(segment.Length, index + length + 24) - Math.Max(0, index - 24));
            foreach (string word in PartWords)
            {
                if (around.Contains(word, StringComparison.OrdinalIgnoreCase)) return false;
            }
            return true;
        }

        /// <summary>The months "the first … months" or "the first half" names: three, six, nine, or else twelve.</summary>
        private static int MonthsNamed(ReadOnlySpan<char> words) =>
            words.Contains("half", StringComparison.OrdinalIgnoreCase) ? 6 : words.Contains("three", StringComparison.OrdinalIgnoreCase) ? 3
            : words.Contains("six", StringComparison.OrdinalIgnoreCase) ? 6 : words.Contains("nine", StringComparison.OrdinalIgnoreCase) ? 9 : 12;

        /// <summary>"the first nine months of 2024": a year to date of the year named, without saying "fiscal".</summary>
        public List<FiscalPartMention> YearParts { get; } = [];

        /// <summary>"the first nine months" without its year: where, and how many months.</summary>
        public List<(int Index, int Months)> MonthsToDate { get; } = [];

        /// <summary>Where "year to date" is said.</summary>
        public List<int> ToDate { get; } = [];
        public List<DateMention> Dates { get; }
        public List<int> PriorYears { get; } = [];
        public List<(int Index, int Year)> SamePeriodYears { get; } = [];
    }

    /// <summary>"third quarter of fiscal 2009" (<paramref name="Quarters"/> 3) or "first nine months of fiscal 2009" (3, cumulative).</summary>
    internal readonly record struct FiscalPartMention(int Index, int Quarters, int Year, bool Cumulative)
    {
        /// <summary>Whether the words say "fiscal": a fiscal year's quarter, dated only by a fiscal year end the document states.</summary>
        public bool Fiscal { get; init; }
    }

    /// <summary>
    /// The parts of a <see cref="FiscalPart"/> match, read from its words (the pattern captures nothing: NonBacktracking
    /// pays a second pass per match for groups): "ORDINAL quarter … YEAR" or "first N months … YEAR". Null when the year
    /// is not four ASCII digits (<c>\d</c> also matches other scripts' digits) or the ordinal names no quarter.
    /// </summary>
    internal static FiscalPartMention? ReadFiscalPart(ReadOnlySpan<char> match)
    {
        // The pattern's words are separated by \s+ (char.IsWhiteSpace): at most seven of them.
        Span<Range> words = stackalloc Range[8];
        int count = 0;
        for (int i = 0; i < match.Length && count < words.Length;)
        {
            while (i < match.Length && char.IsWhiteSpace(match[i])) i++;
            int start = i;
            while (i < match.Length && !char.IsWhiteSpace(match[i])) i++;
            if (i > start) words[count++] = start..i;
        }
        if (count < 4 || !int.TryParse(match[words[count - 1]], NumberStyles.None, CultureInfo.InvariantCulture, out int year)) return null;
        bool fiscal = false;
        for (int w = 0; w < count; w++) fiscal |= match[words[w]].Equals("fiscal", StringComparison.OrdinalIgnoreCase);
        var second = match[words[1]];
        if (second.Equals("quarter", StringComparison.OrdinalIgnoreCase))
        {
            int q = DocumentCalendar.Ordinal(match[words[0]].ToString());
            return q > 0 ? new FiscalPartMention(0, q, year, false) { Fiscal = fiscal } : null;
        }
        int months = second.Equals("three", StringComparison.OrdinalIgnoreCase) ? 3 : second.Equals("six", StringComparison.OrdinalIgnoreCase) ? 6
            : second.Equals("nine", StringComparison.OrdinalIgnoreCase) ? 9 : 12;
        return new FiscalPartMention(0, months / 3, year, true) { Fiscal = fiscal };
    }

    /// <summary>The duration the segment's period phrases name, nearest to <paramref name="near"/>; null when they name none.</summary>
    public static Period? Duration(Mentions mentions, int near, DocumentCalendar calendar, Period? primary) =>
        Duration(mentions, near, calendar, primary, out _, out _);

    /// <summary>
    /// As above; <paramref name="relativeToPrimary"/> tells whether the phrase found names the period only relative to
    /// <paramref name="primary"/> ("same period last year"); <paramref name="undated"/> whether it names a year to date
    /// ("year to date", "the first nine months of 2024") of a fiscal year the document does not state: then the period is
    /// the calendar's guess, which only a table's period may confirm.
    /// </summary>
    public static Period? Duration(Mentions mentions, int near, DocumentCalendar calendar, Period? primary, out bool relativeToPrimary, out bool undated) =>
        Duration(mentions, near, calendar, primary, out relativeToPrimary, out undated, out _);

    /// <summary>As above; <paramref name="toDate"/> tells whether the phrase found is a year to date's ("year to date", "the first nine months of 2024").</summary>
    public static Period? Duration(Mentions mentions, int near, DocumentCalendar calendar, Period? primary, out bool relativeToPrimary, out bool undated, out bool toDate)
    {
        relativeToPrimary = false;
        undated = false;
        toDate = false;
        string segment = mentions.Segment;
        var candidates = new List<(int Position, Period Period, bool Relative, bool Undated)>();
        foreach (var part in mentions.FiscalParts)
        {
            // "the first quarter of fiscal 2032" where no fiscal year end is stated: the calendar's guess of its dates, which
            // only a table's period may confirm.
            candidates.Add((part.Index, calendar.FiscalQuarter(part.Year, part.Quarters, part.Cumulative), false, part.Fiscal && !calendar.FiscalStated));
        }
        foreach (var (index, year) in mentions.FiscalYears)
        {
            // "Revenue for fiscal 2031 was $164.0 million": the fiscal year, dated when the document states its year end.
            candidates.Add((index, calendar.FiscalQuarter(year, 4, true), false, !calendar.FiscalStated));
        }
        foreach (var part in mentions.YearParts)
        {
            if (!SameClause(segment, part.Index, near)) continue;
            candidates.Add((part.Index, calendar.FiscalQuarter(part.Year, part.Quarters, true), false, !calendar.FiscalStated));
        }
        if (calendar.CurrentDuration is { } reported && ReportedYearToDate(calendar, reported) is var (yearToDate, yearToDateUndated))
        {
            foreach (int index in mentions.ToDate)
            {
                if (SameClause(segment, index, near)) candidates.Add((index, yearToDate, false, yearToDateUndated));
            }
            // "the first nine months" is the year to date only when that lasts nine months: another length is not guessed.
            foreach (var (index, months) in mentions.MonthsToDate)
            {
                if (SameClause(segment, index, near) && (int)Math.Round(yearToDate.Days / 30.44) == months) candidates.Add((index, yearToDate, false, yearToDateUndated));
            }
        }
        foreach (var date in mentions.Dates)
        {
            if (date.Date is not { } d) continue;
            string before = segment[Math.Max(0, date.Offset - 40)..date.Offset];
            if (before.Contains("ended", StringComparison.OrdinalIgnoreCase) && DurationLength.Find(before) is { } length)
            {
                candidates.Add((date.Offset, length.Ending(d, calendar.Dating), false, false));
            }
        }
        if (primary is { } p)
        {
            foreach (int index in mentions.PriorYears) candidates.Add((index, calendar.YearBefore(p), true, false));
            // Read only when the year named is the year before the one the primary period ends in: the prior-year
            // comparative. Any other year (two years back, a fiscal year named by its end) is not guessed.
            foreach (var (index, year) in mentions.SamePeriodYears)
            {
                if (year == p.End.Year - 1) candidates.Add((index, calendar.YearBefore(p), true, false));
            }
        }
        // "$204.0 million, up $13.0 million from a year ago": a period named after "from" is the base the amount is
        // compared with, not the amount's own period (an amount after the "from" is the base itself).
        candidates.RemoveAll(c => c.Position > near && near >= 0 && ChangeBaseBetween(segment, near, c.Position));
        // "Revenue for the fourth quarter of fiscal 2033 was $61.0 million and revenue for fiscal 2033 was $230.5 million":
        // when a period is named in front of the amount, one named after "and" and a word, in front of another amount, is that amount's.
        if (near >= 0 && candidates.Any(c => c.Position <= near))
        {
            candidates.RemoveAll(c => c.Position > near && NextStatementBetween(segment, near, c.Position));
        }
        if (candidates.Count == 0) return null;
        var nearest = candidates.OrderBy(c => Math.Abs(c.Position - near)).First();
        relativeToPrimary = nearest.Relative;
        undated = nearest.Undated;
        toDate = mentions.YearParts.Any(p => p.Index == nearest.Position) || mentions.ToDate.Contains(nearest.Position) || mentions.MonthsToDate.Any(m => m.Index == nearest.Position);
        return nearest.Period;
    }

    /// <summary>
    /// The year to date at the end of the reported period, and whether it is only the calendar's guess. At the end of a
    /// quarter the document calls by its ordinal ("the third quarter ended September 30") the year to date is that many
    /// quarters ending there (nine months), whatever the fiscal year end. A guess that comes out as the reported quarter is null: without a stated fiscal year the
    /// quarter ended March 31 may as well be a third quarter, and a year to date read as the quarter would be dated as
    /// that quarter's amount.
    /// </summary>
    private static (Period Period, bool Undated)? ReportedYearToDate(DocumentCalendar calendar, Period reported)
    {
        const int Quarter = 100;
        if (!calendar.FiscalStated && calendar.ReportedOrdinal is > 0 and var ordinal && reported.Days < Quarter)
        {
            return (ordinal == 1 ? reported : new DurationLength(3 * ordinal, 0).Ending(reported.End, calendar.Dating), false);
        }
        var yearToDate = new PeriodGroups.GroupLength(null, true).Ending(reported.End, calendar);
        if (!calendar.FiscalStated && yearToDate.Days < Quarter) return null;
        return (yearToDate, !calendar.FiscalStated);
    }

    private static readonly string[] ClauseBreaks = [", and ", "; ", " while ", " whereas ", "$"];

    /// <summary>
    /// True when no clause break and no other amount stands between a year-to-date phrase at <paramref name="phrase"/> and the
    /// amount at <paramref name="amount"/>: "revenue was $45.3 million, and year-to-date revenue was $130.0 million" names
    /// the year to date for the second amount only.
    /// </summary>
    private static bool SameClause(string segment, int phrase, int amount)
    {
        if (amount < 0) return true;
        int from = Math.Min(phrase, amount) + 1, to = Math.Max(phrase, amount);
        if (to > segment.Length) return false;
        var between = segment.AsSpan(from, to - from);
        foreach (string clauseBreak in ClauseBreaks)
        {
            if (between.Contains(clauseBreak, StringComparison.Ordinal)) return false;
        }
        return true;
    }

    /// <summary>True when " and " and a word stand between <paramref name="from"/> and <paramref name="to"/>, and an amount follows <paramref name="to"/>.</summary>
    private static bool NextStatementBetween(string segment, int from, int to)
    {
        if (to >= segment.Length || segment.IndexOf('$', to) < 0) return false;
        var between = segment.AsSpan(from, to - from);
        for (int at = between.IndexOf(" and ", StringComparison.Ordinal); at >= 0; at = IndexAfter(between, at + 1))
        {
            if (at + 5 < between.Length && char.IsLetter(between[at + 5])) return true;
        }
        return false;
    }

    private static int IndexAfter(ReadOnlySpan<char> text, int start)
    {
        int next = text[start..].IndexOf(" and ", StringComparison.Ordinal);
        return next < 0 ? -1 : start + next;
    }

    private static bool ChangeBaseBetween(string segment, int from, int to) =>
        to <= segment.Length && segment.AsSpan(from, to - from).Contains(" from ", StringComparison.OrdinalIgnoreCase);

    /// <summary>The instant an "as of DATE" / "at DATE" phrase of the segment names, nearest to <paramref name="near"/>.</summary>
    public static Period? Instant(Mentions mentions, int near)
    {
        string segment = mentions.Segment;
        Period? best = null;
        int distance = int.MaxValue;
        foreach (var date in mentions.Dates)
        {
            if (date.Date is not { } d) continue;
            string before = segment[Math.Max(0, date.Offset - 8)..date.Offset];
            if (!before.EndsWith("as of ", StringComparison.OrdinalIgnoreCase) && !before.EndsWith("at ", StringComparison.OrdinalIgnoreCase)) continue;
            if (Math.Abs(date.Offset - near) < distance)
            {
                distance = Math.Abs(date.Offset - near);
                best = Period.Instant(d);
            }
        }
        return best;
    }
}
