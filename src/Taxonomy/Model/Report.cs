namespace Taxonomy;

/// <summary>
/// A whole XBRL report as OIM models it: the namespaces its prefixes stand for, the taxonomy entry points
/// it uses, and its facts. Two reports are equal when they hold the same namespaces, taxonomy and facts
/// (fact order and provenance aside), which is what a write-then-read round trip must preserve.
/// </summary>
public sealed class Report : IEquatable<Report>
{
    /// <summary>Creates a report.</summary>
    public Report(IEnumerable<KeyValuePair<string, string>> namespaces, IEnumerable<string> taxonomy, IEnumerable<Fact> facts)
    {
        Namespaces = new SortedDictionary<string, string>(namespaces.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal), StringComparer.Ordinal);
        Taxonomy = taxonomy.ToArray();
        Facts = facts.ToArray();
    }

    /// <summary>Prefix → namespace URI, ordered by prefix.</summary>
    public IReadOnlyDictionary<string, string> Namespaces { get; }

    /// <summary>Taxonomy entry points (schema URLs).</summary>
    public IReadOnlyList<string> Taxonomy { get; }

    /// <summary>The facts.</summary>
    public IReadOnlyList<Fact> Facts { get; }

    /// <inheritdoc />
    public bool Equals(Report? other)
    {
        if (other is null) return false;
        if (ReferenceEquals(this, other)) return true;
        return Namespaces.Count == other.Namespaces.Count
            && Namespaces.All(p => other.Namespaces.TryGetValue(p.Key, out var v) && v == p.Value)
            && Taxonomy.SequenceEqual(other.Taxonomy, StringComparer.Ordinal)
            && Normalized(Facts).SequenceEqual(Normalized(other.Facts));
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Report);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Namespaces.Count, Taxonomy.Count, Facts.Count);

    private static IEnumerable<Fact> Normalized(IEnumerable<Fact> facts) =>
        facts.Select(f => f with { Provenance = null })
             .OrderBy(f => f.Concept)
             .ThenBy(f => f.Period)
             .ThenBy(f => f.Entity.ToString(), StringComparer.Ordinal)
             .ThenBy(f => f.Unit?.ToString(), StringComparer.Ordinal)
             .ThenBy(f => f.LexicalValue, StringComparer.Ordinal);
}
