using System.Globalization;
using System.Text.RegularExpressions;
using Taxonomy.Extraction.Periods;

namespace Taxonomy.Extraction.Narrative;

/// <summary>
/// "Revenue was $52.1 million and $47.3 million for the third quarters of 2031 and 2030, respectively": a pair of amounts
/// whose periods the words after the second name in the same order. The pair is placed only when those words end the
/// sentence and name exactly two periods, each dated to the day: a length ended on a date of each year, a quarter of each
/// year, or each year when the document reports on a year. Otherwise the reader leaves the pair as it was.
/// </summary>
internal sealed partial class ProseReader
{
    // "… 2031 and 2030, respectively." closing the sentence: the two years, in order.
    [GeneratedRegex(@"\b(?:fiscal\s+)?(?<first>[0-9]{4})\s+and\s+(?:fiscal\s+)?(?<second>[0-9]{4}),?\s+respectively\W*$", Patterns.TimedIgnoreCase | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex TwoYearsRespectively { get; }

    // "for the third quarters of", "in the second quarter of fiscal": an ordinal quarter of each year.
    [GeneratedRegex(@"^(?:for|in|during)\s+the\s+(?<ordinal>first|second|third|fourth)\s+quarters?\s+of\s*$", Patterns.TimedIgnoreCase | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex QuartersOf { get; }

    // "in", "for fiscal", "for the fiscal years": each year.
    [GeneratedRegex(@"^(?:in|for|during)(?:\s+the)?(?:\s+fiscal)?(?:\s+years)?$", Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex YearsOf { get; }

    /// <summary>
    /// The periods of a pair "$X and $Y …, respectively" whose first amount is <paramref name="first"/>, in order; null
    /// unless the words after the second amount name two distinct periods the document dates to the day.
    /// </summary>
    private Period[]? PairPeriods(string text, DollarAmount first)
    {
        int from = first.Index + first.Length;
        var pattern = DollarAmount.For(text);
        foreach (var found in pattern.EnumerateMatches(text.AsSpan(), from))
        {
            var second = DollarAmount.Read(text, found.Index, found.Length);
            if (second.IsRange || second.InCents || !text.AsSpan(from, found.Index - from).Trim().Equals("and", StringComparison.Ordinal)) return null;
            string words = UpToSentenceEnd(text[(found.Index + found.Length)..]);
            var years = TwoYearsRespectively.Match(words);
            if (!years.Success) return null;
            int firstYear = int.Parse(years.Groups["first"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            int secondYear = int.Parse(years.Groups["second"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            if (firstYear == secondYear) return null;
            var periods = NamedPeriods(words[..years.Index].Trim(), words[..(years.Groups["first"].Index + 4)], [firstYear, secondYear]);
            return periods is [var a, var b] && a != b && _calendar.Dates(a) && _calendar.Dates(b) ? periods : null;
        }
        return null;
    }

    /// <summary>
    /// The periods <paramref name="lead"/> (the words before the years) names for each of <paramref name="years"/>, in order.
    /// <paramref name="throughFirstYear"/> is the text up to the end of the first year, where "ended September 30, 2031" is a date.
    /// </summary>
    private Period[]? NamedPeriods(string lead, string throughFirstYear, int[] years)
    {
        if (lead.Contains('$') || lead.Contains(';')) return null;
        // "for the three months ended September 30, 2031 and 2030": that length ending on that day of each year.
        var dates = DateMention.FindAll(throughFirstYear);
        if (dates.Count == 1 && dates[0] is { Date: { } end } date && date.Offset + date.Length == throughFirstYear.Length)
        {
            string before = throughFirstYear[..date.Offset];
            if (!before.TrimStart().StartsWith("for the ", StringComparison.OrdinalIgnoreCase) || !before.TrimEnd().EndsWith("ended", StringComparison.OrdinalIgnoreCase)
                || DurationLength.Find(before) is not { } length || end.Month == 2 && end.Day == 29) return null;
            return years.Select(y => length.Ending(new DateOnly(y, end.Month, end.Day), _calendar.Dating)).ToArray();
        }
        if (dates.Count > 0) return null;
        // A quarter or a year of each is placed only when one of them is the period the document reports on, as it names it.
        if (QuartersOf.Match(lead) is { Success: true } quarter)
        {
            int ordinal = DocumentCalendar.Ordinal(quarter.Groups["ordinal"].Value);
            var quarters = years.Select(y => _calendar.FiscalQuarter(y, ordinal, false)).ToArray();
            return (_calendar.ReportedQuarter ?? _calendar.CurrentDuration) is { } reported && quarters.Contains(reported) ? quarters : null;
        }
        if (YearsOf.IsMatch(lead))
        {
            var fiscalYears = years.Select(y => _calendar.FiscalQuarter(y, 4, true)).ToArray();
            return _calendar.CurrentDuration is { Days: >= 350 } reported && fiscalYears.Contains(reported) ? fiscalYears : null;
        }
        return null;
    }
}
