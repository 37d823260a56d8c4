using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// Older balance sheets close each side with a line labelled only "Total": the first closes the assets, the second the
/// liabilities and equity. When a statement declares an identity (left = right, e.g. assets = liabilities and equity)
/// and its table prints exactly two such lines, equal in every column and the second below the first, they are the two
/// sides of that identity; the caption the lines are printed under does not name them.
/// </summary>
internal sealed class BareTotals : IRowConceptRewrite
{
    /// <summary>Names the two bare totals and settles their rows for the passes after it.</summary>
    public void Apply(RowRewriteContext context)
    {
        var (statement, rows, concepts, value, columns) = (context.Statement, context.Rows, context.Concepts, context.Value, context.Columns);
        if (statement is null || statement.Identities.Count != 1 || columns == 0) return;
        var bare = Enumerable.Range(0, rows.Count).Where(r => rows[r].HasLabel && rows[r].Values.Count > 0 && IsBareTotal(rows[r].Label!)).ToList();
        if (bare.Count != 2) return;
        var (first, second) = (bare[0], bare[1]);
        if (rows[first].Values.Count != columns || rows[second].Values.Count != columns) return;
        bool equal = Enumerable.Range(0, columns).All(c => value(first, c) is { } a && value(second, c) is { } b && a == b);
        if (!equal) return;
        var (leftName, rightName) = statement.Identities[0];
        if (statement.FindProperty(leftName) is not { } left || statement.FindProperty(rightName) is not { } right) return;
        // A side printed under its own label as well leaves nothing for the bare line to name.
        if (concepts.Where((c, r) => r != first && r != second).Any(c => c?.Concept == left.Concept || c?.Concept == right.Concept)) return;
        concepts[first] = Named(left, rows[first].Label!, "first");
        concepts[second] = Named(right, rows[second].Label!, "second");
        context.Settled.Add(first);
        context.Settled.Add(second);
    }

    private static RowConcept Named(ConceptDefinition d, string label, string which) =>
        new(d.Concept, d.Labels.Standard, d.DataType, d.PeriodType, DecisionMethod.Synonym, d,
            $"'{label.Trim()}' is the {which} of two equal bare totals: a side of the identity the statement declares");

    private static bool IsBareTotal(string label) =>
        LabelMatcher.Strip(LabelNormalizer.Normalize(label)) == "total";
}
