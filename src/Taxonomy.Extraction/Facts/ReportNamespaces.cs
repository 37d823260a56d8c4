using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Facts;

/// <summary>The prefixes a report's facts use, mapped to namespace URIs (catalog first, then well-known ones).</summary>
internal static class ReportNamespaces
{
    public const string UsGaap = "http://fasb.org/us-gaap/2024";
    public const string EntryPoint = "https://xbrl.fasb.org/us-gaap/2024/entire/us-gaap-entryPoint-std-2024.xsd";

    public static Dictionary<string, string> For(IReadOnlyList<Fact> facts, ConceptCatalog catalog, Concepts.ExtensionNamer namer, Entity entity)
    {
        var known = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["us-gaap"] = UsGaap,
            ["dei"] = DocumentFacts.DeiNamespace,
            ["iso4217"] = "http://www.xbrl.org/2003/iso4217",
            ["xbrli"] = "http://www.xbrl.org/2003/instance",
            [namer.Prefix] = namer.NamespaceUri,
        };
        foreach (var statement in catalog.Statements)
        {
            foreach (var (prefix, uri) in statement.Namespaces) known.TryAdd(prefix, uri);
        }
        var used = new SortedDictionary<string, string>(StringComparer.Ordinal);
        void Use(string prefix)
        {
            if (known.TryGetValue(prefix, out var uri)) used.TryAdd(prefix, uri);
        }
        foreach (var fact in facts)
        {
            Use(fact.Concept.Prefix);
            if (fact.Unit is { } unit)
            {
                Use(unit.Numerator.Prefix);
                if (unit.Denominator is { } d) Use(d.Prefix);
            }
        }
        used.TryAdd(entity.Prefix, entity.Scheme);
        used.TryAdd(namer.Prefix, namer.NamespaceUri);
        return new Dictionary<string, string>(used, StringComparer.Ordinal);
    }
}
