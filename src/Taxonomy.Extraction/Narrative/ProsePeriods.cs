using System.Globalization;
using System.Text.RegularExpressions;
using Taxonomy.Extraction.Periods;

namespace Taxonomy.Extraction.Narrative;

/// <summary>
/// Resolves the period phrases of prose: "for the three-month period ended September 30, 2008", "first quarter of
/// fiscal 2009", "first three months of fiscal 2009", "same period last year", "as of June 30, 2008".
/// </summary>
internal static class ProsePeriods
{
    private static readonly Regex FiscalPart = new(
        PeriodPhrases.OrdinalQuarter + "(?:" + PeriodPhrases.FiscalYear + @")(\d{4})|\bfirst\s+(three|six|nine|twelve)\s+months\s+of\s+(?:" + PeriodPhrases.FiscalYear + @")(\d{4})",
        Patterns.NonBacktrackingIgnoreCase);

    private static readonly Regex PriorYear = new(
        @"same\s+(?:period|quarter|three[\s-]month\s+period)\s+(?:of\s+|in\s+)?(?:last|the\s+prior|the\s+previous|prior)\s+(?:year|fiscal\s+year)|same\s+(?:period|quarter)\s+last\s+year|prior[\s-]year\s+(?:period|quarter)",
        Patterns.NonBacktrackingIgnoreCase);

    /// <summary>The period phrases of one segment, found once and read by Duration and Instant for each amount in it.</summary>
    internal sealed class Mentions
    {
        public Mentions(string segment)
        {
            Segment = segment;
            FiscalParts = FiscalPart.Matches(segment).ToList();
            Dates = DateMention.FindAll(segment);
            PriorYears = PriorYear.Matches(segment).ToList();
        }

        public string Segment { get; }
        public List<Match> FiscalParts { get; }
        public List<DateMention> Dates { get; }
        public List<Match> PriorYears { get; }
    }

    /// <summary>The duration the segment's period phrases name, nearest to <paramref name="near"/>; null when they name none.</summary>
    public static Period? Duration(Mentions mentions, int near, DocumentCalendar calendar, Period? primary) =>
        Duration(mentions, near, calendar, primary, out _);

    /// <summary>As above; <paramref name="relativeToPrimary"/> tells whether the phrase found names the period only relative to <paramref name="primary"/> ("same period last year").</summary>
    public static Period? Duration(Mentions mentions, int near, DocumentCalendar calendar, Period? primary, out bool relativeToPrimary)
    {
        relativeToPrimary = false;
        string segment = mentions.Segment;
        var candidates = new List<(int Position, Period Period, bool Relative)>();
        foreach (Match m in mentions.FiscalParts)
        {
            if (m.Groups[1].Success)
            {
                int q = DocumentCalendar.Ordinal(m.Groups[1].Value);
                int year = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
                if (q > 0) candidates.Add((m.Index, calendar.Fiscal.Quarter(year, q), false));
            }
            else
            {
                int months = m.Groups[3].Value.ToLowerInvariant() switch { "three" => 3, "six" => 6, "nine" => 9, _ => 12 };
                int year = int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture);
                candidates.Add((m.Index, calendar.Fiscal.Quarter(year, months / 3, cumulative: true), false));
            }
        }
        foreach (var date in mentions.Dates)
        {
            if (date.Date is not { } d) continue;
            string before = segment[Math.Max(0, date.Offset - 40)..date.Offset];
            if (before.Contains("ended", StringComparison.OrdinalIgnoreCase) && DurationLength.Find(before) is { } length)
            {
                candidates.Add((date.Offset, length.Ending(d), false));
            }
        }
        if (primary is { } p)
        {
            foreach (Match m in mentions.PriorYears) candidates.Add((m.Index, DocumentCalendar.PriorYear(p), true));
        }
        if (candidates.Count == 0) return null;
        var nearest = candidates.OrderBy(c => Math.Abs(c.Position - near)).First();
        relativeToPrimary = nearest.Relative;
        return nearest.Period;
    }

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
