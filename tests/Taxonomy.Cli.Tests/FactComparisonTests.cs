using Taxonomy.Testing.Samples;

namespace Taxonomy.Cli.Tests;

/// <summary>The scorer the variant tests rely on finds what it should.</summary>
public sealed class FactComparisonTests
{
    private const string Quarter = "2026-07-01/2026-09-30";

    private static readonly ExpectedFact[] Expected =
    [
        new("Revenues", "Total revenues", Quarter, 6_126_000m, -3, "USD", "income"),
        new("extension:License fees", "License fees", Quarter, 2_223_000m, -3, "USD", "income"),
        new("EarningsPerShareBasicAndDiluted", "EPS", Quarter, -0.19m, 2, "USD/shares", "income"),
    ];

    private static Fact Numeric(string concept, decimal value, Unit unit, int decimals) =>
        new() { Concept = QName.Parse(concept), Entity = HandBuilt.Entity, Period = Period.Parse(Quarter), NumericValue = value, Unit = unit, Decimals = decimals };

    private static readonly Fact[] Right =
    [
        Numeric("us-gaap:Revenues", 6_126_000m, Unit.Usd, -3),
        Numeric("nwpx:LicenseFees", 2_223_000m, Unit.Usd, -3),
        Numeric("us-gaap:EarningsPerShareBasicAndDiluted", -0.19m, Unit.UsdPerShare, 2),
        new Fact { Concept = QName.Parse("dei:EntityRegistrantName"), Entity = HandBuilt.Entity, Period = Period.Parse(Quarter), TextValue = "Northwind" },
    ];

    [Fact]
    public void Exactly_the_expected_facts_pass_with_any_concept_for_an_extension() =>
        Assert.Empty(FactComparison.Problems(Expected, Right));

    [Fact]
    public void A_missing_fact_is_reported() =>
        Assert.Equal(["missing: " + Expected[1]], FactComparison.Problems(Expected, Right.Where(f => f.Concept.LocalName != "LicenseFees")));

    [Fact]
    public void A_wrong_value_is_reported_as_wrong_and_unexpected()
    {
        var facts = Right.Select(f => f.Concept.LocalName == "Revenues" ? f with { NumericValue = 6_216_000m } : f);
        var problems = FactComparison.Problems(Expected, facts);
        Assert.Equal(2, problems.Count);
        Assert.StartsWith("wrong value: Revenues", problems[0], StringComparison.Ordinal);
        Assert.StartsWith("unexpected: us-gaap:Revenues", problems[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_decimals_or_unit_are_reported()
    {
        var facts = Right.Select(f => f.Concept.LocalName == "EarningsPerShareBasicAndDiluted" ? f with { Decimals = 0, Unit = Unit.Usd } : f);
        var problems = FactComparison.Problems(Expected, facts);
        Assert.Equal(2, problems.Count);
        Assert.StartsWith("wrong unit:", problems[0], StringComparison.Ordinal);
        Assert.StartsWith("wrong decimals:", problems[1], StringComparison.Ordinal);
    }

    [Fact]
    public void An_extra_number_the_sample_does_not_state_is_reported() =>
        Assert.Equal(["unexpected: us-gaap:NetIncomeLoss " + Quarter + " = -16400000 iso4217:USD (decimals -5) at "],
            FactComparison.Problems(Expected, [.. Right, Numeric("us-gaap:NetIncomeLoss", -16_400_000m, Unit.Usd, -5)]));
}
