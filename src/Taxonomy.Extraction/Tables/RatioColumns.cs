using System.Globalization;

namespace Taxonomy.Extraction.Tables;

/// <summary>
/// Columns of percentages of a base amount ("% of Sales", "Percent of Revenue") printed beside each period's amounts,
/// their "%" signs on some rows only: taken out before the columns are dated, as <see cref="ChangeColumns"/> are. A
/// column is one when the header names a percentage and, in every row that prints both, its figure is the same share of
/// the amount in the column to its left: one base amount (the sales the column is a percentage of) explains every row,
/// to the last printed digit. With the header alone, or the arithmetic alone, the columns stay.
/// </summary>
internal static class RatioColumns
{
    /// <summary>The table without its ratio columns; <see cref="StatementTable.ColumnNotes"/> says which went.</summary>
    public static StatementTable Apply(StatementTable table)
    {
        int columns = table.ColumnCount;
        if (columns < 2 || !table.HeaderLines.Any(l => NamesPercentage(l.Text))) return table;
        var removed = new SortedSet<int>();
        for (int c = 1; c < columns; c++)
        {
            if (!removed.Contains(c - 1) && SharesOf(table, c, c - 1)) removed.Add(c);
        }
        if (removed.Count == 0) return table;
        var rows = table.Rows.Select(row => row.Values.Count == columns
            ? row with { Values = row.Values.Where((_, i) => !removed.Contains(i)).ToList() }
            : row).ToList();
        var notes = removed.Select(c => string.Create(CultureInfo.InvariantCulture,
            $"column {c + 1} states each row as a percentage of a base amount of column {c}, not a period's amounts; not reported")).ToList();
        return table with { Rows = rows, ColumnCount = columns - removed.Count, ColumnNotes = [.. table.ColumnNotes, .. notes] };
    }

    /// <summary>
    /// Whether column <paramref name="ratio"/> prints, in at least two rows and every row with both, 100·amount/base
    /// for the amount in column <paramref name="amount"/> and one base: the bases each row allows (its figure ± half a
    /// unit of its last digit) share a value.
    /// </summary>
    private static bool SharesOf(StatementTable table, int ratio, int amount)
    {
        decimal low = 0m, high = decimal.MaxValue;
        int rows = 0;
        foreach (var row in table.Rows)
        {
            if (row.Values.Count != table.ColumnCount) continue;
            if (Clean(row.Values[ratio]) is not { } share || Clean(row.Values[amount]) is not { } value) continue;
            decimal half = Periods.Powers.Of10(-share.FractionDigits) / 2;
            decimal a = Math.Abs(value.Value), p = Math.Abs(share.Value);
            if (a == 0m || p == 0m)
            {
                if (a != 0m || p > half) return false; // nothing is no share of something
                continue;
            }
            // A percentage of a base is at most a few hundred; an amount beside its own figure is no ratio of it.
            if (p > 1000m || p - half <= 0m) return false;
            low = Math.Max(low, 100m * a / (p + half));
            high = Math.Min(high, 100m * a / (p - half));
            if (low > high) return false;
            rows++;
        }
        return rows >= 2;
    }

    private static NumberReading? Clean(ValueSlot slot) => slot.Number is { IsSuspect: false } n ? n : null;

    /// <summary>Whether a header line names a percentage ("%", "percent", "percentage").</summary>
    private static bool NamesPercentage(string text) =>
        text.Contains('%') || text.Contains("percent", StringComparison.OrdinalIgnoreCase);
}
