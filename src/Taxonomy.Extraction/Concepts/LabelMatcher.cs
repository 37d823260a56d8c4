using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Concepts;

/// <summary>
/// Matches a row label to the catalog's line items of the table's statement kind: exact normalised label first,
/// then a few general rewrites (footnote marks, "(unaudited)", shareholders/stockholders, a leading "total").
/// </summary>
internal sealed class LabelMatcher
{
    private readonly ConceptCatalog _catalog;

    public LabelMatcher(ConceptCatalog catalog) => _catalog = catalog;

    public enum Outcome { None, Matched, Ambiguous }

    public (Outcome Outcome, RowConcept? Concept, string? Note) Match(string label, StatementKind kind)
    {
        foreach (var variant in Variants(label))
        {
            var entries = _catalog.FindByLabel(variant).Where(e => e.Statement.Kind == kind).ToList();
            if (entries.Count == 0) continue;
            var concepts = entries.Select(e => e.Concept).DistinctBy(c => c.Concept).ToList();
            if (concepts.Count > 1)
            {
                // Prefer the line items whose own label (not a synonym) matches.
                var byLabel = concepts.Where(c => IsOwnLabel(c, variant)).ToList();
                if (byLabel.Count == 1) concepts = byLabel;
                else return (Outcome.Ambiguous, null, $"'{label}' names {string.Join(", ", concepts.Select(c => c.Concept.ToString()))}");
            }
            var definition = concepts[0];
            var method = IsOwnLabel(definition, variant) ? DecisionMethod.Label : DecisionMethod.Synonym;
            return (Outcome.Matched, new RowConcept(definition.Concept, definition.Labels.Standard, definition.DataType, definition.PeriodType, method, definition), null);
        }
        return (Outcome.None, null, null);
    }

    private static bool IsOwnLabel(ConceptDefinition concept, string label)
    {
        string key = LabelNormalizer.Normalize(label);
        return new[] { concept.Labels.Standard, concept.Labels.Terse, concept.Labels.Total }
            .Any(l => l is not null && LabelNormalizer.Normalize(l) == key);
    }

    internal static IEnumerable<string> Variants(string label)
    {
        string normalized = LabelNormalizer.Normalize(label);
        yield return normalized;
        string stripped = Strip(normalized);
        if (stripped != normalized) yield return stripped;
        string swapped = stripped.Replace("shareholders", "stockholders", StringComparison.Ordinal);
        if (swapped != stripped) yield return swapped;
        if (swapped.StartsWith("total ", StringComparison.Ordinal)) yield return swapped["total ".Length..];
    }

    private static string Strip(string normalized)
    {
        string s = " " + normalized + " ";
        foreach (var noise in new[] { " unaudited ", " note 1 ", " note 2 ", " 1 ", " 2 ", " 3 ", " a ", " b " })
        {
            if (s.EndsWith(noise, StringComparison.Ordinal)) s = s[..^(noise.Length - 1)];
        }
        return s.Trim();
    }
}
