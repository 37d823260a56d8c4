using System.Text.Json;
using Taxonomy.Concepts;
using Taxonomy.Statements;
using Taxonomy.Testing.JsonSchema;

namespace Taxonomy.Tests.Schemas;

/// <summary>
/// The typed JSON the generated converters write validates against the very schema each statement was
/// generated from, with every line item filled, and reads back to an equal statement.
/// </summary>
public class GeneratedJsonConformsTests
{
    private static readonly Entity Filer = Entity.Cik("0000999999");

    public static TheoryData<string> ShippedStatements() =>
        new(ShippedDefinitions().Select(d => d.Name));

    [Theory, MemberData(nameof(ShippedStatements))]
    public void A_fully_populated_column_validates_against_its_schema(string name)
    {
        var definition = ShippedDefinitions().Single(d => d.Name == name);
        var statement = FullyPopulated(definition);
        string json = JsonSerializer.Serialize(statement, statement.GetType());

        var schema = SchemaFiles.Statements().Single(s => s.Schema.GetProperty("title").GetString() == name).Schema;
        var instance = SchemaFiles.Parse(json);
        Assert.Empty(new SchemaValidator().Validate(instance, schema));
        foreach (var concept in definition.Concepts)
        {
            Assert.True(instance.TryGetProperty(concept.PropertyName, out _), $"{concept.PropertyName} missing from the JSON");
        }
    }

    [Theory, MemberData(nameof(ShippedStatements))]
    public void A_fully_populated_column_reads_back_equal(string name)
    {
        var definition = ShippedDefinitions().Single(d => d.Name == name);
        var statement = FullyPopulated(definition);
        string json = JsonSerializer.Serialize(statement, statement.GetType());
        var back = (IStatement)JsonSerializer.Deserialize(json, statement.GetType())!;

        Assert.Equal(statement.Period, back.Period);
        foreach (var concept in definition.Concepts)
        {
            Assert.Equal(statement.GetValue(concept.PropertyName), back.GetValue(concept.PropertyName));
        }
    }

    [Fact]
    public void A_value_of_the_wrong_shape_fails_the_schema()
    {
        var schema = SchemaFiles.Statements().Single(s => s.Schema.GetProperty("title").GetString() == "IncomeStatement").Schema;
        var instance = SchemaFiles.Parse("""{ "period": { "startDate": "2031-01-01", "endDate": "2031-03-31" }, "Revenues": 1200 }""");
        Assert.NotEmpty(new SchemaValidator().Validate(instance, schema));
    }

    private static IReadOnlyList<StatementDefinition> ShippedDefinitions()
    {
        // Touching one generated type loads the assembly, whose module initializer registers all four.
        _ = Taxonomy.Statements.BalanceSheet.Metadata;
        return StatementRegistry.All.Where(d => d.Namespace == "Taxonomy.Statements").ToArray();
    }

    private static IStatement FullyPopulated(StatementDefinition definition)
    {
        var period = definition.PeriodType == PeriodType.Instant
            ? Period.Instant(new DateOnly(2031, 3, 31))
            : Period.Duration(new DateOnly(2031, 1, 1), new DateOnly(2031, 3, 31));
        var facts = definition.Concepts.Select((concept, index) => SampleFact(concept, period, index)).ToArray();
        return definition.FromFacts(period, facts);
    }

    private static Fact SampleFact(ConceptDefinition concept, Period statementPeriod, int index)
    {
        var period = concept.PeriodType == statementPeriod.Type
            ? statementPeriod
            : concept.PeriodAnchor == PeriodAnchor.Start ? statementPeriod.StartInstant : statementPeriod.EndInstant;
        decimal magnitude = 1_000m * (index + 1);
        return concept.DataType switch
        {
            ConceptDataType.Monetary => Fact.Numeric(concept.Concept, Filer, period, magnitude * 1_000m, -3, Unit.Usd),
            ConceptDataType.PerShare => Fact.Numeric(concept.Concept, Filer, period, -0.19m, 2, Unit.UsdPerShare),
            ConceptDataType.Shares => Fact.Numeric(concept.Concept, Filer, period, magnitude * 1_000m, -3, Unit.Shares),
            ConceptDataType.Pure => Fact.Numeric(concept.Concept, Filer, period, 0.25m, 2, Unit.Pure),
            ConceptDataType.Date => Fact.Text(concept.Concept, Filer, period, "2031-03-31"),
            _ => Fact.Text(concept.Concept, Filer, period, "Sample text " + index.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
    }
}
