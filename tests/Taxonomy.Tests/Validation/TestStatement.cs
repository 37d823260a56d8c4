using Taxonomy.Concepts;
using Taxonomy.Statements;
using Taxonomy.Validation;

namespace Taxonomy.Tests.Validation;

/// <summary>A hand-written statement for tests: a definition plus values by property name.</summary>
internal sealed class TestStatement(StatementDefinition definition, Period period, IReadOnlyDictionary<string, object?> values, params ValidationFinding[] ownFindings) : IStatement
{
    public StatementDefinition Definition { get; } = definition;

    public Period Period { get; } = period;

    public object? GetValue(string propertyName) => values.TryGetValue(propertyName, out var value) ? value : null;

    public IReadOnlyList<Fact> ToFacts(Entity entity, string currency = "USD") =>
        Definition.Concepts
            .Select(c => (Concept: c, Amount: GetValue(c.PropertyName) as INumericAmount))
            .Where(p => p.Amount is not null)
            .Select(p => Fact.Numeric(p.Concept.Concept, entity, Period, p.Amount!.Value, p.Amount.Decimals, Unit.Currency(currency)))
            .ToArray();

    public IReadOnlyList<ValidationFinding> Validate() => ownFindings;
}

/// <summary>Builds statement definitions and line items for tests.</summary>
internal static class TestDefinitions
{
    public static ConceptDefinition Item(
        string property,
        string concept,
        ConceptDataType dataType = ConceptDataType.Monetary,
        PeriodType periodType = PeriodType.Duration,
        BalanceType balance = BalanceType.None,
        PeriodAnchor anchor = PeriodAnchor.End) =>
        new()
        {
            PropertyName = property,
            Concept = QName.Parse(concept),
            DataType = dataType,
            PeriodType = periodType,
            Balance = balance,
            PeriodAnchor = anchor,
            Labels = new ConceptLabels(property, null, null, null, EquatableList<string>.Empty),
        };

    public static StatementDefinition Statement(string name, StatementKind kind, PeriodType periodType, params ConceptDefinition[] concepts) =>
        new(
            name,
            "Fictional.Statements",
            kind,
            periodType,
            [],
            [new("us-gaap", "http://fasb.org/us-gaap/2024")],
            concepts,
            [],
            (_, _) => throw new NotSupportedException("not needed in tests"));

    public static MonetaryAmount Usd(decimal value, int decimals = -3) => new(value, decimals);
}
