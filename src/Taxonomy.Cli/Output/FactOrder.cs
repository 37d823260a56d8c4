namespace Taxonomy.Cli.Output;

/// <summary>The order facts are listed in: by place in the document, then concept, period and value.</summary>
internal static class FactOrder
{
    public static IEnumerable<Fact> Sort(IEnumerable<Fact> facts) =>
        facts
            .OrderBy(f => f.Provenance?.Span.Offset ?? int.MaxValue)
            .ThenBy(f => f.Concept)
            .ThenBy(f => f.Period)
            .ThenBy(f => f.LexicalValue, StringComparer.Ordinal);
}
