using System.Text.Json;
using Taxonomy;
using Taxonomy.Statements;
using Taxonomy.Validation;
using Widgets.Statements;

namespace Taxonomy.Consumer.Tests;

/// <summary>The minimal consumer schema (WidgetIncome, exactly as the vocabulary shows it) used from C#.</summary>
public class WidgetIncomeTests
{
    private static readonly Period Quarter = Period.Duration(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31));

    private static WidgetIncome Statement(decimal widgets, decimal gadgets, decimal total) => new(Quarter)
    {
        WidgetRevenue = new MonetaryAmount(widgets, -3),
        GadgetRevenue = new MonetaryAmount(gadgets, -3),
        Revenues = new MonetaryAmount(total, -3),
    };

    [Fact]
    public void Metadata_describes_the_schema_and_is_registered()
    {
        var definition = WidgetIncome.Metadata;
        Assert.Equal("WidgetIncome", definition.Name);
        Assert.Equal("Widgets.Statements", definition.Namespace);
        Assert.Equal(PeriodType.Duration, definition.PeriodType);
        Assert.Equal(["WidgetRevenue", "GadgetRevenue", "Revenues"], definition.Concepts.Select(c => c.PropertyName));
        Assert.Equal(new QName("wdg", "WidgetRevenue"), WidgetIncomeConcepts.WidgetRevenue.Concept);
        Assert.Equal(["Revenue from widgets"], WidgetIncomeConcepts.WidgetRevenue.Labels.Synonyms);
        Assert.Equal([new("WidgetRevenue", 1), new("GadgetRevenue", 1)], WidgetIncomeConcepts.Revenues.Calculation.ToArray());
        Assert.Contains(StatementRegistry.All, d => ReferenceEquals(d, definition));
        Assert.Same(definition, Statement(1, 2, 3).Definition);
    }

    [Fact]
    public void Constructor_rejects_an_instant_period()
    {
        Assert.Throws<ArgumentException>(() => new WidgetIncome(Period.Instant(new DateOnly(2026, 3, 31))));
    }

    [Fact]
    public void A_footing_statement_has_no_findings()
    {
        Assert.Empty(Statement(1_250_000, 750_000, 2_000_000).Validate());
    }

    [Fact]
    public void A_statement_that_does_not_foot_has_a_calculation_finding_on_the_total()
    {
        var findings = Statement(1_250_000, 750_000, 2_010_000).Validate();
        var finding = Assert.Single(findings);
        Assert.Equal(RuleIds.CalculationSummation, finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(new QName("us-gaap", "Revenues"), finding.Concept);
        Assert.Equal(2_000_000m, finding.Expected);
        Assert.Equal(2_010_000m, finding.Actual);
    }

    [Fact]
    public void GetValue_returns_the_boxed_amount_or_null()
    {
        var statement = new WidgetIncome(Quarter) { Revenues = new MonetaryAmount(5m, 0) };
        Assert.Equal(new MonetaryAmount(5m, 0), statement.GetValue("Revenues"));
        Assert.Null(statement.GetValue("WidgetRevenue"));
        Assert.Null(statement.GetValue("NoSuchItem"));
    }

    [Fact]
    public void GetValueAt_answers_by_position_in_the_definition_what_GetValue_answers_by_name()
    {
        var statement = new WidgetIncome(Quarter) { GadgetRevenue = new MonetaryAmount(3m, 0), Revenues = new MonetaryAmount(5m, 0) };
        var concepts = statement.Definition.Concepts;
        for (int i = 0; i < concepts.Count; i++) Assert.Equal(statement.GetValue(concepts[i].PropertyName), statement.GetValueAt(i));
        Assert.Null(statement.GetValueAt(0));
        Assert.Equal(new MonetaryAmount(5m, 0), statement.GetValueAt(2));
        Assert.Throws<ArgumentOutOfRangeException>(() => statement.GetValueAt(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => statement.GetValueAt(-1));
    }

    [Fact]
    public void Json_round_trip_keeps_exact_decimals_and_schema_order()
    {
        var statement = new WidgetIncome(Quarter)
        {
            WidgetRevenue = new MonetaryAmount(1_234_567.89m, 2),
            Revenues = new MonetaryAmount(79228162514264337593543950335m, Decimals.Infinite),
        };
        string json = JsonSerializer.Serialize(statement);
        Assert.Equal(
            "{\"period\":{\"startDate\":\"2026-01-01\",\"endDate\":\"2026-03-31\"},"
            + "\"WidgetRevenue\":{\"value\":1234567.89,\"decimals\":2},"
            + "\"Revenues\":{\"value\":79228162514264337593543950335,\"decimals\":\"INF\"}}",
            json);
        var back = JsonSerializer.Deserialize<WidgetIncome>(json)!;
        Assert.Equal(Quarter, back.Period);
        Assert.Equal(statement.WidgetRevenue, back.WidgetRevenue);
        Assert.Equal(statement.Revenues, back.Revenues);
        Assert.Null(back.GadgetRevenue);
    }

    [Fact]
    public void Json_read_skips_unknown_properties_and_accepts_any_order()
    {
        const string json = """
            { "Revenues": { "decimals": -3, "value": 6126000 }, "comment": { "nested": [1, 2] },
              "period": { "endDate": "2026-03-31", "startDate": "2026-01-01" } }
            """;
        var statement = JsonSerializer.Deserialize<WidgetIncome>(json)!;
        Assert.Equal(new MonetaryAmount(6_126_000m, -3), statement.Revenues);
        Assert.Equal(Quarter, statement.Period);
    }

    [Theory]
    [InlineData("""{ "period": { "startDate": "2026-01-01", "endDate": "2026-03-31" }, "Revenues": "6126000" }""", "Revenues")]
    [InlineData("""{ "period": { "startDate": "2026-01-01", "endDate": "2026-03-31" }, "Revenues": { "value": 1 } }""", "Revenues")]
    [InlineData("""{ "period": { "startDate": "2026-01-01", "endDate": "2026-03-31" }, "Revenues": { "value": "1", "decimals": 0 } }""", "Revenues.value")]
    [InlineData("""{ "period": { "instant": "2026-03-31" } }""", "period")]
    [InlineData("""{ "Revenues": { "value": 1, "decimals": 0 } }""", "period")]
    public void Json_read_rejects_wrong_tokens_naming_the_property(string json, string property)
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<WidgetIncome>(json));
        Assert.Contains(property, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Facts_round_trip_through_ToFacts_and_FromFacts()
    {
        var statement = Statement(1_250_000, 750_000, 2_000_000);
        var entity = Entity.Cik("1234567");
        var facts = statement.ToFacts(entity, "EUR");
        Assert.Equal(3, facts.Count);
        Assert.All(facts, f =>
        {
            Assert.Equal(entity, f.Entity);
            Assert.Equal(Quarter, f.Period);
            Assert.Equal(Unit.Currency("EUR"), f.Unit);
            Assert.Equal(Decimals.Of(-3), f.Decimals);
        });
        Assert.Equal(2_000_000m, facts.Single(f => f.Concept == new QName("us-gaap", "Revenues")).NumericValue);

        var otherPeriod = Period.Duration(new DateOnly(2025, 1, 1), new DateOnly(2025, 3, 31));
        var noise = facts[0] with { Period = otherPeriod, NumericValue = 1m };
        var back = WidgetIncome.FromFacts(Quarter, [noise, .. facts]);
        Assert.Equal(statement.WidgetRevenue, back.WidgetRevenue);
        Assert.Equal(statement.GadgetRevenue, back.GadgetRevenue);
        Assert.Equal(statement.Revenues, back.Revenues);

        var viaDefinition = (WidgetIncome)WidgetIncome.Metadata.FromFacts(Quarter, facts);
        Assert.Equal(statement.Revenues, viaDefinition.Revenues);
    }

    [Fact]
    public void FromFacts_ignores_a_fact_whose_unit_does_not_fit_the_data_type()
    {
        var fact = new Fact
        {
            Concept = new QName("us-gaap", "Revenues"), Entity = Entity.Cik("1"), Period = Quarter,
            NumericValue = 10m, Decimals = 0, Unit = Unit.Shares,
        };
        Assert.Null(WidgetIncome.FromFacts(Quarter, [fact]).Revenues);
    }

    [Fact]
    public void FromFacts_reads_a_later_fact_that_fits_after_one_that_does_not_and_keeps_the_first_that_fits()
    {
        Fact Revenues(decimal value, Unit unit) => new()
        {
            Concept = new QName("us-gaap", "Revenues"), Entity = Entity.Cik("1"), Period = Quarter,
            NumericValue = value, Decimals = 0, Unit = unit,
        };
        var statement = WidgetIncome.FromFacts(Quarter, [Revenues(10m, Unit.Shares), Revenues(20m, Unit.Currency("EUR")), Revenues(30m, Unit.Currency("EUR"))]);
        Assert.Equal(new MonetaryAmount(20m, 0), statement.Revenues);
        Assert.Null(statement.WidgetRevenue);
    }

    [Fact]
    public void Rules_say_nothing_about_an_absent_total_and_still_check_the_items_present()
    {
        var withoutTotal = new WidgetIncome(Quarter) { WidgetRevenue = new MonetaryAmount(1_250_000, -3), GadgetRevenue = new MonetaryAmount(750_000, -3) };
        Assert.Empty(withoutTotal.Validate());
        // Control: the same items with a total that does not foot are checked.
        Assert.Single(Statement(1_250_000, 750_000, 2_010_000).Validate());
    }
}
