using System.Globalization;
using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;
using Taxonomy.Extraction.Tables;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// Places the figures of a row whose line does not say which columns they are under (<see cref="TableRow.Unplaced"/>:
/// "Restructuring charges 3,000 1,000" under two quarters and two years to date) in the columns where the statement's
/// calculations foot: every calculation the row takes part in, as a total or an item, that can be checked in a column
/// foots there (a column where it prints nothing counts it as nil), and each column given a figure has one that does.
/// With no such placement, or more than one, the row is not reported.
/// </summary>
internal static class ShortRowPlacement
{
    // Above this many ways to place a row's figures, none is tried (a row of 3 figures under 10 columns has 120).
    private const int MostPlacements = 70;

    /// <summary>One row's outcome: its values under their columns, or null when it is not reported, and the note saying why.</summary>
    internal sealed record Outcome(int Row, IReadOnlyList<ValueSlot>? Values, string Note);

    /// <summary>
    /// The outcome for each unplaced row of <paramref name="table"/> that has a concept. <paramref name="value"/> is a cell's
    /// value as the calculations read it (null when unknown, unplaced rows included); <paramref name="read"/> a printed figure's.
    /// </summary>
    public static List<Outcome> Place(StatementTable table, StatementDefinition? statement, RowConcept?[] concepts,
        Func<int, int, decimal?> value, Func<NumberReading, decimal> read)
    {
        var outcomes = new List<Outcome>();
        int columns = table.ColumnCount;
        for (int r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            if (!row.Unplaced || concepts[r] is null) continue;
            string figures = string.Create(CultureInfo.InvariantCulture, $"Row '{row.Label!.Trim()}' prints {Count(row.Values.Count, "figure")} under {columns} columns, and its line does not say which columns {(row.Values.Count == 1 ? "it is" : "they are")} under");
            var footing = new List<int[]>();
            var placements = Placements(columns, row.Values.Count).Take(MostPlacements + 1).ToList();
            if (statement is not null && placements.Count <= MostPlacements && row.Values.All(v => v.Number is not null))
            {
                int[] current = [];
                int at = r;
                decimal? Value(int rr, int c)
                {
                    if (rr != at) return value(rr, c);
                    int k = Array.IndexOf(current, c);
                    return k < 0 ? 0m : read(row.Values[k].Number!);
                }
                var calculations = new TableCalculations(statement, concepts, columns, Value);
                foreach (var placement in placements)
                {
                    current = placement;
                    if (Foots(calculations, r, columns, placement)) footing.Add(placement);
                }
            }
            if (footing is [var only])
            {
                var end = row.Line.Offset + row.Line.Text.Length;
                var values = Enumerable.Range(0, columns).Select(c => Array.IndexOf(only, c) is var k and >= 0 ? row.Values[k] : new ValueSlot(null, false, end, string.Empty)).ToList();
                outcomes.Add(new Outcome(r, values, $"{figures}; read under {(only.Length == 1 ? "column" : "columns")} {string.Join(", ", only.Select(c => (c + 1).ToString(CultureInfo.InvariantCulture)))}, the only placement where the statement's calculations foot."));
            }
            else
            {
                string why = footing.Count == 0 ? "no placement makes the statement's calculations foot" : string.Create(CultureInfo.InvariantCulture, $"{footing.Count} placements make the statement's calculations foot");
                outcomes.Add(new Outcome(r, null, $"{figures}, and {why}; not reported."));
            }
        }
        return outcomes;
    }

    private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");

    /// <summary>
    /// Whether every calculation including <paramref name="row"/> that can be checked foots in every column, and one foots
    /// in each column of <paramref name="placement"/>.
    /// </summary>
    private static bool Foots(TableCalculations calculations, int row, int columns, int[] placement)
    {
        for (int c = 0; c < columns; c++)
        {
            var (footed, failed) = calculations.Check(row, c);
            if (failed > 0 || (footed == 0 && Array.IndexOf(placement, c) >= 0)) return false;
        }
        return true;
    }

    /// <summary>Each way to put <paramref name="count"/> figures, in order, under <paramref name="columns"/> columns.</summary>
    private static IEnumerable<int[]> Placements(int columns, int count)
    {
        var chosen = new int[count];
        IEnumerable<int[]> From(int k, int start)
        {
            if (k == count)
            {
                yield return (int[])chosen.Clone();
                yield break;
            }
            for (int c = start; c <= columns - (count - k); c++)
            {
                chosen[k] = c;
                foreach (var p in From(k + 1, c + 1)) yield return p;
            }
        }
        return From(0, 0);
    }
}
