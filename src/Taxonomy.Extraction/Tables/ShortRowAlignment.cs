namespace Taxonomy.Extraction.Tables;

/// <summary>
/// In a fixed-width table, a labelled row printing fewer values than the table has columns ("Shares outstanding at
/// period end" printed only under the year-to-date columns) puts each value in the column it is printed under, read
/// from the positions of the columns in the rows that fill every column; the columns it leaves blank report nothing.
/// A row whose values do not each fall under one column, in order, is left as read.
/// </summary>
internal static class ShortRowAlignment
{
    /// <summary>The rows of <paramref name="table"/> with short rows aligned to their columns.</summary>
    public static StatementTable Apply(StatementTable table)
    {
        int columns = table.ColumnCount;
        if (columns < 2 || !table.Rows.Any(IsShort)) return table;
        if (Spans(table) is not { } spans) return table;
        var rows = new List<TableRow>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            rows.Add(IsShort(row) && Align(row, spans) is { } aligned ? row with { Values = aligned } : row);
        }
        return table with { Rows = rows };

        bool IsShort(TableRow row) => row.HasLabel && row.Values.Count > 0 && row.Values.Count < columns
            && !row.Values.Any(v => v.Lost) && !row.Line.Text.Contains('\t');
    }

    /// <summary>Each column's extent on the line (first to last character any full row prints in it), or null when the columns overlap.</summary>
    private static (int Left, int Right)[]? Spans(StatementTable table)
    {
        int columns = table.ColumnCount;
        var full = table.Rows.Where(r => r.Values.Count == columns && !r.Line.Text.Contains('\t')).ToList();
        if (full.Count == 0) return null;
        var spans = new (int Left, int Right)[columns];
        for (int c = 0; c < columns; c++)
        {
            spans[c] = (full.Min(r => Start(r, r.Values[c])), full.Max(r => Start(r, r.Values[c]) + r.Values[c].Text.Length));
            if (c > 0 && spans[c].Left < spans[c - 1].Right) return null;
        }
        return spans;
    }

    private static int Start(TableRow row, ValueSlot slot) => slot.Offset - row.Line.Offset;

    /// <summary>One slot per column, the row's values under their columns and nil elsewhere; null when a value falls under no single column or out of order.</summary>
    private static List<ValueSlot>? Align(TableRow row, (int Left, int Right)[] spans)
    {
        var placed = new ValueSlot?[spans.Length];
        int previous = -1;
        foreach (var slot in row.Values)
        {
            int left = Start(row, slot), right = left + slot.Text.Length;
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
