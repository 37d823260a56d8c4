using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;
using Taxonomy.Extraction.Tables;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// "Common stock 600 / Retained earnings 400 / Noncontrolling interests 30 / Total shareholders' equity 1,030": a
/// total whose label names the parent's equity but that adds the noncontrolling interests printed above it is the
/// consolidated equity. The row takes the line item whose calculation adds the noncontrolling interests to the
/// label's line item, when the rows printed from the previous total down to it foot to it in every column.
/// </summary>
internal static class EquityWithNoncontrolling
{
    /// <summary>Rewrites <paramref name="concepts"/> in place; returns the rows it changed with the reason.</summary>
    public static List<(int Row, string Why)> Apply(StatementDefinition? statement, IReadOnlyList<TableRow> rows, RowConcept?[] concepts, Func<int, int, decimal?> value)
    {
        var changed = new List<(int, string)>();
        if (statement is null) return changed;
        for (int r = 1; r < rows.Count; r++)
        {
            if (concepts[r] is not { Definition: { } parent } row) continue;
            var consolidated = Consolidated(statement).FirstOrDefault(c => c.Calculation.Any(ch => ch.PropertyName == parent.PropertyName && ch.Weight > 0));
            if (consolidated is null || concepts.Any(c => c?.Concept == consolidated.Concept)) continue;
            string share = consolidated.Calculation.First(ch => ch.PropertyName != parent.PropertyName).PropertyName;
            int start = r - 1;
            while (start >= 0 && rows[start].Values.Count > 0 && concepts[start]?.Definition is not { Calculation.Count: > 0 }) start--;
            start++;
            int noncontrolling = Array.FindIndex(concepts, start, r - start, c => c?.Definition?.PropertyName == share);
            if (noncontrolling < 0 || !Foots(start, r, rows, value)) continue;
            concepts[r] = row with
            {
                Concept = consolidated.Concept,
                Label = consolidated.Labels.Standard,
                Definition = consolidated,
                Note = $"'{rows[r].Label}' adds '{rows[noncontrolling].Label}' printed above it: the consolidated equity",
            };
            changed.Add((r, $"'{rows[r].Label}' adds '{rows[noncontrolling].Label}': reported as {consolidated.Concept}, not {parent.Concept}"));
        }
        return changed;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<StatementDefinition, ConceptDefinition[]> ConsolidatedItems = new();

    /// <summary>The statement's line items that add noncontrolling interests to one other item, in schema order (read once per statement).</summary>
    private static ConceptDefinition[] Consolidated(StatementDefinition statement) =>
        ConsolidatedItems.GetValue(statement, s => s.Concepts.Where(c => ParentShare.IncludesNoncontrolling(c) && c.Calculation.Count == 2).ToArray());

    private static bool Foots(int start, int total, IReadOnlyList<TableRow> rows, Func<int, int, decimal?> value)
    {
        int columns = rows[total].Values.Count;
        if (columns == 0 || total - start < 2) return false;
        for (int c = 0; c < columns; c++)
        {
            if (value(total, c) is not { } sum) return false;
            decimal added = 0m;
            for (int i = start; i < total; i++)
            {
                if (value(i, c) is not { } v) return false;
                added += v;
            }
            if (added != sum) return false;
        }
        return true;
    }
}
