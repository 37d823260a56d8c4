using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// "Net loss (900) / Accretion of redeemable convertible preferred stock (100) / Net loss attributable to common
/// stockholders (1,000)": the common stockholders' line names the net income when nothing is deducted from it (the
/// schemas list it as a synonym), but under deductions it is what is left for them. When the line above the deductions
/// reads as the same item and the deductions foot from it to the common stockholders' line, that line takes the item
/// whose calculation starts from that one and names the common stockholders.
/// </summary>
internal sealed class AvailableToCommonHolders : IRowConceptRewrite
{
    /// <summary>Rereads each common stockholders' line printed under the same item less deductions.</summary>
    public void Apply(RowRewriteContext context)
    {
        if (context.Statement is not { } statement) return;
        var (rows, concepts, value) = (context.Rows, context.Concepts, context.Value);
        for (int r = 2; r < rows.Count; r++)
        {
            if (concepts[r] is not { Definition: { } item } || rows[r].Label is not { } label || !OwnerLabels.NamesCommonHolders(label)) continue;
            int above = Above(context, r, item);
            if (above < 0 || rows[above].Label is not { } aboveLabel || OwnerLabels.NamesCommonHolders(aboveLabel)) continue;
            var available = statement.Concepts.Where(c => c.DataType == item.DataType && c.PeriodType == item.PeriodType
                && OwnerLabels.NamesCommonHolders(c.Labels.Standard) && c.Calculation.Any(child => child.PropertyName == item.PropertyName && child.Weight > 0)).ToList();
            if (available is not [var left] || concepts.Any(c => c?.Concept == left.Concept)) continue;
            var parts = new List<Footing.Part> { new(above) };
            for (int d = above + 1; d < r; d++) parts.Add(new(d, Deducted: true));
            if (!Footing.WherePrinted(value, rows[r].Values.Count, r, parts)) continue;
            concepts[r] = concepts[r]! with { Concept = left.Concept, Label = left.Labels.Standard, Definition = left,
                Note = $"'{label}' is '{aboveLabel}' less the lines between them: what is left for the common stockholders" };
            context.ReportRow(r, $"is '{aboveLabel}' less the lines between them: reported as {left.Concept}, not {item.Concept} printed twice");
        }
    }

    /// <summary>
    /// The row above <paramref name="row"/> reading as the same item with only labelled lines between them, each with
    /// figures, none a total and none the noncontrolling interests' share, or -1.
    /// </summary>
    private static int Above(RowRewriteContext context, int row, ConceptDefinition item)
    {
        for (int a = row - 1; a >= 0; a--)
        {
            var printed = context.Rows[a];
            if (context.Concepts[a]?.Concept == item.Concept) return a < row - 1 ? a : -1;
            if (!printed.HasLabel || printed.Values.Count == 0 || context.Concepts[a] is null or { Definition.Calculation.Count: > 0 }) return -1;
            // The noncontrolling interests' share taken off leaves the parent's share, not what is left for the common stockholders.
            if (OwnerLabels.NamesNoncontrollingInterests(printed.Label!) || context.Concepts[a]!.Definition is { } d && ParentShare.IsNoncontrollingShare(d)) return -1;
        }
        return -1;
    }
}
