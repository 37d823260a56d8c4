using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// A line worded as a subtotal ("Other income (expense), net", the nonoperating total) printed as one more line beside
/// items of that subtotal ("Interest income" above it), all of them adding to the total printed below ("Income before
/// income taxes"): read as the subtotal, the line would count its own parts twice. When the total below foots with
/// every line added once, and the line is not the sum of the parts above it, the line is what the subtotal holds
/// besides them: its residual item ("Other nonoperating income (expense)").
/// </summary>
internal sealed class TotalWordingAmongItsParts : IRowConceptRewrite
{
    /// <summary>Rewrites each such line as its subtotal's residual item.</summary>
    public void Apply(RowRewriteContext context)
    {
        if (context.Statement is not { } statement) return;
        var (rows, concepts) = (context.Rows, context.Concepts);
        var structure = CalculationStructure.For(statement);
        var index = structure.FirstIndexOf;
        for (int r = 0; r < concepts.Length; r++)
        {
            if (concepts[r] is not { Definition: { Calculation.Count: > 0 } definition, Method: DecisionMethod.Label or DecisionMethod.Synonym }
                || context.Settled.Contains(r) || !index.TryGetValue(definition.Concept, out int subtotal)) continue;
            int below = Footing.TotalBelow(concepts, r);
            if (below < 0 || !index.TryGetValue(concepts[below]!.Concept, out int total) || !structure.IsChild(total, subtotal)) continue;
            // The lines from the total above (the first part of the total below: "Operating income") to the row.
            int first = Footing.SectionStart(rows, concepts, r) - 1;
            if (first < 0 || concepts[first] is not { } opening || !index.TryGetValue(opening.Concept, out int openingItem) || !structure.IsChild(total, openingItem)) continue;
            if (!HasPartOf(structure, concepts, first + 1, r, subtotal)) continue;
            if (Footing.UnlabelledFiguresBetween(rows, first, below) || Footing.CaptionsBetween(rows, first, below).Any()) continue;
            var parts = Parts(structure, concepts, first, below, total);
            var ownParts = Parts(structure, concepts, first + 1, r, subtotal);
            if (!Footing.InEveryColumn(context.Value, context.Columns, below, parts)
                || Footing.WherePrinted(context.Value, context.Columns, r, ownParts)) continue;
            var residual = UnderPrintedTotals.ResidualItems(structure, subtotal, definition.DataType);
            if (residual is not [var item] || concepts.Any(c => c?.Concept == item.Concept)) continue;
            concepts[r] = RowConcept.Of(item, DecisionMethod.Synonym,
                $"'{rows[r].Label}' read as {item.Concept}: printed beside items of {definition.Concept}, all adding to the total below ({concepts[below]!.Concept})");
            context.ReportRow(r, $"is worded as {definition.Concept} but printed beside items of it, each added once to {concepts[below]!.Concept} below; reported as {item.Concept}, what {definition.Concept} holds besides them");
        }
    }

    /// <summary>
    /// The rows from <paramref name="from"/> up to <paramref name="to"/> as parts of <paramref name="total"/>: an item it
    /// subtracts ("Interest expense") by its magnitude, printed in parentheses or not; the rest as printed.
    /// </summary>
    private static Footing.Part[] Parts(CalculationStructure structure, RowConcept?[] concepts, int from, int to, int total)
    {
        var parts = new Footing.Part[to - from];
        for (int k = from; k < to; k++)
        {
            bool subtracted = concepts[k] is { } c && structure.FirstIndexOf.TryGetValue(c.Concept, out int item)
                && structure.Descendants[total].Any(d => d.Concept == item && d.Weight < 0);
            parts[k - from] = new Footing.Part(k, Deducted: subtracted);
        }
        return parts;
    }

    /// <summary>Whether a row from <paramref name="from"/> up to <paramref name="to"/> reports an item of <paramref name="subtotal"/>'s calculation.</summary>
    private static bool HasPartOf(CalculationStructure structure, RowConcept?[] concepts, int from, int to, int subtotal)
    {
        for (int k = from; k < to; k++)
        {
            if (concepts[k] is { } c && structure.FirstIndexOf.TryGetValue(c.Concept, out int item) && structure.IsDescendant[subtotal, item]) return true;
        }
        return false;
    }
}
