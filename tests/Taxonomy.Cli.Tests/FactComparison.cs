using System.Globalization;
using Taxonomy.Testing.Samples;

namespace Taxonomy.Cli.Tests;

/// <summary>
/// Compares extracted facts with a sample's expected facts the way truth files are scored: every expected fact
/// found (same concept — any concept for an extension line — period, value, unit and decimals), and no numeric
/// fact outside the cover page that the sample does not state (a wrong number is worse than a missing one).
/// </summary>
public static class FactComparison
{
    public static IReadOnlyList<string> Problems(IReadOnlyList<ExpectedFact> expected, IEnumerable<Fact> actual)
    {
        var facts = actual.Where(f => f.IsNumeric && f.Concept.Prefix != "dei").ToArray();
        var problems = new List<string>();
        foreach (var e in expected)
        {
            var samePlace = facts.Where(f => Matches(e, f)).ToArray();
            var found = samePlace.Where(f => f.NumericValue == e.Value).ToArray();
            if (found.Length == 0)
            {
                problems.Add(samePlace.Length == 0
                    ? $"missing: {e}"
                    : $"wrong value: {e}; got {string.Join(", ", samePlace.Select(Describe))}");
                continue;
            }
            if (!found.Any(f => UnitOf(f) == e.Unit)) problems.Add($"wrong unit: {e}; got {string.Join(", ", found.Select(Describe))}");
            if (!found.Any(f => f.Decimals?.ToString() == e.Decimals.ToString(CultureInfo.InvariantCulture))) problems.Add($"wrong decimals: {e}; got {string.Join(", ", found.Select(Describe))}");
        }
        foreach (var fact in facts)
        {
            if (!expected.Any(e => Matches(e, fact) && e.Value == fact.NumericValue)) problems.Add($"unexpected: {Describe(fact)}");
        }
        return problems;
    }

    private static bool Matches(ExpectedFact expected, Fact fact) =>
        fact.Period.ToString() == expected.Period
        && (expected.IsExtension ? fact.NumericValue == expected.Value : fact.Concept.LocalName == expected.Concept);

    /// <summary>The truth-file form of a fact's unit: <c>USD</c>, <c>USD/shares</c>, <c>shares</c>.</summary>
    public static string UnitOf(Fact fact) => fact.Unit is not { } unit
        ? string.Empty
        : unit.Denominator is { } d ? unit.Numerator.LocalName + "/" + d.LocalName : unit.Numerator.LocalName;

    private static string Describe(Fact fact) =>
        $"{fact.Concept} {fact.Period} = {fact.LexicalValue} {fact.Unit} (decimals {fact.Decimals}) at {fact.Provenance?.Span}";
}
