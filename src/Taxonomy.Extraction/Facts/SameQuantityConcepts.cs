using Taxonomy.Concepts;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// The concepts a table may print the quantity a prose phrase names under: the other concepts of its
/// <see cref="CrossStatementIdentity"/> (net income with or without non-controlling interests), and the components its
/// calculation adds (a release's "revenue" printed as the table's only line, "Net sales"). A prose amount for a concept
/// no table reports that agrees with one of these restates that table line; it is not a second fact.
/// </summary>
internal sealed class SameQuantityConcepts
{
    private readonly ConceptCatalog _catalog;
    private readonly Dictionary<QName, List<QName>> _byConcept = [];

    public SameQuantityConcepts(ConceptCatalog catalog)
    {
        _catalog = catalog;
    }

    public IReadOnlyList<QName> Of(QName concept)
    {
        if (_byConcept.TryGetValue(concept, out var known)) return known;
        var result = new List<QName>();
        foreach (var identity in CrossStatementIdentity.Standard)
        {
            if (identity.Concepts.Contains(concept)) result.AddRange(identity.Concepts.Where(c => c != concept));
        }
        foreach (var entry in _catalog.FindByConcept(concept))
        {
            foreach (var child in entry.Concept.Calculation)
            {
                if (child.Weight != 1) continue;
                var component = entry.Statement.Concepts.FirstOrDefault(c => c.PropertyName == child.PropertyName)?.Concept;
                if (component is { } c && c != concept && !result.Contains(c)) result.Add(c);
            }
        }
        _byConcept[concept] = result;
        return result;
    }
}
