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
internal sealed class EquityWithNoncontrolling : IRowConceptRewrite
{
    /// <summary>Rereads each parent-equity total that adds the noncontrolling interests above it, reporting each row it changed.</summary>
    public void Apply(RowRewriteContext context)
    {
        var (statement, rows, concepts, value) = (context.Statement, context.Rows, context.Concepts, context.Value);
        if (statement is null) return;
        for (int r = 1; r < rows.Count; r++)
        {
            if (concepts[r] is not { Definition: { } parent } row) continue;
            var consolidated = Consolidated(statement).FirstOrDefault(c => c.Calculation.Any(ch => ch.PropertyName == parent.PropertyName && ch.Weight > 0));
            if (consolidated is null || concepts.Any(c => c?.Concept == consolidated.Concept)) continue;
            string share = consolidated.Calculation.First(ch => ch.PropertyName != parent.PropertyName).PropertyName;
            int start = Footing.SectionStart(rows, concepts, r);
            int noncontrolling = Array.FindIndex(concepts, start, r - start, c => c?.Definition?.PropertyName == share);
            if (noncontrolling < 0 || !Foots(start, r, rows, value)) continue;
            concepts[r] = row with
            {
                Concept = consolidated.Concept,
                Label = consolidated.Labels.Standard,
                Definition = consolidated,
                Note = $"'{rows[r].Label}' adds '{rows[noncontrolling].Label}' printed above it: the consolidated equity",
            };
            context.ReportRow(r, $"adds '{rows[noncontrolling].Label}': reported as {consolidated.Concept}, not {parent.Concept}");
        }
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<StatementDefinition, ConceptDefinition[]> ConsolidatedItems = new();

    /// <summary>
    /// The statement's line items that add noncontrolling interests to one other item, in schema order (read once per
    /// statement); not a consolidated total summed otherwise (comprehensive income as net income plus other comprehensive income).
    /// </summary>
    internal static ConceptDefinition[] Consolidated(StatementDefinition statement) =>
        ConsolidatedItems.GetValue(statement, s => s.Concepts.Where(c => ParentShare.IncludesNoncontrolling(c) && c.Calculation.Count == 2
            && c.Calculation.Any(ch => s.FindProperty(ch.PropertyName) is { } child && ParentShare.IsNoncontrollingShare(child))).ToArray());

    private static bool Foots(int start, int total, IReadOnlyList<TableRow> rows, Func<int, int, decimal?> value)
    {
        int columns = rows[total].Values.Count;
        return columns > 0 && total - start >= 2 && Footing.InEveryColumn(value, columns, total, Footing.Above(start, total));
    }
}
