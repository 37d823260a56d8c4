using System.Globalization;
using System.Text.RegularExpressions;
using Taxonomy.Extraction.Tables;

namespace Taxonomy.Extraction.Periods;

/// <summary>
/// The periods a statement's title lines state ("Six Month Periods Ended June 30, 2025 and 2024", "Year Ended
/// December 31, 2025 and Period from March 3, 2024 (Inception) to December 31, 2024") when the column header prints
/// only the years: each column takes the one stated period ending in its year.
/// </summary>
internal static partial class TitlePeriods
{
    [GeneratedRegex(
        @"\bperiod\s+from\s+(?<from>" + PeriodPhrases.MonthDayYear + @")(?:\s*\([^)]*\))?\s+(?:to|through)\s+(?<to>" + PeriodPhrases.MonthDayYear + ")",
        Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex FromTo { get; }

    [GeneratedRegex(
        @"\b(?:periods?\s+|quarters?\s+)?(?:ended|ending)\s+(?<date>" + PeriodPhrases.MonthDayYear + ")",
        Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex Ended { get; }

    // One more year listed after the date ("June 30, 2025 and 2024", ", 2023, and 2022"): matched where the last one
    // ends, once per year, so no pattern repeats a group.
    [GeneratedRegex(@"\G\s*(?:,|and|,\s*and)\s*\d{4}\b", Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex ListedYear { get; }

    [GeneratedRegex(@"\d{4}", Patterns.Timed, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex Year { get; }
    [GeneratedRegex(@"\s+", Patterns.Timed, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex Spaces { get; }

    /// <summary>The title text: the title line and the lines without values printed under it before the column header.</summary>
    public static string TitleText(StatementTable table)
    {
        var text = new System.Text.StringBuilder(table.Title.Text);
        int header = table.HeaderLines.Count > 0 ? table.HeaderLines.Min(l => l.Index) : int.MaxValue;
        foreach (var row in table.Rows)
        {
            if (row.Values.Count > 0 || row.Line.Index > header) break;
            text.Append(' ').Append(row.Line.Text.Trim());
        }
        return text.ToString();
    }

    /// <summary>Every period the title text states, in order; empty when it states none. Lengths in months are dated by <paramref name="dating"/> (calendar months by default).</summary>
    public static List<Period> Find(string title, PeriodDating? dating = null)
    {
        dating ??= PeriodDating.ByMonths;
        string text = Spaces.Replace(title, " ");
        var result = new List<Period>();
        // Each pattern runs only where its keyword occurs: most titles state no period.
        if (Patterns.MayContain(text, "period"))
        {
            foreach (Match m in FromTo.Matches(text))
            {
                if (DateOf(m.Groups["from"].Value) is { } from && DateOf(m.Groups["to"].Value) is { } to && from <= to) result.Add(Period.Duration(from, to));
            }
        }
        if (Patterns.MayContain(text, "end"))
        {
            foreach (var (m, next) in EndedPhrases(text))
            {
                string years = text[(m.Index + m.Length)..next];
                if (DateOf(m.Groups["date"].Value) is not { } end) continue;
                // The length named just before "ended" ("six month periods ended", "year ended").
                string before = text[Math.Max(0, m.Index - 30)..next];
                var lengths = DurationLength.FindAll(before);
                if (lengths.Count == 0) continue;
                var length = lengths[^1];
                result.Add(length.Ending(end, dating));
                foreach (Match y in Year.Matches(years))
                {
                    // \d takes any script's digits, and a year 0000 has no calendar: neither dates a column.
                    if (!int.TryParse(y.Value, NumberStyles.None, CultureInfo.InvariantCulture, out int year) || year < 1) continue;
                    if (end.Day <= DateTime.DaysInMonth(year, end.Month)) result.Add(length.Ending(new DateOnly(year, end.Month, end.Day), dating));
                }
            }
        }
        return result.Distinct().ToList();
    }

    /// <summary>
    /// Each "ended" phrase of <paramref name="text"/> in order (its group "date" the date), and where the phrase ends
    /// with the years listed after its date: the next phrase is looked for from there.
    /// </summary>
    internal static IEnumerable<(Match Phrase, int End)> EndedPhrases(string text)
    {
        int next = 0;
        for (var m = Ended.Match(text); m.Success; m = Ended.Match(text, next))
        {
            next = m.Index + m.Length;
            for (var y = ListedYear.Match(text, next); y.Success; y = ListedYear.Match(text, next)) next += y.Length;
            yield return (m, next);
        }
    }

    /// <summary>
    /// The period phrase a title states without a year ("Consolidated Statements of Operations (Year ended December 31)"),
    /// from its length to its month and day, and that month and day: over columns headed only by years, it dates them as a
    /// header line printing it would. For a statement of balances at a date (<paramref name="instant"/>) the month and day
    /// alone are the phrase ("Consolidated Balance Sheets (December 31)"). Null when the title names no such phrase, more
    /// than one day, or any date with a year.
    /// </summary>
    public static (string Phrase, DateMention End)? Yearless(string title, bool instant = false)
    {
        string text = Spaces.Replace(title, " ");
        if (!instant && !Patterns.MayContain(text, "end")) return null;
        var dates = DateMention.FindAll(text);
        if (dates.Count == 0 || dates.Any(d => d.Year is not null) || dates.Select(d => (d.Month, d.Day)).Distinct().Count() != 1) return null;
        var end = dates[0];
        if (instant) return (text.Substring(end.Offset, end.Length), end);
        string before = text[Math.Max(0, end.Offset - 30)..end.Offset];
        if (!EndedBefore.IsMatch(before) || DurationLength.FindAll(before).Count == 0) return null;
        return (before + text.Substring(end.Offset, end.Length), end);
    }

    [GeneratedRegex(@"\b(?:ended|ending)\s*$", Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex EndedBefore { get; }

    /// <summary>
    /// The period of each column whose header year names exactly one of the stated periods (by its end year); null for a
    /// column no stated period or more than one fits. Null altogether when the years do not line up with the columns.
    /// </summary>
    public static List<Period?>? ForColumns(IReadOnlyList<Period> stated, IReadOnlyList<int> years, int columns)
    {
        if (stated.Count == 0 || years.Count != columns) return null;
        return years.Select(y => stated.Where(p => p.End.Year == y).ToList() is { Count: 1 } only ? only[0] : (Period?)null).ToList();
    }

    private static DateOnly? DateOf(string text) => DateMention.FindAll(text).FirstOrDefault()?.Date;
}
