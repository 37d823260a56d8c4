using Taxonomy.Concepts;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// The concepts a table may print the quantity a prose phrase names under: the other concepts of its
/// <see cref="CrossStatementIdentity"/> (net income with or without non-controlling interests), and the components its
/// calculation adds, when a table prints only one of them (a release's "revenue" printed as the table's "Net sales"). A
/// prose amount for a concept no table reports that agrees with one of these restates that table line; it is not a second fact.
/// </summary>
internal sealed class SameQuantityConcepts
{
    private readonly ConceptCatalog _catalog;
    private readonly Dictionary<QName, (List<QName> Partners, List<QName> Components)> _byConcept = [];

    public SameQuantityConcepts(ConceptCatalog catalog)
    {
        _catalog = catalog;
    }

    /// <summary>The identity partners of <paramref name="concept"/>, then the components its calculation adds.</summary>
    public (IReadOnlyList<QName> Partners, IReadOnlyList<QName> Components) Of(QName concept)
    {
        if (_byConcept.TryGetValue(concept, out var known)) return known;
        var partners = new List<QName>();
        foreach (var identity in CrossStatementIdentity.Standard)
        {
            if (identity.Concepts.Contains(concept)) partners.AddRange(identity.Concepts.Where(c => c != concept));
        }
        var result = new List<QName>();
        foreach (var entry in _catalog.FindByConcept(concept))
        {
            foreach (var child in entry.Concept.Calculation)
            {
                if (child.Weight != 1) continue;
                var component = entry.Statement.Concepts.FirstOrDefault(c => c.PropertyName == child.PropertyName)?.Concept;
                if (component is { } c && c != concept && !result.Contains(c)) result.Add(c);
            }
        }
        _byConcept[concept] = (partners, result);
        return (partners, result);
    }
}
