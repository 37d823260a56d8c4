using Taxonomy.Concepts;
using Taxonomy.Extraction.Periods;
using Taxonomy.Extraction.Segmentation;

namespace Taxonomy.Extraction.Tables;

/// <summary>
/// A data table of its own printed right below a statement's rows without a title (an HTML table, often nested in a layout
/// table: a supplemental schedule, a balance sheet's figures under the income statement), whose column header names a date
/// or a year the statement's header does not, or, naming none, titles columns the statement's header does not. Its rows are not the statement's, and its dates are not the statement's
/// periods: it ends the statement. A table starting with rows, or with the statement's own dates again (the statement going
/// on after a page break), ends nothing; so does a new table in plain text, where nothing marks where a table starts.
/// </summary>
internal static class UntitledTable
{
    /// <summary>Whether such a table starts at line <paramref name="index"/>, below the statement titled at line <paramref name="title"/>.</summary>
    public static bool StartsAt(IReadOnlyList<TextLine> lines, int title, int index)
    {
        if (!lines[index].StartsTable || !IsHeader(lines[index])) return false;
        var header = new List<TextLine>();
        int next = index;
        for (; next < lines.Count && IsHeader(lines[next]); next++) header.Add(lines[next]);
        // The header heads rows of values.
        if (next >= lines.Count || lines[next].Kind != LineKind.Tabular) return false;
        var own = new List<TextLine>();
        for (int j = title; j < index; j++)
        {
            if (lines[j].Kind == LineKind.Blank) continue;
            if (j > title && lines[j].Kind == LineKind.Tabular && !IsHeader(lines[j])) break;
            own.Add(lines[j]);
        }
        return NamesOtherDates(header, own) || NamesOtherColumns(header, own);
    }

    /// <summary>
    /// Whether a header naming no date nor year titles two columns or more, none of them titled so above (segments, products
    /// or entities beside each other: "Hand tools  Power tools  Total"); a header printed again after a page break shares its titles.
    /// </summary>
    private static bool NamesOtherColumns(List<TextLine> header, List<TextLine> own)
    {
        var (days, years) = Dates(header);
        if (days.Count + years.Count > 0) return false;
        var titles = header.SelectMany(l => l.Filled).Select(c => LabelNormalizer.Normalize(c.Clean)).Where(t => t.Length > 0).ToList();
        if (titles.Count < 2) return false;
        var ownTitles = own.SelectMany(l => l.Filled).Select(c => LabelNormalizer.Normalize(c.Clean)).ToHashSet(StringComparer.Ordinal);
        return !titles.Any(ownTitles.Contains);
    }

    private const string NotRead = "a table without a title printed below a statement, whose column header names other dates or columns than the statement's: its rows are not read as the statement's";

    /// <summary>
    /// <paramref name="tables"/> with each untitled table that ended a statement (<paramref name="untitled"/>: its first line
    /// and the kind of the statement above) kept without values, so that a finding says its numbers are not reported; one
    /// that another table took (an untitled balance sheet) is left to it.
    /// </summary>
    public static List<StatementTable> Report(IReadOnlyList<TextLine> lines, List<StatementTable> tables, List<(int Start, StatementKind Kind)> untitled, StatementTitles titles)
    {
        if (untitled.Count == 0) return tables;
        var result = new List<StatementTable>(tables);
        foreach (var (start, kind) in untitled)
        {
            if (tables.Any(t => t.Title.Index <= start && t.Rows.Any(r => r.Line.Index >= start))) continue;
            int end = TableLocator.UntitledExtent(lines, titles, start);
            var table = TableLocator.Build(lines, start, end, kind, [lines[start]]);
            // It goes on from the statement (nothing but a blank line between): the statement's scale stays in effect below it.
            result.Add(table.Skipped(NotRead) with { SkippedLayout = true, ContinuesPrevious = true });
        }
        return result.OrderBy(t => t.Title.Index).ToList();
    }

    private static bool IsHeader(TextLine line) =>
        line.Kind == LineKind.Tabular && line.Filled.Any(c => c.Clean.Length > 0) && (HeaderLines.IsHeader(line) || HeaderLines.NamesPeriods(line) || IsColumnTitles(line));

    /// <summary>A table line of column titles in words over an empty label cell ("  Hand tools  Power tools  Total").</summary>
    private static bool IsColumnTitles(TextLine line) =>
        line.Cells.Count > 0 && line.Cells[0].Clean.Length == 0 && line.Filled.Count >= 2 && line.Filled.All(c => c.HasLetters && NumberParser.ParseSingle(c.Clean, 0) is null);

    /// <summary>
    /// Whether <paramref name="header"/> names a day of the year (month and day) or a year that <paramref name="own"/> does
    /// not; false when either names none (nothing to tell them apart by).
    /// </summary>
    private static bool NamesOtherDates(List<TextLine> header, List<TextLine> own)
    {
        var (days, years) = Dates(header);
        var (ownDays, ownYears) = Dates(own);
        if (days.Count + years.Count == 0 || ownDays.Count + ownYears.Count == 0) return false;
        return (ownDays.Count > 0 && !days.IsSubsetOf(ownDays)) || (ownYears.Count > 0 && !years.IsSubsetOf(ownYears));
    }

    private static (HashSet<(int Month, int Day)> Days, HashSet<int> Years) Dates(List<TextLine> lines)
    {
        var days = new HashSet<(int, int)>();
        var years = new HashSet<int>();
        foreach (var line in lines)
        {
            foreach (var date in DateMention.FindAll(line.Text))
            {
                days.Add((date.Month, date.Day));
                if (date.Year is { } year) years.Add(year);
            }
            foreach (var cell in line.Filled)
            {
                if (HeaderLines.IsYear(cell.Clean)) years.Add(int.Parse(cell.Clean, System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return (days, years);
    }
}
