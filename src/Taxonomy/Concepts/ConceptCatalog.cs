using System.Collections.Frozen;
using Taxonomy.Statements;

namespace Taxonomy.Concepts;

/// <summary>A line item of a particular statement.</summary>
public sealed record CatalogEntry(StatementDefinition Statement, ConceptDefinition Concept);

/// <summary>
/// Every line item of a set of statements, indexed for the questions extraction asks:
/// which line items does this (normalised) row label name, and what does the taxonomy say of a concept.
/// </summary>
public sealed class ConceptCatalog
{
    private readonly FrozenDictionary<string, CatalogEntry[]> _byLabel;
    private readonly FrozenDictionary<QName, CatalogEntry[]> _byConcept;

    /// <summary>Indexes the given statements.</summary>
    public ConceptCatalog(IEnumerable<StatementDefinition> statements)
    {
        Statements = statements.OrderBy(s => s.Namespace + "." + s.Name, StringComparer.Ordinal).ToArray();
        var byLabel = new Dictionary<string, List<CatalogEntry>>(StringComparer.Ordinal);
        var byConcept = new Dictionary<QName, List<CatalogEntry>>();
        foreach (var statement in Statements)
        {
            foreach (var concept in statement.Concepts)
            {
                var entry = new CatalogEntry(statement, concept);
                Add(byConcept, concept.Concept, entry);
                foreach (var label in concept.Labels.All())
                {
                    Add(byLabel, LabelNormalizer.Normalize(label), entry);
                }
            }
        }
        _byLabel = byLabel.ToFrozenDictionary(p => p.Key, p => p.Value.Distinct().ToArray(), StringComparer.Ordinal);
        _byConcept = byConcept.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>The catalog of every statement registered so far (the shipped ones and any a consumer generated).</summary>
    /// <remarks>Built once per state of the registry: registering a statement replaces the registry's array, which rebuilds it.</remarks>
    public static ConceptCatalog Default
    {
        get
        {
            var statements = StatementRegistry.All;
            var cached = Volatile.Read(ref _default);
            if (cached is not null && ReferenceEquals(cached.Source, statements)) return cached.Catalog;
            var built = new DefaultCatalog(statements, new ConceptCatalog(statements));
            Volatile.Write(ref _default, built);
            return built.Catalog;
        }
    }

    private sealed record DefaultCatalog(IReadOnlyList<StatementDefinition> Source, ConceptCatalog Catalog);

    private static DefaultCatalog? _default;

    /// <summary>The statements indexed, ordered by full type name.</summary>
    public IReadOnlyList<StatementDefinition> Statements { get; }

    // The finders answer a miss with Array.Empty: against the other branch's List, [] would be a new List for every miss.

    /// <summary>The line items whose label or synonym normalises to the same text as <paramref name="label"/>.</summary>
    public IReadOnlyList<CatalogEntry> FindByLabel(string label) =>
        _byLabel.TryGetValue(LabelNormalizer.Normalize(label), out var entries) ? entries : Array.Empty<CatalogEntry>();

    /// <summary>
    /// As <see cref="FindByLabel"/> for a label already normalised (<see cref="LabelNormalizer.Normalize(string)"/> leaves its
    /// output unchanged: lower-case letters and digits, single spaces), without normalising it again.
    /// </summary>
    public IReadOnlyList<CatalogEntry> FindByNormalizedLabel(string normalized) =>
        _byLabel.TryGetValue(normalized, out var entries) ? entries : Array.Empty<CatalogEntry>();

    /// <summary>The line items reporting <paramref name="concept"/>.</summary>
    public IReadOnlyList<CatalogEntry> FindByConcept(QName concept) =>
        _byConcept.TryGetValue(concept, out var entries) ? entries : Array.Empty<CatalogEntry>();

    /// <summary>Every normalised label known, for fuzzy matching.</summary>
    public IEnumerable<string> NormalizedLabels => _byLabel.Keys;

    private static void Add<TKey>(Dictionary<TKey, List<CatalogEntry>> index, TKey key, CatalogEntry entry) where TKey : notnull
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(entry);
    }
}
