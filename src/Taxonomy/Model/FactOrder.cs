namespace Taxonomy;

/// <summary>
/// The canonical order of facts: concept, period, entity, unit, value (then decimals), all ordinal. Serializers
/// number facts in this order and report equality compares in it, so output never depends on input order.
/// </summary>
public static class FactOrder
{
    /// <summary>The facts in canonical order.</summary>
    public static IEnumerable<Fact> Canonical(IEnumerable<Fact> facts) =>
        facts.OrderBy(f => f.Concept)
             .ThenBy(f => f.Period)
             .ThenBy(f => f.Entity.ToString(), StringComparer.Ordinal)
             .ThenBy(f => f.Entity.Scheme, StringComparer.Ordinal)
             .ThenBy(f => f.Unit?.ToString(), StringComparer.Ordinal)
             .ThenBy(f => f.IsNumeric)
             .ThenBy(f => f.LexicalValue, StringComparer.Ordinal)
             .ThenBy(f => f.Decimals?.ToString(), StringComparer.Ordinal);
}
