namespace Taxonomy.Extraction.Tables;

/// <summary>
/// A labelled row printing fewer values than the table has columns ("Restructuring charges" printed only under the
/// year-to-date columns, an earnings-per-share row with no figure under "Adjustments") puts each value in the column it
/// is printed under, read from the positions of the columns in the rows that fill every column; the columns it leaves
/// blank report nothing. A position is a character column in fixed-width text, and a cell's place in the row on a line
/// split at tabs (an HTML row's cell after the colspans before it, a pipe table's cell), where a blank cell keeps its
/// place. A row whose values do not each fall under one column, in order, is left as read, and so is every row when
/// the full rows do not put the columns apart. A short row whose line keeps neither blank cells nor positions is marked
/// <see cref="TableRow.Unplaced"/>.
/// </summary>
internal static class ShortRowAlignment
{
    /// <summary>The rows of <paramref name="table"/> with short rows aligned to their columns, or marked when nothing places them.</summary>
    public static StatementTable Apply(StatementTable table)
    {
        if (Align(table.Rows, table.ColumnCount) is { } rows) table = table with { Rows = rows };
        return MarkUnplaced(table);
    }

    /// <summary>
    /// A table whose rows were split at single spaces (PDF text: "Restructuring charges 3,000 1,000" under four columns)
    /// or rejoined from a cell per line: its full rows print a cell per column and nothing else, so a row of fewer cells
    /// has lost its blank cells, and its figures are under the year-to-date columns as likely as under the first ones.
    /// </summary>
    private static StatementTable MarkUnplaced(StatementTable table)
    {
        int columns = table.ColumnCount;
        if (columns < 2 || !table.Rows.Any(r => IsShort(r, columns) && Tabbed(r))) return table;
        var full = table.Rows.Where(r => r.Values.Count == columns && Tabbed(r)).ToList();
        if (full.Count == 0 || !full.All(r => r.HasLabel && Cells(r) == columns + 1)) return table;
        bool Unplaced(TableRow row) => IsShort(row, columns) && Tabbed(row) && Cells(row) < columns + 1;
        return table with { Rows = table.Rows.Select(r => Unplaced(r) ? r with { Unplaced = true } : r).ToList() };
    }

    private static int Cells(TableRow row) => row.Line.Text.AsSpan().Count('\t') + 1;

    /// <summary><paramref name="rows"/> with short rows aligned to their <paramref name="columns"/> columns, or null when none is.</summary>
    public static List<TableRow>? Align(IReadOnlyList<TableRow> rows, int columns)
    {
        if (columns < 2 || !rows.Any(r => IsShort(r, columns))) return null;
        // Positions compare only between lines of one kind: split at tabs, or not.
        var spans = new[] { false, true }.Select(tabbed => Spans(rows.Where(r => r.Values.Count == columns && Tabbed(r) == tabbed).ToList(), columns, tabbed)).ToArray();
        var aligned = new List<TableRow>(rows.Count);
        bool changed = false;
        foreach (var row in rows)
        {
            bool tabbed = Tabbed(row);
            if (IsShort(row, columns) && spans[tabbed ? 1 : 0] is { } under && Align(row, under, tabbed) is { } values)
            {
                aligned.Add(row with { Values = values });
                changed = true;
            }
            else aligned.Add(row);
        }
        return changed ? aligned : null;
    }

    private static bool IsShort(TableRow row, int columns) =>
        row.HasLabel && row.Values.Count > 0 && row.Values.Count < columns && !row.Values.Any(v => v.Lost);

    private static bool Tabbed(TableRow row) => row.Line.Text.Contains('\t');

    /// <summary>Each column's extent on the line (first to last position any full row prints in it), or null when the columns overlap.</summary>
    private static (int Left, int Right)[]? Spans(List<TableRow> full, int columns, bool tabbed)
    {
        if (full.Count == 0) return null;
        var spans = new (int Left, int Right)[columns];
        for (int c = 0; c < columns; c++)
        {
            spans[c] = (full.Min(r => Extent(r, r.Values[c], tabbed).Left), full.Max(r => Extent(r, r.Values[c], tabbed).Right));
            if (c > 0 && spans[c].Left < spans[c - 1].Right) return null;
        }
        return spans;
    }

    /// <summary>Where a value is printed: its characters, or on a line split at tabs the cell it is in (the tabs before it).</summary>
    private static (int Left, int Right) Extent(TableRow row, ValueSlot slot, bool tabbed)
    {
        int start = slot.Offset - row.Line.Offset;
        if (!tabbed) return (start, start + slot.Text.Length);
        int cell = row.Line.Text.AsSpan(0, Math.Clamp(start, 0, row.Line.Text.Length)).Count('\t');
        return (cell, cell + 1);
    }

    /// <summary>One slot per column, the row's values under their columns and nil elsewhere; null when a value falls under no single column or out of order.</summary>
    private static List<ValueSlot>? Align(TableRow row, (int Left, int Right)[] spans, bool tabbed)
    {
        var placed = new ValueSlot?[spans.Length];
        int previous = -1;
        foreach (var slot in row.Values)
        {
            var (left, right) = Extent(row, slot, tabbed);
            var under = Enumerable.Range(0, spans.Length).Where(c => left < spans[c].Right && spans[c].Left < right).ToList();
            if (under.Count != 1 || under[0] <= previous) return null;
            previous = under[0];
            placed[previous] = slot;
        }
        // Values already in the first columns need no change.
        if (Enumerable.Range(0, row.Values.Count).All(c => placed[c] is not null)) return null;
        int end = row.Line.Offset + row.Line.Text.Length;
        return placed.Select(p => p ?? new ValueSlot(null, false, end, string.Empty)).ToList();
    }
}
