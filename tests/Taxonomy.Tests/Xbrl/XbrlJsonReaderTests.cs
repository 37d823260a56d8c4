using Taxonomy.Xbrl;

namespace Taxonomy.Tests.Xbrl;

public class XbrlJsonReaderTests
{
    private const string Namespaces = """
        "namespaces": { "us-gaap": "http://fasb.org/us-gaap/2024", "cik": "http://www.sec.gov/CIK", "iso4217": "http://www.xbrl.org/2003/iso4217", "xbrli": "http://www.xbrl.org/2003/instance" }
        """;

    private static string Document(string fact) => $$"""
        {
          "documentInfo": { "documentType": "https://xbrl.org/2021/xbrl-json", {{Namespaces}}, "taxonomy": [] },
          "facts": { "f1": {{fact}} }
        }
        """;

    private static string NumericFact(string period = "2025-07-01T00:00:00/2025-10-01T00:00:00", string value = "\"6126000\"", string decimals = "-3", string unit = "\"iso4217:USD\"", string concept = "\"us-gaap:Revenues\"", string entity = "\"cik:0000999999\"", string extra = "") =>
        $$"""{ "value": {{value}}, "decimals": {{decimals}}, "dimensions": { "concept": {{concept}}, "entity": {{entity}}, "period": "{{period}}", "unit": {{unit}} {{extra}} } }""";

    [Fact]
    public void Reads_a_numeric_fact()
    {
        var fact = Assert.Single(XbrlJson.Parse(Document(NumericFact())).Facts);
        Assert.Equal(SampleReports.UsGaap("Revenues"), fact.Concept);
        Assert.Equal(new Entity(Entity.CikScheme, "0000999999", "cik"), fact.Entity);
        Assert.Equal(SampleReports.Quarter, fact.Period);
        Assert.Equal((6_126_000m, Decimals.Of(-3), Unit.Usd), (fact.NumericValue, fact.Decimals, fact.Unit));
        Assert.Null(fact.Provenance);
    }

    [Theory]
    [InlineData("2025-07-01/2025-09-30")]
    [InlineData("2025-07-01T00:00:00/2025-09-30T24:00:00")]
    public void Reads_date_only_and_end_of_day_periods(string period)
    {
        Assert.Equal(SampleReports.Quarter, Assert.Single(XbrlJson.Parse(Document(NumericFact(period))).Facts).Period);
    }

    [Fact]
    public void Missing_decimals_means_exact()
    {
        string fact = """{ "value": "12.5", "dimensions": { "concept": "us-gaap:Revenues", "entity": "cik:1", "period": "2025-10-01T00:00:00", "unit": "iso4217:USD" } }""";
        Assert.Equal(Decimals.Infinite, Assert.Single(XbrlJson.Parse(Document(fact)).Facts).Decimals);
    }

    [Fact]
    public void Prefixed_extension_properties_and_links_are_ignored()
    {
        string fact = """{ "value": "x", "links": { "footnote": { "_": ["fn1"] } }, "ex:note": 1, "dimensions": { "concept": "us-gaap:Note", "entity": "cik:1", "period": "2025-10-01T00:00:00" } }""";
        Assert.Equal("x", Assert.Single(XbrlJson.Parse(Document(fact)).Facts).TextValue);
    }

    [Theory]
    [InlineData("not json", "Not a JSON document")]
    [InlineData("[]", "must be a JSON object")]
    [InlineData("{}", "no documentInfo")]
    [InlineData("""{ "documentInfo": { "documentType": "https://xbrl.org/CR/2021-02-03/xbrl-json", "namespaces": {} } }""", "Unknown document type")]
    [InlineData("""{ "documentInfo": { "namespaces": {} } }""", "no documentType")]
    [InlineData("""{ "documentInfo": { "documentType": "https://xbrl.org/2021/xbrl-json" } }""", "no namespaces")]
    [InlineData("""{ "documentInfo": { "documentType": "https://xbrl.org/2021/xbrl-json", "namespaces": {}, "extra": 1 } }""", "Unknown property 'extra'")]
    [InlineData("""{ "documentInfo": { "documentType": "https://xbrl.org/2021/xbrl-json", "namespaces": {} }, "facts": [] }""", "'facts' must be an object")]
    public void Invalid_documents_are_refused(string json, string message)
    {
        Assert.Contains(message, Assert.Throws<FormatException>(() => XbrlJson.Parse(json)).Message);
    }

    [Fact]
    public void Repeated_fact_ids_are_refused()
    {
        string json = Document(NumericFact()).Replace("\"f1\": {", "\"f1\": " + NumericFact() + ", \"f1\": {", StringComparison.Ordinal);
        Assert.Contains("appears twice", Assert.Throws<FormatException>(() => XbrlJson.Parse(json)).Message);
    }

    [Theory]
    [InlineData("""{ "value": "1", "dimensions": { "entity": "cik:1", "period": "2025-10-01T00:00:00" } }""", "no concept")]
    [InlineData("""{ "value": "1", "dimensions": { "concept": "us-gaap:Revenues", "period": "2025-10-01T00:00:00" } }""", "no entity")]
    [InlineData("""{ "value": "1", "dimensions": { "concept": "us-gaap:Revenues", "entity": "cik:1" } }""", "no period")]
    [InlineData("""{ "dimensions": { "concept": "us-gaap:Revenues", "entity": "cik:1", "period": "2025-10-01T00:00:00" } }""", "no value")]
    [InlineData("""{ "value": null, "dimensions": { "concept": "us-gaap:Revenues", "entity": "cik:1", "period": "2025-10-01T00:00:00" } }""", "nil")]
    [InlineData("""{ "value": 5, "dimensions": { "concept": "us-gaap:Revenues", "entity": "cik:1", "period": "2025-10-01T00:00:00" } }""", "not a string")]
    [InlineData("""{ "value": "1", "dimensions": { "concept": "Revenues", "entity": "cik:1", "period": "2025-10-01T00:00:00" } }""", "not a prefixed name")]
    [InlineData("""{ "value": "1", "dimensions": { "concept": "ifrs:Revenue", "entity": "cik:1", "period": "2025-10-01T00:00:00" } }""", "prefix 'ifrs'")]
    [InlineData("""{ "value": "1", "dimensions": { "concept": "us-gaap:Revenues", "entity": "lei:5493", "period": "2025-10-01T00:00:00" } }""", "prefix 'lei'")]
    [InlineData("""{ "value": "1", "dimensions": { "concept": "us-gaap:Revenues", "entity": "0000999999", "period": "2025-10-01T00:00:00" } }""", "not prefix:identifier")]
    [InlineData("""{ "value": "1", "dimensions": { "concept": "us-gaap:Revenues", "entity": "cik:1", "period": "2025-10-01T09:30:00" } }""", "bad period")]
    [InlineData("""{ "value": "1", "dimensions": { "concept": "us-gaap:Revenues", "entity": "cik:1", "period": "2025-10-01T00:00:00", "us-gaap:StatementBusinessSegmentsAxis": "us-gaap:X" } }""", "only the core dimensions")]
    public void Invalid_facts_are_refused(string fact, string message)
    {
        var error = Assert.Throws<FormatException>(() => XbrlJson.Parse(Document(fact)));
        Assert.Contains("Fact 'f1'", error.Message);
        Assert.Contains(message, error.Message);
    }

    [Theory]
    [InlineData("\"6,126\"", "-3", "\"iso4217:USD\"", "not a decimal number")]
    [InlineData("\"6.1E6\"", "-3", "\"iso4217:USD\"", "not a decimal number")]
    [InlineData("\"1.00000000000000000000000000001\"", "-3", "\"iso4217:USD\"", "not a decimal number")]
    [InlineData("\"6126000\"", "2.5", "\"iso4217:USD\"", "not an integer")]
    [InlineData("\"6126000\"", "\"INF\"", "\"iso4217:USD\"", "not an integer")]
    [InlineData("\"6126000\"", "-3", "\"iso4217:USD*xbrli:shares\"", "not measure or measure/measure")]
    [InlineData("\"6126000\"", "-3", "\"xbrli:pure\"", "illegalPureUnit")]
    [InlineData("\"6126000\"", "-3", "\"iso4217:USD/ex:widgets\"", "prefix 'ex'")]
    public void Numeric_values_that_cannot_be_held_exactly_are_refused(string value, string decimals, string unit, string message)
    {
        var error = Assert.Throws<FormatException>(() => XbrlJson.Parse(Document(NumericFact(value: value, decimals: decimals, unit: unit))));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_stream_is_read_like_a_string()
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Document(NumericFact())));
        Assert.Equal(XbrlJson.Parse(Document(NumericFact())), XbrlJson.Read(stream));
    }
}
