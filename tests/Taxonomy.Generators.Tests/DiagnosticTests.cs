using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Taxonomy.Generators.Parsing;

namespace Taxonomy.Generators.Tests;

/// <summary>One test per diagnostic: its id, and where in the schema file it points.</summary>
public class DiagnosticTests
{
    private const string Path = "/schemas/Test.schema.json";

    private static string Mutate(string oldText, string newText, string? schema = null)
    {
        schema ??= TestSchemas.WidgetIncome;
        Assert.True(schema.Contains(oldText, StringComparison.Ordinal), "mutation target not found: " + oldText);
        return schema.Replace(oldText, newText, StringComparison.Ordinal);
    }

    private static IReadOnlyList<Diagnostic> Diagnose(string schema)
    {
        var (result, _) = GeneratorHarness.Run(new InMemoryAdditionalText(Path, schema));
        return result.Diagnostics;
    }

    /// <summary>Asserts one diagnostic <paramref name="id"/> starting at the <paramref name="occurrence"/>-th <paramref name="snippet"/> (and covering it when <paramref name="exact"/>).</summary>
    private static Diagnostic AssertDiagnostic(string schema, string id, string snippet, int occurrence = 1, bool exact = true, bool generates = false)
    {
        var (result, _) = GeneratorHarness.Run(new InMemoryAdditionalText(Path, schema));
        var matching = result.Diagnostics.Where(d => d.Id == id).ToList();
        Assert.True(matching.Count > 0, $"no {id}; got: {string.Join("; ", result.Diagnostics)}");
        var diagnostic = matching[0];

        int index = -1;
        for (int i = 0; i < occurrence; i++)
        {
            index = schema.IndexOf(snippet, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, "snippet not found: " + snippet);
        }
        var expected = SourceText.From(schema).Lines.GetLinePosition(index);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(Path, span.Path);
        Assert.Equal(expected, span.StartLinePosition);
        Assert.Equal(index, diagnostic.Location.SourceSpan.Start);
        if (exact) Assert.Equal(snippet, schema.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        Assert.Equal(generates, result.GeneratedTrees.Length > 0);
        return diagnostic;
    }

    [Fact]
    public void TAX001_invalid_json_points_where_the_reader_stopped()
    {
        var d = AssertDiagnostic(Mutate("\"title\": \"WidgetIncome\",", "\"title\": \"WidgetIncome\""), "TAX001", "\"type\"", exact: false);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
    }

    [Fact]
    public void TAX002_missing_item_keyword_points_at_the_item_name()
    {
        var d = AssertDiagnostic(Mutate("\"x-concept\": \"wdg:GadgetRevenue\", ", ""), "TAX002", "\"GadgetRevenue\"");
        Assert.Contains("x-concept", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void TAX002_missing_title_points_at_the_schema_object()
    {
        AssertDiagnostic(Mutate("\"title\": \"WidgetIncome\",", ""), "TAX002", "{");
    }

    [Fact]
    public void TAX003_wrong_json_kind_points_at_the_value()
    {
        AssertDiagnostic(Mutate("\"synonyms\": []", "\"synonyms\": {}"), "TAX003", "{}");
    }

    [Theory]
    [InlineData("\"x-concept\": \"wdg:WidgetRevenue\", \"x-dataType\": \"monetary\"", "\"x-concept\": \"wdg:WidgetRevenue\", \"x-dataType\": \"money\"", "\"money\"")]
    [InlineData("\"x-concept\": \"wdg:WidgetRevenue\", \"x-dataType\": \"monetary\", \"x-periodType\": \"duration\"", "\"x-concept\": \"wdg:WidgetRevenue\", \"x-dataType\": \"monetary\", \"x-periodType\": \"forever\"", "\"forever\"")]
    [InlineData("\"x-concept\": \"wdg:WidgetRevenue\", \"x-dataType\": \"monetary\", \"x-periodType\": \"duration\", \"x-balance\": \"credit\"", "\"x-concept\": \"wdg:WidgetRevenue\", \"x-dataType\": \"monetary\", \"x-periodType\": \"duration\", \"x-balance\": \"both\"", "\"both\"")]
    [InlineData("\"periodType\": \"duration\" }", "\"periodType\": \"weekly\" }", "\"weekly\"")]
    [InlineData("\"periodType\": \"duration\" }", "\"periodType\": \"duration\", \"kind\": \"ledger\" }", "\"ledger\"")]
    [InlineData("\"x-concept\": \"wdg:WidgetRevenue\",", "\"x-concept\": \"wdg:WidgetRevenue\", \"x-periodAnchor\": \"middle\",", "\"middle\"")]
    public void TAX004_unknown_keyword_value_points_at_the_value(string oldText, string newText, string snippet)
    {
        AssertDiagnostic(Mutate(oldText, newText), "TAX004", snippet);
    }

    [Fact]
    public void TAX005_calculation_child_that_does_not_exist()
    {
        AssertDiagnostic(Mutate("{ \"item\": \"GadgetRevenue\", \"weight\": 1 }", "{ \"item\": \"Gizmo\", \"weight\": 1 }"), "TAX005", "\"Gizmo\"");
    }

    [Fact]
    public void TAX006_calculation_cycle_across_items()
    {
        var schema = Mutate("\"x-concept\": \"wdg:WidgetRevenue\",", "\"x-calculation\": [ { \"item\": \"Revenues\", \"weight\": 1 } ], \"x-concept\": \"wdg:WidgetRevenue\",");
        var d = AssertDiagnostic(schema, "TAX006", "\"x-calculation\"");
        Assert.Contains("WidgetRevenue -> Revenues -> WidgetRevenue", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void TAX006_item_that_sums_itself()
    {
        AssertDiagnostic(Mutate("{ \"item\": \"GadgetRevenue\", \"weight\": 1 }", "{ \"item\": \"GadgetRevenue\", \"weight\": 1 }, { \"item\": \"Revenues\", \"weight\": 1 }"), "TAX006", "\"x-calculation\"");
    }

    [Fact]
    public void TAX007_duplicate_concept_points_at_the_second_item()
    {
        AssertDiagnostic(Mutate("\"wdg:GadgetRevenue\"", "\"wdg:WidgetRevenue\""), "TAX007", "\"wdg:WidgetRevenue\"", occurrence: 2);
    }

    [Fact]
    public void TAX008_weight_other_than_one()
    {
        AssertDiagnostic(Mutate("{ \"item\": \"GadgetRevenue\", \"weight\": 1 }", "{ \"item\": \"GadgetRevenue\", \"weight\": 0.5 }"), "TAX008", "0.5");
    }

    [Theory]
    [InlineData("\"title\": \"WidgetIncome\"", "\"title\": \"Widget Income\"", "\"Widget Income\"")]
    [InlineData("\"WidgetRevenue\": {", "\"Widget-Revenue\": {", "\"Widget-Revenue\"")]
    [InlineData("\"namespace\": \"Widgets.Statements\"", "\"namespace\": \"Widgets.class\"", "\"Widgets.class\"")]
    public void TAX009_invalid_identifier(string oldText, string newText, string snippet)
    {
        AssertDiagnostic(Mutate(oldText, newText), "TAX009", snippet);
    }

    [Fact]
    public void TAX010_undeclared_prefix()
    {
        AssertDiagnostic(Mutate("\"wdg:GadgetRevenue\"", "\"acme:GadgetRevenue\""), "TAX010", "\"acme:GadgetRevenue\"");
    }

    [Fact]
    public void TAX011_balance_on_non_monetary()
    {
        AssertDiagnostic(Mutate("\"x-concept\": \"wdg:GadgetRevenue\", \"x-dataType\": \"monetary\"", "\"x-concept\": \"wdg:GadgetRevenue\", \"x-dataType\": \"shares\""), "TAX011", "\"x-balance\"", occurrence: 2);
    }

    [Fact]
    public void TAX012_per_share_of_on_a_monetary_item()
    {
        var schema = Mutate("\"x-concept\": \"us-gaap:Revenues\",", "\"x-concept\": \"us-gaap:Revenues\", \"x-perShareOf\": { \"numerator\": \"WidgetRevenue\", \"denominator\": \"GadgetRevenue\" },");
        AssertDiagnostic(schema, "TAX012", "\"x-perShareOf\"");
    }

    [Fact]
    public void TAX013_per_share_of_naming_a_missing_item()
    {
        var schema = Mutate(
            "\"x-concept\": \"wdg:GadgetRevenue\", \"x-dataType\": \"monetary\", \"x-periodType\": \"duration\", \"x-balance\": \"credit\",",
            "\"x-concept\": \"wdg:GadgetRevenue\", \"x-dataType\": \"perShare\", \"x-periodType\": \"duration\", \"x-perShareOf\": { \"numerator\": \"Nothing\", \"denominator\": \"WidgetRevenue\" },");
        AssertDiagnostic(schema, "TAX013", "\"Nothing\"");
    }

    [Fact]
    public void TAX014_identity_naming_a_missing_item()
    {
        AssertDiagnostic(Mutate("\"periodType\": \"duration\" }", "\"periodType\": \"duration\", \"identities\": [ { \"left\": \"Revenues\", \"right\": \"Ghost\" } ] }"), "TAX014", "\"Ghost\"");
    }

    [Fact]
    public void TAX015_unknown_x_keyword_is_a_warning_and_the_schema_still_generates()
    {
        var d = AssertDiagnostic(Mutate("\"x-concept\": \"wdg:WidgetRevenue\",", "\"x-concept\": \"wdg:WidgetRevenue\", \"x-colour\": \"red\","), "TAX015", "\"x-colour\"", generates: true);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
    }

    [Fact]
    public void TAX015_standard_json_schema_keywords_are_not_reported()
    {
        var schema = Mutate("\"type\": \"object\",", "\"type\": \"object\", \"$id\": \"https://example.com/w\", \"additionalProperties\": false, \"$defs\": { \"x\": {} },");
        Assert.Empty(Diagnose(schema));
    }

    [Fact]
    public void TAX016_a_file_that_cannot_be_read_is_an_internal_error_not_an_exception()
    {
        var result = SchemaParser.Parse(Path, null, CancellationToken.None);
        Assert.Null(result.Model);
        Assert.Equal("TAX016", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void TAX017_duration_item_in_an_instant_statement()
    {
        AssertDiagnostic(Mutate("\"periodType\": \"duration\" }", "\"periodType\": \"instant\" }"), "TAX017", "\"duration\"");
    }

    [Fact]
    public void TAX018_concept_without_a_prefix()
    {
        AssertDiagnostic(Mutate("\"wdg:WidgetRevenue\"", "\"wdg-WidgetRevenue\""), "TAX018", "\"wdg-WidgetRevenue\"");
    }

    [Fact]
    public void TAX019_period_anchor_on_a_duration_item()
    {
        AssertDiagnostic(Mutate("\"x-concept\": \"wdg:WidgetRevenue\",", "\"x-concept\": \"wdg:WidgetRevenue\", \"x-periodAnchor\": \"start\","), "TAX019", "\"x-periodAnchor\"");
    }

    [Fact]
    public void TAX020_calculation_over_a_string_item()
    {
        AssertDiagnostic(Mutate("\"x-concept\": \"wdg:GadgetRevenue\", \"x-dataType\": \"monetary\"", "\"x-concept\": \"wdg:GadgetRevenue\", \"x-dataType\": \"string\""), "TAX020", "\"GadgetRevenue\"", occurrence: 2);
    }

    [Fact]
    public void TAX021_duplicate_json_property()
    {
        AssertDiagnostic(Mutate("\"x-concept\": \"us-gaap:Revenues\",", "\"x-concept\": \"us-gaap:Revenues\", \"x-concept\": \"us-gaap:Revenues\","), "TAX021", "\"x-concept\"", occurrence: 4);
    }

    [Fact]
    public void TAX022_reserved_property_name()
    {
        AssertDiagnostic(Mutate("\"GadgetRevenue\": {", "\"Period\": {"), "TAX022", "\"Period\"");
    }

    [Fact]
    public void TAX023_non_negative_on_a_string_item()
    {
        var schema = Mutate("\"x-concept\": \"wdg:GadgetRevenue\", \"x-dataType\": \"monetary\"", "\"x-concept\": \"wdg:GadgetRevenue\", \"x-nonNegative\": true, \"x-dataType\": \"string\"");
        AssertDiagnostic(schema, "TAX023", "\"x-nonNegative\"");
    }

    [Fact]
    public void TAX024_two_schemas_generating_the_same_type()
    {
        var (result, _) = GeneratorHarness.Run(
            GeneratorHarness.Schema("a/WidgetIncome.schema.json", TestSchemas.WidgetIncome),
            GeneratorHarness.Schema("b/WidgetIncome.schema.json", TestSchemas.WidgetIncome));
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal("TAX024", d.Id);
        Assert.Equal("/schemas/b/WidgetIncome.schema.json", d.Location.GetLineSpan().Path);
        Assert.Single(result.GeneratedTrees);
    }

    [Fact]
    public void TAX025_schema_without_line_items_is_a_warning()
    {
        var schema = """
            {
              "title": "Empty",
              "x-statement": { "namespace": "Widgets.Statements", "periodType": "instant" },
              "x-namespaces": {},
              "properties": {}
            }
            """;
        var d = AssertDiagnostic(schema, "TAX025", "\"properties\"", generates: true);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        var (_, output) = GeneratorHarness.Run(new InMemoryAdditionalText(Path, schema));
        Assert.Empty(GeneratorHarness.CompilationProblems(output));
    }

    [Fact]
    public void TAX026_duration_total_over_an_instant_child()
    {
        AssertDiagnostic(
            Mutate("\"x-concept\": \"wdg:GadgetRevenue\", \"x-dataType\": \"monetary\", \"x-periodType\": \"duration\"", "\"x-concept\": \"wdg:GadgetRevenue\", \"x-dataType\": \"monetary\", \"x-periodType\": \"instant\""),
            "TAX026", "\"GadgetRevenue\"", occurrence: 2);
    }

    [Theory]
    [InlineData("\"http://example.com/widgets/2026\"", "\"widgets/2026\"", "TAX027", "\"widgets/2026\"", 1)]
    [InlineData("\"http://example.com/widgets/2026\"", "\" http://example.com/widgets/2026\"", "TAX027", "\" http://example.com/widgets/2026\"", 1)]
    [InlineData("\"wdg\": \"http", "\"1wdg\": \"http", "TAX028", "\"1wdg\"", 1)]
    [InlineData("\"standard\": \"Gadget revenue\"", "\"standard\": \"\"", "TAX029", "\"\"", 1)]
    [InlineData("\"synonyms\": []", "\"synonyms\": [\"Gadget sales\", \" \"]", "TAX029", "\" \"", 1)]
    [InlineData("{ \"item\": \"GadgetRevenue\", \"weight\": 1 }", "{ \"item\": \"GadgetRevenue\", \"weight\": 1 }, { \"item\": \"WidgetRevenue\", \"weight\": -1 }", "TAX030", "\"WidgetRevenue\"", 3)]
    [InlineData("\"periodType\": \"duration\" }", "\"periodType\": \"duration\", \"identities\": [ { \"left\": \"Revenues\", \"right\": \"Revenues\" } ] }", "TAX032", "\"Revenues\"", 2)]
    public void TAX027_to_TAX032_point_at_the_offending_value(string oldText, string newText, string id, string snippet, int occurrence)
    {
        AssertDiagnostic(Mutate(oldText, newText), id, snippet, occurrence);
    }

    [Theory]
    [InlineData("\"from\": \"2031-07-01\"", "\"from\": \"1 July 2031\"", "\"1 July 2031\"", "is not a date")]
    [InlineData("\"from\": \"2031-07-01\"", "\"from\": \"2031-02-30\"", "\"2031-02-30\"", "is not a date")]
    [InlineData("\"item\": \"WidgetContractLiabilities\", \"from\": \"2031", "\"item\": \"WidgetDeposits\", \"from\": \"2031", "\"WidgetDeposits\", \"from\"", "cannot supersede itself")]
    [InlineData("\"reason\": \"the widget standard (WS 12 & 13) renames deposits\"", "\"reason\": \" \"", "\" \"", "the reason is empty")]
    [InlineData("\"x-concept\": \"wdg:WidgetContractLiabilities\", \"x-dataType\": \"monetary\"", "\"x-concept\": \"wdg:WidgetContractLiabilities\", \"x-dataType\": \"pure\"", "\"WidgetContractLiabilities\", \"from\": \"2031", "is pure instant")]
    public void TAX033_invalid_supersession_points_at_the_offending_value(string oldText, string newText, string snippet, string message)
    {
        var d = AssertDiagnostic(Mutate(oldText, newText, TestSchemas.WidgetLiabilities), "TAX033", snippet, exact: false);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Contains("x-supersededBy of 'WidgetDeposits'", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains(message, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void TAX013_supersession_naming_a_missing_item_points_at_the_name()
    {
        var d = AssertDiagnostic(Mutate("\"item\": \"WidgetContractLiabilities\", \"from\": \"2031", "\"item\": \"Ghost\", \"from\": \"2031", TestSchemas.WidgetLiabilities), "TAX013", "\"Ghost\"");
        Assert.Contains("x-supersededBy of 'WidgetDeposits'", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_supersession_without_its_date_is_a_missing_keyword_at_x_supersededBy()
    {
        AssertDiagnostic(Mutate(", \"from\": \"2031-07-01\"", "", TestSchemas.WidgetLiabilities), "TAX002", "\"x-supersededBy\"");
    }

    [Theory]
    [InlineData("\"item\": \"WidgetOtherNoncurrentAssets\", \"below\"", "\"item\": \"WidgetOtherAssets\", \"below\"", "\"WidgetOtherAssets\", \"below\"", "cannot be its own classified counterpart")]
    [InlineData("\"below\": \"WidgetCurrentAssets\"", "\"below\": \"WidgetOtherNoncurrentAssets\"", "\"WidgetOtherNoncurrentAssets\", \"reason\"", "must be a third item")]
    [InlineData("\"reason\": \"below the current total (WS 7 & 8) it is noncurrent\"", "\"reason\": \"\"", "\"\" }", "the reason is empty")]
    [InlineData("\"below\": \"WidgetCurrentAssets\"", "\"below\": \"WidgetCurrentAssets\", \"under\": \"WidgetAssets\"", "\"x-classifiedAs\": { \"item\": \"WidgetOtherNoncurrentAssets\"", "not both")]
    [InlineData(", \"below\": \"WidgetCurrentAssets\"", "", "\"x-classifiedAs\": { \"item\": \"WidgetOtherNoncurrentAssets\"", "is required")]
    [InlineData("\"WidgetOtherNoncurrentAssets\": { \"x-concept\": \"wdg:WidgetOtherNoncurrentAssets\", \"x-dataType\": \"monetary\"", "\"WidgetOtherNoncurrentAssets\": { \"x-concept\": \"wdg:WidgetOtherNoncurrentAssets\", \"x-dataType\": \"pure\"", "\"WidgetOtherNoncurrentAssets\", \"below\"", "is pure instant")]
    public void TAX034_invalid_classification_points_at_the_offending_value(string oldText, string newText, string snippet, string message)
    {
        var d = AssertDiagnostic(Mutate(oldText, newText, TestSchemas.WidgetPosition), "TAX034", snippet, exact: false);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Contains("x-classifiedAs of 'WidgetOtherAssets'", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains(message, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void TAX034_a_line_printed_under_a_total_whose_calculation_lacks_the_counterpart()
    {
        var d = AssertDiagnostic(Mutate(", { \"item\": \"WidgetNetFees\", \"weight\": -1 }", "", TestSchemas.WidgetPosition), "TAX034", "\"WidgetAssets\" }", exact: false);
        Assert.Contains("'WidgetNetFees' is not in the calculation of 'WidgetAssets'", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void TAX013_classification_naming_a_missing_total_points_at_the_name()
    {
        var d = AssertDiagnostic(Mutate("\"below\": \"WidgetCurrentAssets\"", "\"below\": \"Ghost\"", TestSchemas.WidgetPosition), "TAX013", "\"Ghost\"");
        Assert.Contains("x-classifiedAs of 'WidgetOtherAssets'", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"item\": \"RebateShown\", \"reason\"", "{ \"item\": \"RebateKept\", \"reason\"", "\"RebateKept\", \"reason\"", "'RebateKept'", "cannot be its own counterpart")]
    [InlineData("{ \"item\": \"RebateShown\", \"reason\"", "{ \"item\": \"RebateRefunded\", \"reason\"", "\"RebateRefunded\"", "'RebateKept'", "'RebateRefunded' is not a line item of this schema")]
    [InlineData("\"RebateShown\": { \"x-concept\": \"wdg:RebateShown\", \"x-dataType\": \"monetary\"", "\"RebateShown\": { \"x-concept\": \"wdg:RebateShown\", \"x-dataType\": \"pure\"", "\"RebateShown\", \"reason\"", "'RebateKept'",
        "'RebateShown' is pure duration, but the item it shares its wording with is monetary duration")]
    [InlineData("\"DepositRefunded\": { \"x-concept\": \"wdg:DepositRefunded\", \"x-dataType\": \"monetary\", \"x-periodType\": \"duration\"", "\"DepositRefunded\": { \"x-concept\": \"wdg:DepositRefunded\", \"x-dataType\": \"monetary\", \"x-periodType\": \"instant\"",
        "\"DepositReturned\" }", "'DepositRefunded'", "'DepositReturned' is monetary duration, but the item it shares its wording with is monetary instant")]
    [InlineData("\"reason\": \"the rebate (WS 9 & 10) leaves the operating flows and is shown again among the funding flows\"", "\"reason\": \" \"", "\" \" }", "'RebateKept'", "the reason is empty")]
    public void TAX035_invalid_counterpart_points_at_the_offending_value(string oldText, string newText, string snippet, string item, string message)
    {
        var d = AssertDiagnostic(Mutate(oldText, newText, TestSchemas.WidgetFlows), "TAX035", snippet, exact: false);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        string text = d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("x-counterpartOf of " + item, text, StringComparison.Ordinal);
        Assert.Contains(message, text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"x-printedBelow\": { \"item\": \"WidgetCurrentAssets\"", "\"x-printedBelow\": { \"item\": \"WidgetOtherNoncurrentAssets\"", "\"WidgetOtherNoncurrentAssets\", \"reason\"", "cannot be printed below itself")]
    [InlineData("\"x-printedBelow\": { \"item\": \"WidgetCurrentAssets\"", "\"x-printedBelow\": { \"item\": \"WidgetLiabilities\"", "\"WidgetLiabilities\", \"reason\"", "'WidgetLiabilities' is not a line item of this schema")]
    [InlineData("\"x-printedBelow\": { \"item\": \"WidgetCurrentAssets\"", "\"x-printedBelow\": { \"item\": \"WidgetAssets\"", "\"WidgetAssets\", \"reason\"", "'WidgetAssets' and 'WidgetOtherNoncurrentAssets' are in one calculation")]
    [InlineData("\"WidgetCurrentAssets\": { \"x-concept\": \"wdg:WidgetCurrentAssets\", \"x-dataType\": \"monetary\"", "\"WidgetCurrentAssets\": { \"x-concept\": \"wdg:WidgetCurrentAssets\", \"x-dataType\": \"shares\"", "\"WidgetCurrentAssets\", \"reason\": \"the current",
        "'WidgetCurrentAssets' is shares instant, but the item it is printed below is monetary instant")]
    [InlineData("\"reason\": \"the current section (WS 7 & 8) comes first\"", "\"reason\": \"\"", "\"\" }", "the reason is empty")]
    public void TAX036_invalid_printed_below_points_at_the_offending_value(string oldText, string newText, string snippet, string message)
    {
        var d = AssertDiagnostic(Mutate(oldText, newText, TestSchemas.WidgetPosition), "TAX036", snippet, exact: false);
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        string text = d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("x-printedBelow of 'WidgetOtherNoncurrentAssets'", text, StringComparison.Ordinal);
        Assert.Contains(message, text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_counterpart_without_its_item_is_a_missing_keyword_at_x_counterpartOf()
    {
        AssertDiagnostic(Mutate("\"x-counterpartOf\": { \"item\": \"DepositReturned\" }", "\"x-counterpartOf\": { \"reason\": \"same words\" }", TestSchemas.WidgetFlows), "TAX002", "\"x-counterpartOf\": { \"reason\"", exact: false);
    }

    [Fact]
    public void TAX031_empty_calculation_points_at_the_keyword()
    {
        AssertDiagnostic(Mutate("\"x-calculation\": [ { \"item\": \"WidgetRevenue\", \"weight\": 1 }, { \"item\": \"GadgetRevenue\", \"weight\": 1 } ]", "\"x-calculation\": []"), "TAX031", "\"x-calculation\"");
    }

    [Fact]
    public void TAX018_concept_names_must_be_xml_names()
    {
        AssertDiagnostic(Mutate("\"wdg:WidgetRevenue\"", "\"wdg:Widget/Revenue\""), "TAX018", "\"wdg:Widget/Revenue\"");
        AssertDiagnostic(Mutate("\"wdg:WidgetRevenue\"", "\"wdg:\""), "TAX018", "\"wdg:\"");
    }

    [Fact]
    public void TAX001_escaped_lone_surrogate_points_at_the_string()
    {
        AssertDiagnostic(Mutate("\"Widget revenue\"", "\"Widget \\udc00 revenue\""), "TAX001", "\"Widget \\udc00", exact: false);
    }

    [Fact]
    public void A_bad_schema_does_not_stop_a_good_one()
    {
        var (result, output) = GeneratorHarness.Run(
            GeneratorHarness.Schema("Bad.schema.json", "{ \"title\": \"Bad\", "),
            GeneratorHarness.Schema("Broken.schema.json", Mutate("\"wdg:GadgetRevenue\"", "\"acme:GadgetRevenue\"").Replace("WidgetIncome", "BrokenIncome", StringComparison.Ordinal)),
            GeneratorHarness.Schema("WidgetIncome.schema.json", TestSchemas.WidgetIncome));
        Assert.Contains(result.Diagnostics, d => d.Id == "TAX001" && d.Location.GetLineSpan().Path == "/schemas/Bad.schema.json");
        Assert.Contains(result.Diagnostics, d => d.Id == "TAX010" && d.Location.GetLineSpan().Path == "/schemas/Broken.schema.json");
        Assert.Equal(["Widgets.Statements.WidgetIncome.g.cs"], result.Results.Single().GeneratedSources.Select(s => s.HintName));
        Assert.NotNull(output.GetTypeByMetadataName("Widgets.Statements.WidgetIncome"));
    }

    [Fact]
    public void Every_descriptor_has_a_unique_TAX_id_title_and_message()
    {
        var all = Taxonomy.Generators.Diagnostics.DiagnosticDescriptors.All.ToList();
        Assert.True(all.Count >= 25);
        Assert.Equal(all.Count, all.Select(d => d.Id).Distinct().Count());
        Assert.All(all, d =>
        {
            Assert.Matches("^TAX\\d{3}$", d.Id);
            Assert.Equal("Taxonomy", d.Category);
            Assert.False(string.IsNullOrWhiteSpace(d.Title.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            Assert.False(string.IsNullOrWhiteSpace(d.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        });
    }
}
