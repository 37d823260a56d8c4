using System.Runtime.CompilerServices;
using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// A wording the schema pairs with another line item (<see cref="ConceptDefinition.CounterpartOf"/>, declared by either
/// of the two) is, printed among the lines of a total whose calculation holds the other item and not the one it names,
/// that other item: the excess tax benefit taken out of operating cash flows and shown again under financing activities,
/// a bare "Deferred income taxes" among the liabilities. Captions between the row and the total do not matter: the pair
/// is declared. Runs before superseded items take their successors, so that the item a moved row named is free.
/// </summary>
internal sealed class SectionCounterparts : IRowConceptRewrite
{
    /// <summary>Moves each row naming one item of a declared pair, printed in the other item's section, to that item.</summary>
    public void Apply(RowRewriteContext context)
    {
        if (context.Statement is not { } statement) return;
        var paired = PairedItems(statement);
        if (paired.Count == 0) return;
        var (rows, concepts) = (context.Rows, context.Concepts);
        CalculationStructure? structure = null;
        for (int r = 0; r < concepts.Length; r++)
        {
            if (concepts[r] is not { Definition: { } definition } || !paired.Contains(definition.PropertyName) || context.Settled.Contains(r)) continue;
            structure ??= CalculationStructure.For(statement);
            var index = structure.FirstIndexOf;
            int below = Footing.TotalBelow(concepts, r);
            if (below < 0 || !index.TryGetValue(concepts[below]!.Concept, out int total) || !index.TryGetValue(definition.Concept, out int item)) continue;
            if (structure.IsDescendant[total, item] || Footing.UnlabelledFiguresBetween(rows, r, below) || Counterpart(structure, total, item) is not { } counterpart) continue;
            concepts[r] = RowConcept.Of(counterpart, DecisionMethod.Synonym,
                $"'{rows[r].Label}' names {definition.Concept}, printed here in the section of {concepts[below]!.Concept}: its counterpart there");
        }
    }

    private static readonly ConditionalWeakTable<StatementDefinition, HashSet<string>> PairedCache = new();

    /// <summary>
    /// The property names of the statement's items that belong to a declared pair, either side: found once per
    /// statement, not for every table (callers only read it).
    /// </summary>
    private static HashSet<string> PairedItems(StatementDefinition statement) =>
        PairedCache.GetValue(statement, static s =>
        {
            var paired = new HashSet<string>(StringComparer.Ordinal);
            foreach (var concept in s.Concepts)
            {
                if (concept.CounterpartOf is not { } counterpart) continue;
                paired.Add(concept.PropertyName);
                paired.Add(counterpart.PropertyName);
            }
            return paired;
        });

    /// <summary>
    /// The item under <paramref name="total"/> that the schema pairs with the item at <paramref name="named"/> as the same
    /// wording printed in another section, or null.
    /// </summary>
    private static ConceptDefinition? Counterpart(CalculationStructure structure, int total, int named)
    {
        var concepts = structure.Concepts;
        var item = concepts[named];
        var found = structure.Descendants[total].Select(d => concepts[d.Concept])
            .Where(c => c.DataType == item.DataType && c.Concept != item.Concept
                && (c.PropertyName == item.CounterpartOf?.PropertyName || c.CounterpartOf?.PropertyName == item.PropertyName))
            .DistinctBy(c => c.Concept).ToList();
        return found.Count == 1 ? found[0] : null;
    }
}
