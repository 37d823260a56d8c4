using System.Text.Json;
using System.Text.Json.Nodes;
using Taxonomy.Testing;
using Taxonomy.Testing.JsonSchema;

namespace Taxonomy.Tests.Schemas;

public class StatementSchemaTests
{
    public static TheoryData<string> StatementNames() => new(SchemaFiles.Statements().Select(s => s.Name));

    private static JsonElement Schema(string name) => SchemaFiles.Statements().Single(s => s.Name == name).Schema;

    [Fact]
    public void The_four_shipped_statements_exist_and_the_meta_schema_is_not_one()
    {
        var titles = SchemaFiles.Statements().Select(s => s.Schema.GetProperty("title").GetString()).Order(StringComparer.Ordinal);
        Assert.Equal(["BalanceSheet", "CashFlowStatement", "DocumentAndEntityInformation", "IncomeStatement"], titles);
        Assert.False(SchemaFiles.Meta.TryGetProperty("x-statement", out _));
    }

    [Theory, MemberData(nameof(StatementNames))]
    public void Validates_against_the_meta_schema(string name) =>
        Assert.Empty(new SchemaValidator().Validate(Schema(name), SchemaFiles.Meta));

    [Theory]
    [InlineData("x-concept", null)]
    [InlineData("x-dataType", "\"money\"")]
    [InlineData("x-periodType", "\"forever\"")]
    [InlineData("x-balance", "\"left\"")]
    [InlineData("x-periodAnchor", "\"middle\"")]
    [InlineData("x-colour", "\"red\"")]
    [InlineData("x-calculation", "[{\"item\":\"Revenues\",\"weight\":2}]")]
    [InlineData("x-labels", "{\"synonyms\":[]}")]
    [InlineData("x-supersededBy", "{\"item\":\"Revenues\",\"from\":\"15 December 2018\"}")]
    [InlineData("x-supersededBy", "{\"item\":\"Revenues\"}")]
    [InlineData("x-classifiedAs", "{\"item\":\"Revenues\"}")]
    [InlineData("x-classifiedAs", "{\"item\":\"Revenues\",\"below\":\"CostOfRevenue\",\"under\":\"OperatingIncomeLoss\"}")]
    [InlineData("x-counterpartOf", "{\"reason\":\"the same words in another section\"}")]
    [InlineData("x-counterpartOf", "{\"item\":\"Revenues\",\"below\":\"CostOfRevenue\"}")]
    [InlineData("x-counterpartOf", "\"Revenues\"")]
    public void A_broken_line_item_fails_the_meta_schema(string keyword, string? value)
    {
        var node = JsonNode.Parse(Schema("income-statement.schema.json").GetRawText())!;
        var item = node["properties"]!["GrossProfit"]!.AsObject();
        item.Remove(keyword);
        if (value is not null) item[keyword] = JsonNode.Parse(value);
        var broken = SchemaFiles.Parse(node.ToJsonString());
        Assert.NotEmpty(new SchemaValidator().Validate(broken, SchemaFiles.Meta));
    }

    [Fact]
    public void A_statement_without_namespace_fails_the_meta_schema()
    {
        var node = JsonNode.Parse(Schema("balance-sheet.schema.json").GetRawText())!;
        node["x-statement"]!.AsObject().Remove("namespace");
        Assert.NotEmpty(new SchemaValidator().Validate(SchemaFiles.Parse(node.ToJsonString()), SchemaFiles.Meta));
    }

    [Theory, MemberData(nameof(StatementNames))]
    public void Every_reference_names_a_line_item_of_the_same_schema(string name)
    {
        var schema = Schema(name);
        var items = SchemaFiles.LineItems(schema).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var item in SchemaFiles.LineItems(schema))
        {
            if (item.Value.TryGetProperty("x-calculation", out var calc))
                foreach (var child in calc.EnumerateArray())
                {
                    string target = child.GetProperty("item").GetString()!;
                    int weight = child.GetProperty("weight").GetInt32();
                    if (!items.Contains(target)) problems.Add($"{item.Name}: calculation item {target} missing");
                    if (weight is not (1 or -1)) problems.Add($"{item.Name}: weight {weight}");
                    if (target == item.Name) problems.Add($"{item.Name}: sums itself");
                }
            if (item.Value.TryGetProperty("x-perShareOf", out var ratio))
            {
                foreach (string part in new[] { "numerator", "denominator" })
                    if (!items.Contains(ratio.GetProperty(part).GetString()!)) problems.Add($"{item.Name}: {part} missing");
                if (item.Value.GetProperty("x-dataType").GetString() != "perShare") problems.Add($"{item.Name}: perShareOf on a non-per-share item");
            }
            if (item.Value.TryGetProperty("x-supersededBy", out var successor) && !items.Contains(successor.GetProperty("item").GetString()!))
                problems.Add($"{item.Name}: supersededBy item missing");
            if (item.Value.TryGetProperty("x-classifiedAs", out var classified))
                foreach (string part in new[] { "item", "below", "under" })
                    if (classified.TryGetProperty(part, out var named) && !items.Contains(named.GetString()!)) problems.Add($"{item.Name}: classifiedAs {part} missing");
            if (item.Value.TryGetProperty("x-counterpartOf", out var counterpart) && !items.Contains(counterpart.GetProperty("item").GetString()!))
                problems.Add($"{item.Name}: counterpartOf item missing");
        }
        if (schema.GetProperty("x-statement").TryGetProperty("identities", out var identities))
            foreach (var identity in identities.EnumerateArray())
                foreach (string side in new[] { "left", "right" })
                    if (!items.Contains(identity.GetProperty(side).GetString()!)) problems.Add($"identity {side} missing");
        Assert.Empty(problems);
    }

    [Theory, MemberData(nameof(StatementNames))]
    public void Calculations_have_no_cycles(string name)
    {
        var edges = SchemaFiles.LineItems(Schema(name)).ToDictionary(
            p => p.Name,
            p => p.Value.TryGetProperty("x-calculation", out var c) ? c.EnumerateArray().Select(x => x.GetProperty("item").GetString()!).ToArray() : [],
            StringComparer.Ordinal);
        var state = new Dictionary<string, int>(StringComparer.Ordinal);
        bool Cyclic(string node)
        {
            if (state.TryGetValue(node, out int s)) return s == 1;
            state[node] = 1;
            bool cyclic = edges.GetValueOrDefault(node, []).Any(Cyclic);
            state[node] = 2;
            return cyclic;
        }
        Assert.DoesNotContain(edges.Keys, Cyclic);
    }

    [Theory, MemberData(nameof(StatementNames))]
    public void Prefixes_are_declared_and_concepts_are_unique_per_anchor(string name)
    {
        var schema = Schema(name);
        var prefixes = schema.GetProperty("x-namespaces").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var concepts = SchemaFiles.LineItems(schema).Select(p => (
            Name: p.Name,
            Concept: p.Value.GetProperty("x-concept").GetString()!,
            Anchor: p.Value.TryGetProperty("x-periodAnchor", out var a) ? a.GetString()! : "end")).ToArray();
        Assert.Empty(concepts.Where(c => !prefixes.Contains(c.Concept.Split(':')[0])).Select(c => c.Name));
        Assert.Empty(concepts.GroupBy(c => (c.Concept, c.Anchor)).Where(g => g.Count() > 1).Select(g => g.Key.Concept));
    }

    [Theory, MemberData(nameof(StatementNames))]
    public void Anchored_items_are_instants_in_a_duration_statement(string name)
    {
        var schema = Schema(name);
        string statementPeriod = schema.GetProperty("x-statement").GetProperty("periodType").GetString()!;
        foreach (var item in SchemaFiles.LineItems(schema).Where(p => p.Value.TryGetProperty("x-periodAnchor", out _)))
        {
            Assert.Equal("instant", item.Value.GetProperty("x-periodType").GetString());
            Assert.Equal("duration", statementPeriod);
        }
        if (statementPeriod == "instant")
            Assert.All(SchemaFiles.LineItems(schema), p => Assert.Equal("instant", p.Value.GetProperty("x-periodType").GetString()));
    }

    [Theory, MemberData(nameof(StatementNames))]
    public void No_normalised_label_names_two_line_items(string name)
    {
        var owners = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var item in SchemaFiles.LineItems(Schema(name)))
        {
            var labels = item.Value.GetProperty("x-labels");
            var all = labels.EnumerateObject().Where(p => p.Name != "synonyms").Select(p => p.Value.GetString()!)
                .Concat(labels.TryGetProperty("synonyms", out var s) ? s.EnumerateArray().Select(x => x.GetString()!) : []);
            foreach (string label in all)
            {
                string key = Taxonomy.Concepts.LabelNormalizer.Normalize(label);
                if (!owners.TryGetValue(key, out var set)) owners[key] = set = new SortedSet<string>(StringComparer.Ordinal);
                set.Add(item.Name);
            }
        }
        Assert.Empty(owners.Where(o => o.Value.Count > 1).Select(o => o.Key + ": " + string.Join(", ", o.Value)));
    }

    [Fact]
    public void A_typed_income_statement_column_validates_against_its_schema()
    {
        var schema = Schema("income-statement.schema.json");
        var good = SchemaFiles.Parse("""
            { "period": { "startDate": "2031-01-01", "endDate": "2031-03-31" },
              "Revenues": { "value": 1250000, "decimals": -3 },
              "NetIncomeLoss": { "value": -98000, "decimals": -3 },
              "EarningsPerShareBasicAndDiluted": { "value": -0.04, "decimals": 2 },
              "WeightedAverageNumberOfShareOutstandingBasicAndDiluted": { "value": 2450000, "decimals": "INF" } }
            """);
        Assert.Empty(new SchemaValidator().Validate(good, schema));
        Assert.NotEmpty(new SchemaValidator().Validate(SchemaFiles.Parse("""{ "Revenue": { "value": 1, "decimals": 0 } }"""), schema));
        Assert.NotEmpty(new SchemaValidator().Validate(SchemaFiles.Parse("""{ "Revenues": { "value": 1, "decimals": "3" } }"""), schema));
        Assert.NotEmpty(new SchemaValidator().Validate(SchemaFiles.Parse("""{ "period": { "instant": "2031-03-31" } }"""), schema));
    }

    [Fact]
    public void A_typed_cover_page_validates_against_its_schema()
    {
        var schema = Schema("document-entity-information.schema.json");
        Assert.Empty(new SchemaValidator().Validate(SchemaFiles.Parse("""
            { "period": { "startDate": "2031-05-02", "endDate": "2031-05-02" }, "DocumentType": "8-K", "EntityRegistrantName": "Fictional Widgets, Inc.",
              "DocumentPeriodEndDate": "2031-05-02", "CurrentFiscalYearEndDate": "--12-31", "AmendmentFlag": "false" }
            """), schema));
        Assert.NotEmpty(new SchemaValidator().Validate(SchemaFiles.Parse("""{ "DocumentPeriodEndDate": "May 2, 2031" }"""), schema));
    }
}
