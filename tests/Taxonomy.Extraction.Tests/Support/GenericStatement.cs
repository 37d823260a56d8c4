using Taxonomy.Concepts;
using Taxonomy.Statements;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Tests.Support;

/// <summary>
/// A statement over any <see cref="StatementDefinition"/>, for tests that build catalogs by hand (or from schema
/// JSON) without the generator: values by property, validated with the same <see cref="StatementRules"/> generated code calls.
/// </summary>
public sealed class GenericStatement : IStatement
{
    private readonly Dictionary<string, Fact> _values;

    private GenericStatement(StatementDefinition definition, Period period, Dictionary<string, Fact> values)
    {
        Definition = definition;
        Period = period;
        _values = values;
    }

    public StatementDefinition Definition { get; }

    public Period Period { get; }

    public static IStatement FromFacts(StatementDefinition definition, Period period, IEnumerable<Fact> facts)
    {
        var values = new Dictionary<string, Fact>(StringComparer.Ordinal);
        var list = facts.ToList();
        foreach (var concept in definition.Concepts)
        {
            var wanted = concept.PeriodType == PeriodType.Instant && !period.IsInstant
                ? (concept.PeriodAnchor == PeriodAnchor.Start ? period.StartInstant : period.EndInstant)
                : period;
            var fact = list.FirstOrDefault(f => f.Concept == concept.Concept && f.Period == wanted);
            if (fact is not null) values[concept.PropertyName] = fact;
        }
        return new GenericStatement(definition, period, values);
    }

    public object? GetValue(string propertyName) =>
        _values.TryGetValue(propertyName, out var f) ? (f.NumericValue is { } v ? new MonetaryAmount(v, f.Decimals ?? Decimals.Infinite) : f.TextValue) : null;

    public IReadOnlyList<Fact> ToFacts(Entity entity, string currency = "USD") => _values.Values.Select(f => f with { Entity = entity }).ToList();

    public IReadOnlyList<ValidationFinding> Validate()
    {
        var findings = new List<ValidationFinding>();
        foreach (var concept in Definition.Concepts)
        {
            if (concept.Calculation.Count > 0)
            {
                var children = concept.Calculation.Select(c => Term(c.PropertyName, c.Weight)).ToArray();
                StatementRules.Summation(findings, concept, Period, Term(concept.PropertyName, 1), children);
            }
            if (concept.NonNegative) StatementRules.NonNegative(findings, concept, Period, Term(concept.PropertyName, 1));
        }
        foreach (var (left, right) in Definition.Identities)
        {
            StatementRules.Identity(findings, Definition.FindProperty(left)!, Definition.FindProperty(right)!, Period, Term(left, 1), Term(right, 1));
        }
        return findings;
    }

    private CalculationTerm Term(string property, int weight) =>
        _values.TryGetValue(property, out var f) && f.NumericValue is { } v
            ? new CalculationTerm(v, f.Decimals ?? Decimals.Infinite, weight)
            : new CalculationTerm(null, default, weight);
}
