using System.Globalization;

namespace Taxonomy.Extraction.Tables;

/// <summary>
/// Columns of amounts that state a change rather than a period ("$ Change", "Increase (Decrease)", "Better/(Worse)"):
/// taken out before the columns are dated. A column is one when the header names a change and, in every row that prints
/// the three, its amount is the difference of two columns to its left (either way round, to the last printed digit);
/// with the header alone, or the arithmetic alone (a fourth quarter printed as the year less nine months), the columns stay.
/// </summary>
internal static class ChangeColumns
{
    private static readonly HashSet<string> ChangeWords = new(StringComparer.Ordinal)
    {
        "change", "changes", "increase", "decrease", "inc", "dec", "variance", "better", "worse", "favorable", "unfavorable", "fav", "unfav",
    };

    /// <summary>The table without its change columns; <see cref="StatementTable.ColumnNotes"/> says which went.</summary>
    public static StatementTable Apply(StatementTable table)
    {
        int columns = table.ColumnCount;
        if (columns < 3 || !table.HeaderLines.Any(l => NamesChange(l.Text))) return table;
        var removed = new SortedDictionary<int, (int Left, int Right)>();
        for (int c = columns - 1; c >= 2; c--)
        {
            if (Difference(table, c, removed) is { } pair) removed[c] = pair;
        }
        if (removed.Count == 0) return table;
        int first = removed.Keys.First();
        var rows = table.Rows.Select(row => row.Values.Count switch
        {
            var n when n == columns => row with { Values = row.Values.Where((_, i) => !removed.ContainsKey(i)).ToList() },
            // A row short of values (not placed under its columns) keeps those printed before the first change column.
            var n when n > first => row with { Values = row.Values.Take(first).ToList() },
            _ => row,
        }).ToList();
        var notes = removed.Select(r => string.Create(CultureInfo.InvariantCulture,
            $"column {r.Key + 1} states the change between columns {r.Value.Left + 1} and {r.Value.Right + 1}, not a period's amounts; not reported")).ToList();
        return table with { Rows = rows, ColumnCount = columns - removed.Count, ColumnNotes = [.. table.ColumnNotes, .. notes] };
    }

    /// <summary>The two columns left of <paramref name="column"/> whose difference it prints in every row, or null.</summary>
    private static (int Left, int Right)? Difference(StatementTable table, int column, SortedDictionary<int, (int, int)> removed)
    {
        for (int left = 0; left < column; left++)
        {
            if (removed.ContainsKey(left)) continue;
            for (int right = left + 1; right < column; right++)
            {
                if (!removed.ContainsKey(right) && Holds(table, column, left, right)) return (left, right);
            }
        }
        return null;
    }

    private static bool Holds(StatementTable table, int column, int left, int right)
    {
        int checkedRows = 0;
        bool nonZero = false;
        foreach (var row in table.Rows)
        {
            if (row.Values.Count != table.ColumnCount) continue;
            if (row.Values[column].Clean is not { } change || row.Values[left].Clean is not { } a || row.Values[right].Clean is not { } b) continue;
            decimal tolerance = Periods.Powers.Of10(-change.FractionDigits);
            decimal difference = a.Value - b.Value;
            if (Math.Abs(change.Value - difference) > tolerance && Math.Abs(change.Value + difference) > tolerance) return false;
            checkedRows++;
            nonZero |= change.Value != 0;
        }
        return checkedRows >= 2 && nonZero;
    }


    /// <summary>Whether <paramref name="text"/> holds a word that names a change ("Change", "Increase", "Variance", "B/(W)"'s "Better").</summary>
    internal static bool NamesChange(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiLetter(text[i]))
            {
                i++;
                continue;
            }
            int start = i;
            while (i < text.Length && char.IsAsciiLetter(text[i])) i++;
            if (ChangeWords.Contains(text[start..i].ToLowerInvariant())) return true;
        }
        return false;
    }
}
