using System.Text.RegularExpressions;
using Taxonomy.Extraction.Tables;

namespace Taxonomy.Extraction.Periods;

/// <summary>
/// A statement broken over a page and carried on under its title marked as continued ("Balance Sheets (continued)",
/// "(cont'd)", "— continued", or a "(Continued)" line right under the title) without its column header printed again:
/// its columns are those of the part right before it, when that part is the same statement, only headings or running text
/// separate the two (no other table: <see cref="StatementTable.ContinuesPrevious"/>), and both print as many value columns. Otherwise (another statement, another column count, a header of its own)
/// the columns are resolved as printed.
/// </summary>
internal static partial class ContinuedStatementColumns
{
    [GeneratedRegex(@"\(\s*(?:continued|cont['’]?d\.?)\s*\)|[-–—]\s*continued\b", Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex ContinuedTitle { get; }

    /// <summary>The periods of <paramref name="previous"/>'s columns for <paramref name="table"/>, when it continues that statement headerless; otherwise null.</summary>
    public static IReadOnlyList<ColumnPeriod>? Of(StatementTable table, StatementTable previous, IReadOnlyList<ColumnPeriod> previousPeriods)
    {
        if (!table.ContinuesPrevious || table.Kind != previous.Kind || table.SkippedBecause is not null || previous.SkippedBecause is not null) return null;
        if (table.ColumnCount == 0 || table.ColumnCount != previous.ColumnCount || previousPeriods.Count != table.ColumnCount) return null;
        if (previousPeriods.Any(p => p.Period is null) || HasHeader(table) || !IsMarked(table)) return null;
        return previousPeriods;
    }

    /// <summary>Whether the table is marked continued in its title, or on a line of its own under the title before the first row of values ("(Continued)").</summary>
    internal static bool IsMarked(StatementTable table) =>
        ContinuedTitle.IsMatch(table.Title.Text)
        || table.Rows.TakeWhile(r => r.Values.Count == 0).Any(r => r.HasLabel && IsMarkAlone(r.Label!.Trim()));

    private static bool IsMarkAlone(string label) =>
        label.TrimEnd('.').Equals("continued", StringComparison.OrdinalIgnoreCase)
        || ContinuedTitle.Match(label) is { Success: true } match && match.Index == 0 && match.Length == label.Length;

    // A header of its own names a date, a year or a length in one of its lines.
    private static bool HasHeader(StatementTable table) =>
        table.HeaderLines.Any(line => DateMention.Any(line.Text) || DurationLength.Find(line.Text) is not null
            || line.Filled.Any(cell => cell.Clean.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(HeaderLines.IsYear)));
}
