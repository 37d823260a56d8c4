using System.Text.RegularExpressions;
using Taxonomy.Extraction.Tables;

namespace Taxonomy.Extraction.Periods;

/// <summary>
/// The period length of each column when a header line groups the columns: <c>Three Months Ended</c> over two columns,
/// <c>Six Months Ended</c> or <c>Year To Date</c> over the next two. The groups split the columns evenly, in order, or,
/// when they cannot, by where each group is printed over the columns (<see cref="GroupSpans"/>).
/// </summary>
/// <remarks>
/// A group line is a header line with at least two cells (year-only cells aside) whose count divides the number of columns, and
/// every cell of it names a length ("three months ended", "quarter ended", "year ended", "year to date"). "Year to date" runs from
/// the first day of the fiscal year to the column's end date. Without such a line the table has no groups (null), and
/// <see cref="ColumnPeriodResolver.EvenSplit"/> spreads the lengths named anywhere in the header over the columns.
/// </remarks>
internal static partial class PeriodGroups
{
    [GeneratedRegex(@"\byear[\s-]+to[\s-]+date\b|\bytd\b",
        Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex YearToDate { get; }

    /// <summary>One group's length: a number of months or weeks, or the fiscal year to date.</summary>
    internal sealed record GroupLength(DurationLength? Length, bool ToDate)
    {
        /// <summary>A column whose header names no length.</summary>
        public static readonly GroupLength Unnamed = new(null, false);

        /// <summary>Whether the header names this column's length.</summary>
        public bool Named => ToDate || Length is not null;

        /// <summary>The quarter a group cell names by its ordinal ("Second Quarter": 2), or 0.</summary>
        public int Ordinal { get; init; }

        /// <summary>Whether this length and <paramref name="other"/> name the same length (their ordinals aside).</summary>
        public bool SameLength(GroupLength other) => Length == other.Length && ToDate == other.ToDate;

        /// <summary>The period of this length ending on <paramref name="end"/>: the year to date runs from the day after the prior fiscal year end, as the document states it when it states one within a week of the calendar's.</summary>
        public Period Ending(DateOnly end, DocumentCalendar calendar)
        {
            if (!ToDate) return Length!.Value.Ending(end, calendar.Dating);
            var priorEnd = calendar.Fiscal.YearStart(calendar.Fiscal.FiscalYearOf(end)).AddDays(-1);
            if (calendar.Dating.InWeeks && calendar.Dating.Stated(priorEnd, end) is { } stated) priorEnd = stated;
            return Period.Duration(priorEnd.AddDays(1), end);
        }
    }

    /// <summary>The length of each of <paramref name="columns"/> columns, or null when no header line groups them.</summary>
    public static IReadOnlyList<GroupLength>? Find(StatementTable table, int columns)
    {
        foreach (var line in table.HeaderLines.Concat(table.Rows.Where(r => r.Values.Count == 0).Select(r => r.Line)))
        {
            var cells = line.Filled.Select(c => c.Clean).Where(c => c.Length > 0 && !HeaderLines.IsYear(c)).ToList();
            if (cells.Count < 2 || cells.Count > columns) continue;
            var lengths = cells.Select(LengthOf).ToList();
            if (lengths.Any(l => l is null)) continue;
            if (columns % cells.Count != 0)
            {
                // Unequal groups ("Three Months Ended" over four quarters, "Year Ended" over one): each group covers the
                // columns printed under it, when that is plain.
                if (GroupSpans.Of(line, table, columns) is { } spans) return spans.Select(g => lengths[g]!).ToList();
                continue;
            }
            int width = columns / cells.Count;
            return Enumerable.Range(0, columns).Select(c => lengths[c / width]!).ToList();
        }
        // One group titled by its period over every column ("Fourth Quarter" over the year and the year before), which the
        // lengths named in words ("Three Months Ended") do not count.
        foreach (var line in table.HeaderLines)
        {
            var cells = line.Filled.Select(c => c.Clean).Where(c => c.Length > 0 && !HeaderLines.IsYear(c)).ToList();
            if (cells is [var only] && DurationLength.Find(only) is null && Titled(only) is { } titled)
            {
                return Enumerable.Repeat(new GroupLength(titled, false) { Ordinal = OrdinalQuarter(only) }, columns).ToList();
            }
        }
        return null;
    }

    /// <summary>The length a group cell names, or null.</summary>
    internal static GroupLength? LengthOf(string cell)
    {
        if (YearToDate.IsMatch(cell)) return new GroupLength(null, true);
        if (DurationLength.Find(cell) is { } length) return new GroupLength(length, false);
        return Titled(cell) is { } titled ? new GroupLength(titled, false) { Ordinal = OrdinalQuarter(cell) } : null;
    }

    /// <summary>The ordinal of a group cell naming a quarter by it ("Third Quarter", "Fiscal Third Quarter"), or 0.</summary>
    private static int OrdinalQuarter(string cell)
    {
        var words = Taxonomy.Concepts.LabelNormalizer.Normalize(cell).Split(' ');
        return words.Length >= 2 && words[^1] == "quarter" ? DocumentCalendar.Ordinal(words[^2]) : 0;
    }

    /// <summary>A group titled by the period it covers, with no "ended": "Fourth Quarter", "Quarter", "Full Year", "Fiscal Year".</summary>
    private static DurationLength? Titled(string cell)
    {
        string normalized = Taxonomy.Concepts.LabelNormalizer.Normalize(cell);
        if (normalized.Length > 30) return null;
        return normalized switch
        {
            "quarter" or "first quarter" or "second quarter" or "third quarter" or "fourth quarter"
                or "fiscal quarter" or "fiscal fourth quarter" or "fiscal third quarter" or "fiscal second quarter" or "fiscal first quarter" => new DurationLength(3, 0),
            "year" or "full year" or "fiscal year" or "full fiscal year" or "twelve months" => new DurationLength(12, 0),
            _ => null,
        };
    }
}
