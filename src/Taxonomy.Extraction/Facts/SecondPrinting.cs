using Taxonomy.Extraction.Tables;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// Aligns a run of numbers printed below a table with one of its columns (the run may skip rows, e.g. noise),
/// so it can confirm suspect cells and recovered lost cells. Alignment is a longest-common-subsequence over
/// values; lost or suspect cells align with any number but only clean equal values count as matches.
/// </summary>
internal static class SecondPrinting
{
    /// <summary>For each column, row index → value the second printing shows for it (only columns a run aligns with).</summary>
    public static Dictionary<(int Row, int Column), decimal> Align(StatementTable table)
    {
        var result = new Dictionary<(int, int), decimal>();
        foreach (var run in table.SecondPrintings)
        {
            int bestColumn = -1, bestMatches = 0;
            (int Row, decimal Value)[]? bestPairs = null;
            for (int col = 0; col < table.ColumnCount; col++)
            {
                var (matches, pairs) = Lcs(table, col, run.Numbers);
                if (matches > bestMatches) { bestMatches = matches; bestColumn = col; bestPairs = pairs; }
            }
            if (bestColumn < 0 || bestPairs is null || bestMatches * 2 < run.Numbers.Count) continue;
            foreach (var (row, value) in bestPairs) result.TryAdd((row, bestColumn), value);
        }
        return result;
    }

    private static (int Matches, (int Row, decimal Value)[] Pairs) Lcs(StatementTable table, int col, IReadOnlyList<NumberReading> run)
    {
        int n = table.Rows.Count, m = run.Count;
        var score = new int[n + 1, m + 1];
        for (int i = n - 1; i >= 0; i--)
        {
            for (int j = m - 1; j >= 0; j--)
            {
                int best = Math.Max(score[i + 1, j], score[i, j + 1]);
                int fit = Fit(table.Rows[i], col, run[j].Value);
                if (fit >= 0) best = Math.Max(best, score[i + 1, j + 1] + fit);
                score[i, j] = best;
            }
        }
        var pairs = new List<(int, decimal)>();
        int a = 0, b = 0;
        while (a < n && b < m)
        {
            int fit = Fit(table.Rows[a], col, run[b].Value);
            if (fit >= 0 && score[a, b] == score[a + 1, b + 1] + fit) { pairs.Add((a, run[b].Value)); a++; b++; }
            else if (score[a, b] == score[a + 1, b]) a++;
            else b++;
        }
        return (score[0, 0], pairs.ToArray());
    }

    /// <summary>1 for an equal clean value, 0 for a cell that could hold it (lost or suspect), −1 otherwise.</summary>
    private static int Fit(TableRow row, int col, decimal value)
    {
        if (col >= row.Values.Count) return -1;
        var slot = row.Values[col];
        if (slot.Lost) return 0;
        if (slot.Number is not { } number) return -1;
        if (number.IsSuspect) return number.Value == value || number.SeparatorReading == value ? 1 : -1;
        return number.Value == value ? 1 : -1;
    }
}
