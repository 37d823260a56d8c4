using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// A line item the schema names a counterpart for where a printed total places it
/// (<see cref="ConceptDefinition.ClassifiedAs"/>): "Other assets" printed below a current-assets total is other
/// noncurrent assets; "Interest expense" among the lines that foot to a printed other-income total is nonoperating
/// interest expense. A row named by its label and so placed is the counterpart, when the statement defines it and no
/// other row reports it. A statement that does not print the total that way keeps the item.
/// </summary>
internal sealed class ClassifiedItems : IRowConceptRewrite
{
    /// <summary>Replaces each row concept matched by its label that its classifying total places.</summary>
    public void Apply(RowRewriteContext context)
    {
        if (context.Statement is not { } statement) return;
        var concepts = context.Concepts;
        for (int r = 0; r < concepts.Length; r++)
        {
            if (concepts[r] is not { Method: DecisionMethod.Label or DecisionMethod.Synonym, Definition.ClassifiedAs: { } classification } concept) continue;
            if (statement.FindProperty(classification.Total) is not { } total) continue;
            bool placed = classification.Position == ClassifyingPosition.Below ? PrintedAbove(context, r, total.Concept) : FootsUnder(context, r, total.Concept);
            if (!placed) continue;
            string why = classification.Reason
                ?? (classification.Position == ClassifyingPosition.Below ? "it is printed below " : "it is printed among the lines that foot to ") + total.Concept;
            context.ReportAs(r, classification.PropertyName, counterpart => $"'{context.Rows[r].Label}' reported as {counterpart.Concept}: {why}");
        }
    }

    /// <summary>True when a row above <paramref name="row"/> reports <paramref name="total"/> with an amount (not a bare caption).</summary>
    private static bool PrintedAbove(RowRewriteContext context, int row, QName total)
    {
        for (int a = 0; a < row; a++)
        {
            if (context.Concepts[a]?.Concept == total && HasAmount(context, a)) return true;
        }
        return false;
    }

    /// <summary>
    /// True when the first total printed below <paramref name="row"/> reports <paramref name="total"/> and the rows of the
    /// section it closes (from the caption or previous total down), <paramref name="row"/> among them, add up to it as printed.
    /// </summary>
    private static bool FootsUnder(RowRewriteContext context, int row, QName total)
    {
        int below = Footing.TotalBelow(context.Concepts, row);
        if (below < 0 || context.Concepts[below]?.Concept != total) return false;
        int start = Footing.SectionStart(context.Rows, context.Concepts, below);
        return start <= row && below - start >= 2 && Footing.WherePrinted(context.Value, context.Columns, below, Footing.Above(start, below));
    }

    private static bool HasAmount(RowRewriteContext context, int row)
    {
        for (int c = 0; c < context.Columns; c++)
        {
            if (context.Value(row, c) is not null) return true;
        }
        return false;
    }
}
