namespace Taxonomy;

/// <summary>
/// A whole XBRL report as OIM models it: the namespaces its prefixes stand for, the taxonomy entry points
/// it uses, and its facts. Two reports are equal when they hold the same namespaces, taxonomy and facts
/// (fact order and provenance aside), which is what a write-then-read round trip must preserve.
/// The namespaces always include those the facts themselves need: <c>xbrli</c> and <c>iso4217</c> when a unit
/// uses them, and each entity's prefix bound to its scheme.
/// </summary>
public sealed class Report : IEquatable<Report>
{
    /// <summary>Creates a report.</summary>
    /// <exception cref="ArgumentException">A prefix is bound twice, or an entity prefix is bound to another URI than its scheme.</exception>
    public Report(IEnumerable<KeyValuePair<string, string>> namespaces, IEnumerable<string> taxonomy, IEnumerable<Fact> facts)
    {
        ArgumentNullException.ThrowIfNull(namespaces);
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentNullException.ThrowIfNull(facts);
        Facts = facts.ToArray();
        Taxonomy = taxonomy.ToArray();
        var bound = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (prefix, uri) in namespaces)
        {
            if (!bound.TryAdd(prefix, uri) && bound[prefix] != uri)
                throw new ArgumentException($"Prefix '{prefix}' is bound to both '{bound[prefix]}' and '{uri}'.", nameof(namespaces));
        }
        foreach (var fact in Facts)
        {
            BindEntity(bound, fact.Entity);
            if (fact.Unit is { } unit)
            {
                BindWellKnown(bound, unit.Numerator.Prefix);
                if (unit.Denominator is { } d) BindWellKnown(bound, d.Prefix);
            }
        }
        Namespaces = bound;
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
        FactOrder.Canonical(facts.Select(f => f with { Provenance = null }));

    /// <summary>Binds the entity's prefix to its scheme (the message naming the entity is built only for a conflict).</summary>
    private static void BindEntity(SortedDictionary<string, string> bound, Entity entity)
    {
        if (!bound.TryAdd(entity.Prefix, entity.Scheme) && bound[entity.Prefix] != entity.Scheme)
            throw new ArgumentException($"Prefix '{entity.Prefix}' of entity {entity} means '{entity.Scheme}', but the report binds it to '{bound[entity.Prefix]}'.");
    }

    private static void BindWellKnown(SortedDictionary<string, string> bound, string prefix)
    {
        if (WellKnownNamespaces.TryGet(prefix, out var uri)) bound.TryAdd(prefix, uri);
    }
}
