using Taxonomy.Testing.JsonSchema;

namespace Taxonomy.Tests.Schemas;

public class SchemaValidatorTests
{
    private static IReadOnlyList<string> Validate(string instance, string schema) =>
        new SchemaValidator().Validate(SchemaFiles.Parse(instance), SchemaFiles.Parse(schema));

    [Theory]
    [InlineData("1", """{"type":"integer"}""")]
    [InlineData("1.0", """{"type":"integer"}""")]
    [InlineData("\"a\"", """{"type":["string","null"]}""")]
    [InlineData("\"INF\"", """{"oneOf":[{"type":"integer"},{"const":"INF"}]}""")]
    [InlineData("3", """{"oneOf":[{"type":"integer"},{"const":"INF"}]}""")]
    [InlineData("{\"a\":1}", """{"type":"object","properties":{"a":{"type":"number"}},"required":["a"],"additionalProperties":false}""")]
    [InlineData("{\"x-a\":1,\"b\":2}", """{"properties":{"x-a":{}},"patternProperties":{"^(?!x-)":true},"additionalProperties":false}""")]
    [InlineData("[1,-1]", """{"type":"array","items":{"enum":[1,-1]},"minItems":1}""")]
    [InlineData("\"2008-09-30\"", """{"pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}""")]
    [InlineData("5", """{"minimum":0,"maximum":5}""")]
    [InlineData("{\"v\":{\"value\":1}}", """{"properties":{"v":{"$ref":"#/$defs/m"}},"$defs":{"m":{"required":["value"]}}}""")]
    [InlineData("{\"k\":\"debit\",\"t\":\"monetary\"}", """{"if":{"required":["k"]},"then":{"properties":{"t":{"const":"monetary"}}}}""")]
    [InlineData("\"x\"", """{"not":{"const":"period"}}""")]
    [InlineData("[1,\"a\"]", """{"prefixItems":[{"type":"number"},{"type":"string"}]}""")]
    public void Accepts_valid_instances(string instance, string schema) => Assert.Empty(Validate(instance, schema));

    [Theory]
    [InlineData("1.5", """{"type":"integer"}""")]
    [InlineData("\"INF2\"", """{"oneOf":[{"type":"integer"},{"const":"INF"}]}""")]
    [InlineData("{}", """{"required":["a"]}""")]
    [InlineData("{\"a\":1,\"b\":2}", """{"properties":{"a":{}},"additionalProperties":false}""")]
    [InlineData("{\"x-b\":1}", """{"properties":{"x-a":{}},"patternProperties":{"^(?!x-)":true},"additionalProperties":false}""")]
    [InlineData("[2]", """{"items":{"enum":[1,-1]}}""")]
    [InlineData("[]", """{"minItems":1}""")]
    [InlineData("\"30/09/2008\"", """{"pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}""")]
    [InlineData("-1", """{"minimum":0}""")]
    [InlineData("{\"v\":{}}", """{"properties":{"v":{"$ref":"#/$defs/m"}},"$defs":{"m":{"required":["value"]}}}""")]
    [InlineData("{\"k\":\"debit\",\"t\":\"shares\"}", """{"if":{"required":["k"]},"then":{"properties":{"t":{"const":"monetary"}}}}""")]
    [InlineData("\"period\"", """{"not":{"const":"period"}}""")]
    [InlineData("\"c\"", """{"anyOf":[{"const":"a"},{"const":"b"}]}""")]
    [InlineData("{\"a\":1}", """{"allOf":[{"required":["a"]},{"required":["b"]}]}""")]
    [InlineData("\"x\"", """false""")]
    public void Rejects_invalid_instances(string instance, string schema) => Assert.NotEmpty(Validate(instance, schema));

    [Fact]
    public void Resolves_a_reference_to_another_schema_by_id()
    {
        var validator = new SchemaValidator();
        validator.Register(SchemaFiles.Parse("""{"$id":"https://example.test/base","$defs":{"n":{"type":"number"}}}"""));
        var schema = SchemaFiles.Parse("""{"$ref":"https://example.test/base#/$defs/n"}""");
        Assert.Empty(validator.Validate(SchemaFiles.Parse("1"), schema));
        Assert.NotEmpty(validator.Validate(SchemaFiles.Parse("\"1\""), schema));
    }
}
