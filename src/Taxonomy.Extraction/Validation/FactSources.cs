namespace Taxonomy.Extraction.Validation;

/// <summary>
/// Where facts were printed (which table) and which extension concepts the solver found to be components of which
/// totals: what validation needs to tell a real calculation error from a check that does not apply.
/// </summary>
internal sealed class FactSources
{
    private readonly Dictionary<(QName, Period), int> _table = [];
    private readonly Dictionary<QName, QName> _extensionParents = [];

    public void AddTable(int table, IEnumerable<Fact> facts, IReadOnlyDictionary<QName, QName> extensionParents)
    {
        foreach (var fact in facts) _table.TryAdd((fact.Concept, fact.Period), table);
        foreach (var (extension, parent) in extensionParents) _extensionParents.TryAdd(extension, parent);
    }

    /// <summary>The table a fact was printed in, or null for a fact stated only in prose.</summary>
    public int? TableOf(QName concept, Period period) => _table.TryGetValue((concept, period), out int t) ? t : null;

    /// <summary>The extension concepts that are components of <paramref name="total"/>.</summary>
    public IEnumerable<QName> ExtensionsOf(QName total) => _extensionParents.Where(p => p.Value == total).Select(p => p.Key);
}
