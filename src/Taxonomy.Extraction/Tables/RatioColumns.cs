using System.Globalization;

namespace Taxonomy.Extraction.Tables;

/// <summary>
/// Columns of percentages printed without their "%" signs (on some rows or all): percentages of a base amount beside
/// each period's amounts ("% of Sales", "Percent of Revenue") and percentage changes between two periods ("% Change"),
/// taken out before the columns are dated, as <see cref="ChangeColumns"/> are. A column is one when the header names a
/// percentage and, in every row that prints it, its figure is the same share of the amount in the column to its left (one
/// base amount, the sales it is a percentage of, explains every row) or the change between two columns to its left
/// relative to the older one, to the last printed digit, in at least two rows. A header alone never removes a column; the
/// arithmetic alone does when it holds in at least four rows (a conversion may lose the header line, and four rows
/// printing one base's shares, or one change, to their last digit are no period's amounts).
/// </summary>
internal static class RatioColumns
{
    /// <summary>The table without its ratio columns; <see cref="StatementTable.ColumnNotes"/> says which went.</summary>
    public static StatementTable Apply(StatementTable table)
    {
        int columns = table.ColumnCount;
        if (columns < 2) return table;
        int proof = table.HeaderLines.Any(l => NamesPercentage(l.Text)) ? 2 : 4;
        var removed = new SortedDictionary<int, string>();
        for (int c = 1; c < columns; c++)
        {
            if (!removed.ContainsKey(c - 1) && SharesOf(table, c, c - 1, proof))
            {
                removed[c] = string.Create(CultureInfo.InvariantCulture, $"column {c + 1} states each row as a percentage of a base amount of column {c}, not a period's amounts; not reported");
                continue;
            }
            if (c < 2) continue;
            for (int left = 0; left < c && !removed.ContainsKey(c); left++)
            {
                for (int right = left + 1; right < c; right++)
                {
                    if (removed.ContainsKey(left) || removed.ContainsKey(right) || PercentChange(table, c, left, right, proof) is not { } from) continue;
                    removed[c] = string.Create(CultureInfo.InvariantCulture,
                        $"column {c + 1} states the percentage change from column {(from == left ? left : right) + 1} to column {(from == left ? right : left) + 1}, not a period's amounts; not reported");
                    break;
                }
            }
        }
        if (removed.Count == 0) return table;
        var rows = table.Rows.Select(row => row.Values.Count == columns
            ? row with { Values = row.Values.Where((_, i) => !removed.ContainsKey(i)).ToList() }
            : row).ToList();
        return table with { Rows = rows, ColumnCount = columns - removed.Count, ColumnNotes = [.. table.ColumnNotes, .. removed.Values] };
    }

    /// <summary>
    /// Whether column <paramref name="ratio"/> prints, in at least <paramref name="proof"/> rows and every row with both, 100·amount/base
    /// for the amount in column <paramref name="amount"/> and one base: the bases each row allows (its figure ± half a
    /// unit of its last digit) share a value.
    /// </summary>
    private static bool SharesOf(StatementTable table, int ratio, int amount, int proof)
    {
        decimal low = 0m, high = decimal.MaxValue;
        int rows = 0;
        foreach (var row in table.Rows)
        {
            if (row.Values.Count != table.ColumnCount) continue;
            if (row.Values[ratio].Clean is not { } share || row.Values[amount].Clean is not { } value) continue;
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
        return rows >= proof;
    }

    /// <summary>
    /// The column a percentage change in column <paramref name="ratio"/> is measured from (<paramref name="left"/> or
    /// <paramref name="right"/>): in at least <paramref name="proof"/> rows, and every row printing the three, its figure is
    /// 100·(new − old)/|old| to its last printed digit, one way round for every row. Null when neither way holds.
    /// </summary>
    private static int? PercentChange(StatementTable table, int ratio, int left, int right, int proof)
    {
        bool fromRight = true, fromLeft = true;
        int rows = 0;
        foreach (var row in table.Rows)
        {
            if (row.Values.Count != table.ColumnCount) continue;
            if (row.Values[ratio].Clean is not { } change || row.Values[left].Clean is not { } a || row.Values[right].Clean is not { } b) continue;
            decimal half = Periods.Powers.Of10(-change.FractionDigits) / 2;
            fromRight &= b.Value != 0m && Math.Abs(change.Value - 100m * (a.Value - b.Value) / Math.Abs(b.Value)) <= half;
            fromLeft &= a.Value != 0m && Math.Abs(change.Value - 100m * (b.Value - a.Value) / Math.Abs(a.Value)) <= half;
            if (!fromRight && !fromLeft) return null;
            rows++;
        }
        return rows < proof ? null : fromRight ? right : left;
    }


    /// <summary>Whether a header line names a percentage ("%", "percent", "percentage").</summary>
    private static bool NamesPercentage(string text) =>
        text.Contains('%') || text.Contains("percent", StringComparison.OrdinalIgnoreCase);
}
