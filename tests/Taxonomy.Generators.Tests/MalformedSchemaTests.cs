using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Taxonomy.Generators.Tests;

/// <summary>
/// One table of malformed-schema kinds. Each one must become its TAX diagnostic, located on the right line of the schema
/// file, without an exception escaping the generator (CS8785) and without stopping a good schema generated beside it.
/// The per-diagnostic tests (<see cref="DiagnosticTests"/>) check message texts and exact spans; this table checks breadth.
/// </summary>
public class MalformedSchemaTests
{
    private const string BrokenPath = "/schemas/Malformed.schema.json";
    private const string GoodPath = "/schemas/GizmoPosition.schema.json";

    /// <param name="Kind">What is wrong, as a test case name.</param>
    /// <param name="Old">Text of <see cref="TestSchemas.WidgetIncome"/> to replace; null when <paramref name="New"/> is the whole file.</param>
    /// <param name="New">The replacement (or the whole file).</param>
    /// <param name="Id">The diagnostic expected.</param>
    /// <param name="Snippet">Text of the malformed schema the diagnostic starts at (its <paramref name="Occurrence"/>-th occurrence).</param>
    private sealed record Case(string Kind, string? Old, string New, string Id, string Snippet, int Occurrence = 1)
    {
        public string Schema()
        {
            if (Old is null) return New;
            Assert.True(TestSchemas.WidgetIncome.Contains(Old, StringComparison.Ordinal), "mutation target not found: " + Old);
            return TestSchemas.WidgetIncome.Replace(Old, New, StringComparison.Ordinal);
        }
    }

    private const string WidgetConcept = "\"x-concept\": \"wdg:WidgetRevenue\",";
    private const string GadgetTypes = "\"x-concept\": \"wdg:GadgetRevenue\", \"x-dataType\": \"monetary\", \"x-periodType\": \"duration\", \"x-balance\": \"credit\",";
    private const string StatementPeriod = "\"periodType\": \"duration\" }";
    private const string GadgetChild = "{ \"item\": \"GadgetRevenue\", \"weight\": 1 }";

    private static readonly Case[] Cases =
    [
        // The file is not JSON.
        new("Invalid JSON: a missing comma", "\"title\": \"WidgetIncome\",", "\"title\": \"WidgetIncome\"", "TAX001", "\"type\""),
        new("Empty file", null, "", "TAX001", ""),
        new("Content after the root object", null, TestSchemas.WidgetIncome + "\n{}", "TAX001", "{}"),
        new("Nesting deeper than the reader allows", "\"type\": \"object\",", "\"type\": \"object\", \"$defs\": " + new string('[', 100) + new string(']', 100) + ",", "TAX001", "[[[", 1),
        new("Escaped lone surrogate in a label", "\"Widget revenue\"", "\"Widget \\ud800 revenue\"", "TAX001", "\"Widget \\ud800"),
        new("Duplicate JSON property", WidgetConcept, WidgetConcept + " " + WidgetConcept, "TAX021", "\"x-concept\"", 2),

        // Schema level.
        new("Root is an array", null, "[ " + TestSchemas.WidgetIncome + " ]", "TAX003", "["),
        new("Missing title", "\"title\": \"WidgetIncome\",", "", "TAX002", "{"),
        new("Title is not an identifier", "\"title\": \"WidgetIncome\"", "\"title\": \"Widget Income\"", "TAX009", "\"Widget Income\""),
        new("Title is a C# keyword", "\"title\": \"WidgetIncome\"", "\"title\": \"class\"", "TAX009", "\"class\""),
        new("Title is a number", "\"title\": \"WidgetIncome\"", "\"title\": 42", "TAX003", "42"),
        new("Missing x-statement", "\"x-statement\": { \"namespace\": \"Widgets.Statements\", " + StatementPeriod + ",", "", "TAX002", "{"),
        new("x-statement is a string", "\"x-statement\": { \"namespace\": \"Widgets.Statements\", " + StatementPeriod, "\"x-statement\": \"duration\"", "TAX003", "\"duration\""),
        new("Missing namespace", "\"namespace\": \"Widgets.Statements\", ", "", "TAX002", "\"x-statement\""),
        new("Namespace with an empty segment", "\"Widgets.Statements\"", "\"Widgets..Statements\"", "TAX009", "\"Widgets..Statements\""),
        new("Missing statement periodType", ", " + StatementPeriod, " }", "TAX002", "\"x-statement\""),
        new("Bad statement periodType", StatementPeriod, "\"periodType\": \"weekly\" }", "TAX004", "\"weekly\""),
        new("Bad statement kind", StatementPeriod, "\"periodType\": \"duration\", \"kind\": \"ledger\" }", "TAX004", "\"ledger\""),
        new("titles entry is not a string", StatementPeriod, "\"periodType\": \"duration\", \"titles\": [\"Income\", 7] }", "TAX003", "7]"),
        new("Missing x-namespaces", "\"x-namespaces\": { \"us-gaap\": \"http://fasb.org/us-gaap/2024\", \"wdg\": \"http://example.com/widgets/2026\" },", "", "TAX002", "{"),
        new("Namespace URI is not a string", "\"wdg\": \"http://example.com/widgets/2026\"", "\"wdg\": true", "TAX003", "true"),
        new("Namespace URI is not absolute", "\"http://example.com/widgets/2026\"", "\"widgets 2026\"", "TAX027", "\"widgets 2026\""),
        new("Namespace prefix is not an XML name", "\"wdg\": \"http", "\"w dg\": \"http", "TAX028", "\"w dg\""),
        new("Missing properties", "\"properties\": {", "\"lines\": {", "TAX002", "{"),
        new("Statement without line items", null, "{ \"title\": \"Empty\", \"x-statement\": { \"namespace\": \"E\", \"periodType\": \"instant\" },\n  \"x-namespaces\": {},\n  \"properties\": {} }", "TAX025", "\"properties\""),
        new("Identity naming a missing property", StatementPeriod, "\"periodType\": \"duration\", \"identities\": [ { \"left\": \"Revenues\", \"right\": \"Ghost\" } ] }", "TAX014", "\"Ghost\""),
        new("Identity of an item with itself", StatementPeriod, "\"periodType\": \"duration\", \"identities\": [ { \"left\": \"Revenues\", \"right\": \"Revenues\" } ] }", "TAX032", "\"Revenues\" }"),
        new("Identity entry is not an object", StatementPeriod, "\"periodType\": \"duration\", \"identities\": [ \"Revenues = WidgetRevenue\" ] }", "TAX003", "\"Revenues = WidgetRevenue\""),
        new("Unknown x- keyword", WidgetConcept, WidgetConcept + " \"x-colour\": \"red\",", "TAX015", "\"x-colour\""),

        // Line items.
        new("Line item is not an object", "\"GadgetRevenue\": {", "\"GadgetRevenue\": 5, \"Spare\": {", "TAX003", "5"),
        new("Property name is not an identifier", "\"WidgetRevenue\": {", "\"Widget-Revenue\": {", "TAX009", "\"Widget-Revenue\""),
        new("Property name is reserved", "\"GadgetRevenue\": {", "\"Period\": {", "TAX022", "\"Period\""),
        new("Property named like the statement", "\"GadgetRevenue\": {", "\"WidgetIncome\": {", "TAX022", "\"WidgetIncome\"", 2),
        new("Missing x-concept", "\"x-concept\": \"wdg:GadgetRevenue\", ", "", "TAX002", "\"GadgetRevenue\""),
        new("Concept without a prefix", "\"wdg:WidgetRevenue\"", "\"WidgetRevenue\"", "TAX018", "\"WidgetRevenue\"", 2),
        new("Concept local name is not an XML name", "\"wdg:WidgetRevenue\"", "\"wdg:1Widget Revenue\"", "TAX018", "\"wdg:1Widget Revenue\""),
        new("Undeclared prefix", "\"wdg:GadgetRevenue\"", "\"acme:GadgetRevenue\"", "TAX010", "\"acme:GadgetRevenue\""),
        new("Duplicate concept", "\"wdg:GadgetRevenue\"", "\"wdg:WidgetRevenue\"", "TAX007", "\"wdg:WidgetRevenue\"", 2),
        new("Unknown dataType", GadgetTypes, "\"x-concept\": \"wdg:GadgetRevenue\", \"x-dataType\": \"money\", \"x-periodType\": \"duration\",", "TAX004", "\"money\""),
        new("Missing x-dataType", GadgetTypes, "\"x-concept\": \"wdg:GadgetRevenue\", \"x-periodType\": \"duration\",", "TAX002", "\"GadgetRevenue\""),
        new("Missing x-periodType", GadgetTypes, "\"x-concept\": \"wdg:GadgetRevenue\", \"x-dataType\": \"monetary\",", "TAX002", "\"GadgetRevenue\""),
        new("Bad x-periodType", GadgetTypes, "\"x-concept\": \"wdg:GadgetRevenue\", \"x-dataType\": \"monetary\", \"x-periodType\": \"forever\",", "TAX004", "\"forever\""),
        new("Duration item in an instant statement", StatementPeriod, "\"periodType\": \"instant\" }", "TAX017", "\"duration\"", 1),
        new("Bad x-balance", GadgetTypes, "\"x-concept\": \"wdg:GadgetRevenue\", \"x-dataType\": \"monetary\", \"x-periodType\": \"duration\", \"x-balance\": \"both\",", "TAX004", "\"both\""),
        new("x-balance on a share count", GadgetTypes, "\"x-concept\": \"wdg:GadgetRevenue\", \"x-dataType\": \"shares\", \"x-periodType\": \"duration\", \"x-balance\": \"credit\",", "TAX011", "\"x-balance\"", 2),
        new("Bad x-periodAnchor", WidgetConcept, WidgetConcept + " \"x-periodAnchor\": \"middle\",", "TAX004", "\"middle\""),
        new("x-periodAnchor on a duration item", WidgetConcept, WidgetConcept + " \"x-periodAnchor\": \"start\",", "TAX019", "\"x-periodAnchor\""),
        new("x-nonNegative is not a boolean", WidgetConcept, WidgetConcept + " \"x-nonNegative\": \"yes\",", "TAX003", "\"yes\""),
        new("x-nonNegative on a string item", GadgetTypes, "\"x-concept\": \"wdg:GadgetRevenue\", \"x-nonNegative\": true, \"x-dataType\": \"string\", \"x-periodType\": \"duration\",", "TAX023", "\"x-nonNegative\""),
        new("Missing x-labels", "\"x-labels\": { \"standard\": \"Gadget revenue\", \"synonyms\": [] } },", "\"description\": \"No labels\" },", "TAX002", "\"GadgetRevenue\""),
        new("Missing standard label", "\"standard\": \"Gadget revenue\", ", "", "TAX002", "\"x-labels\"", 2),
        new("Empty standard label", "\"standard\": \"Gadget revenue\"", "\"standard\": \"  \"", "TAX029", "\"  \""),
        new("Empty synonym", "\"synonyms\": []", "\"synonyms\": [\"\"]", "TAX029", "\"\"]"),
        new("Synonym is not a string", "\"synonyms\": []", "\"synonyms\": [null]", "TAX003", "null"),

        // Calculations and other cross-references.
        new("Calculation to a missing item", GadgetChild, "{ \"item\": \"Gizmo\", \"weight\": 1 }", "TAX005", "\"Gizmo\""),
        new("Weight not plus or minus one", GadgetChild, "{ \"item\": \"GadgetRevenue\", \"weight\": 0.5 }", "TAX008", "0.5"),
        new("Weight beyond decimal range", GadgetChild, "{ \"item\": \"GadgetRevenue\", \"weight\": 1e400 }", "TAX008", "1e400"),
        new("Weight is a string", GadgetChild, "{ \"item\": \"GadgetRevenue\", \"weight\": \"1\" }", "TAX003", "\"1\" }"),
        new("Calculation entry without weight", GadgetChild, "{ \"item\": \"GadgetRevenue\" }", "TAX002", "{ \"item\": \"GadgetRevenue\" }"),
        new("Calculation entry is not an object", GadgetChild, "\"GadgetRevenue\"", "TAX003", "\"GadgetRevenue\" ]"),
        new("Calculation child listed twice", GadgetChild, GadgetChild + ", " + GadgetChild, "TAX030", "\"GadgetRevenue\"", 3),
        new("Empty calculation", "\"x-calculation\": [ { \"item\": \"WidgetRevenue\", \"weight\": 1 }, " + GadgetChild + " ]", "\"x-calculation\": []", "TAX031", "\"x-calculation\""),
        new("Calculation cycle", WidgetConcept, "\"x-calculation\": [ { \"item\": \"Revenues\", \"weight\": 1 } ], " + WidgetConcept, "TAX006", "\"x-calculation\""),
        new("Item that sums itself", GadgetChild, GadgetChild + ", { \"item\": \"Revenues\", \"weight\": 1 }", "TAX006", "\"x-calculation\"", 1),
        new("Calculation over a string item", GadgetTypes, "\"x-concept\": \"wdg:GadgetRevenue\", \"x-dataType\": \"string\", \"x-periodType\": \"duration\",", "TAX020", "\"GadgetRevenue\"", 2),
        new("Duration total over an instant child", GadgetTypes, "\"x-concept\": \"wdg:GadgetRevenue\", \"x-dataType\": \"monetary\", \"x-periodType\": \"instant\", \"x-balance\": \"credit\",", "TAX026", "\"GadgetRevenue\"", 2),
        new("x-perShareOf on a monetary item", "\"x-concept\": \"us-gaap:Revenues\",", "\"x-concept\": \"us-gaap:Revenues\", \"x-perShareOf\": { \"numerator\": \"WidgetRevenue\", \"denominator\": \"GadgetRevenue\" },", "TAX012", "\"x-perShareOf\""),
        new("x-supersededBy with a date that is not a date", WidgetConcept, WidgetConcept + " \"x-supersededBy\": { \"item\": \"GadgetRevenue\", \"from\": \"someday\" },", "TAX033", "\"someday\""),
        new("x-supersededBy naming a missing item", WidgetConcept, WidgetConcept + " \"x-supersededBy\": { \"item\": \"Nothing\", \"from\": \"2031-01-01\" },", "TAX013", "\"Nothing\""),
        new("x-supersededBy is a string", WidgetConcept, WidgetConcept + " \"x-supersededBy\": \"GadgetRevenue\",", "TAX003", "\"GadgetRevenue\","),
        new("x-classifiedAs counterpart is the item itself", WidgetConcept, WidgetConcept + " \"x-classifiedAs\": { \"item\": \"WidgetRevenue\", \"below\": \"Revenues\" },", "TAX034", "\"WidgetRevenue\", \"below\""),
        new("x-classifiedAs naming a missing total", WidgetConcept, WidgetConcept + " \"x-classifiedAs\": { \"item\": \"GadgetRevenue\", \"under\": \"Nothing\" },", "TAX013", "\"Nothing\""),
        new("x-counterpartOf naming the item itself", WidgetConcept, WidgetConcept + " \"x-counterpartOf\": { \"item\": \"WidgetRevenue\" },", "TAX035", "\"WidgetRevenue\" }"),
        new("x-counterpartOf naming a missing item", WidgetConcept, WidgetConcept + " \"x-counterpartOf\": { \"item\": \"Nothing\" },", "TAX035", "\"Nothing\""),
        new("x-counterpartOf of another data type", GadgetTypes, "\"x-concept\": \"wdg:GadgetRevenue\", \"x-dataType\": \"shares\", \"x-periodType\": \"duration\", \"x-counterpartOf\": { \"item\": \"WidgetRevenue\" },", "TAX035", "\"WidgetRevenue\" }"),
        new("x-counterpartOf is a string", WidgetConcept, WidgetConcept + " \"x-counterpartOf\": \"GadgetRevenue\",", "TAX003", "\"GadgetRevenue\","),
        new("x-printedBelow naming the item itself", WidgetConcept, WidgetConcept + " \"x-printedBelow\": { \"item\": \"WidgetRevenue\" },", "TAX036", "\"WidgetRevenue\" }"),
        new("x-printedBelow naming a total of its own calculation", WidgetConcept, WidgetConcept + " \"x-printedBelow\": { \"item\": \"Revenues\" },", "TAX036", "\"Revenues\" }"),
        new("x-printedBelow is a string", WidgetConcept, WidgetConcept + " \"x-printedBelow\": \"GadgetRevenue\",", "TAX003", "\"GadgetRevenue\","),
        new("x-perShareOf naming a missing item", GadgetTypes, "\"x-concept\": \"wdg:GadgetRevenue\", \"x-dataType\": \"perShare\", \"x-periodType\": \"duration\", \"x-perShareOf\": { \"numerator\": \"Nothing\", \"denominator\": \"WidgetRevenue\" },", "TAX013", "\"Nothing\""),
    ];

    public static TheoryData<string> Kinds() => [.. Cases.Select(c => c.Kind)];

    [Fact]
    public void The_table_covers_at_least_25_distinct_kinds_and_every_schema_error_the_generator_knows()
    {
        Assert.True(Cases.Length >= 25);
        Assert.Equal(Cases.Length, Cases.Select(c => c.Kind).Distinct(StringComparer.Ordinal).Count());
        // Every descriptor about one schema's content has a case; TAX016 (internal failure) and TAX024 (two files) are not about one file's text.
        var expected = Taxonomy.Generators.Diagnostics.DiagnosticDescriptors.All.Select(d => d.Id).Except(["TAX016", "TAX024"]).Order(StringComparer.Ordinal);
        Assert.Equal(expected, Cases.Select(c => c.Id).Distinct().Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Malformed_schema_is_a_located_diagnostic_and_a_good_schema_beside_it_still_generates(string kind)
    {
        var @case = Cases.Single(c => c.Kind == kind);
        string schema = @case.Schema();

        // Run throws if the generator itself failed (CS8785) or reported any other CS diagnostic.
        var (result, output) = GeneratorHarness.Run(
            new InMemoryAdditionalText(BrokenPath, schema),
            new InMemoryAdditionalText(GoodPath, TestSchemas.GizmoPosition));

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "TAX016");
        var diagnostic = result.Diagnostics.FirstOrDefault(d => d.Id == @case.Id);
        Assert.True(diagnostic is not null, $"no {@case.Id}; got: {string.Join("; ", result.Diagnostics)}");
        var span = diagnostic!.Location.GetLineSpan();
        Assert.Equal(BrokenPath, span.Path);
        Assert.InRange(diagnostic.Location.SourceSpan.End, 0, schema.Length);
        Assert.Equal(ExpectedLine(schema, @case.Snippet, @case.Occurrence), span.StartLinePosition.Line);
        Assert.All(result.Diagnostics.Where(d => d.Location.GetLineSpan().Path != GoodPath), d => Assert.Equal(BrokenPath, d.Location.GetLineSpan().Path));

        Assert.DoesNotContain(result.Diagnostics, d => d.Location.GetLineSpan().Path == GoodPath);
        Assert.NotNull(output.GetTypeByMetadataName("Gizmos.Reporting.Statements.GizmoPosition"));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    private static int ExpectedLine(string schema, string snippet, int occurrence)
    {
        int index = -1;
        for (int i = 0; i < occurrence; i++)
        {
            index = schema.IndexOf(snippet, index + 1, StringComparison.Ordinal);
            Assert.True(index >= 0, $"snippet {snippet} (occurrence {occurrence}) not found");
        }
        return SourceText.From(schema).Lines.GetLinePosition(index).Line;
    }
}

/// <summary>Valid schemas with hostile text: the generated code must still compile cleanly.</summary>
public class HostileSchemaTextTests
{
    [Theory]
    [InlineData("\\u2028")]
    [InlineData("\\u2029")]
    [InlineData("\\u0085")]
    [InlineData("\\u0000")]
    [InlineData("\\u0007")]
    [InlineData("*/ /* \\\"")]
    [InlineData("</summary><x>")]
    [InlineData("\\ud83d\\ude00")]
    public void Line_breaks_control_characters_and_markup_in_descriptions_and_labels_compile(string escaped)
    {
        string schema = TestSchemas.WidgetIncome
            .Replace("\"title\": \"WidgetIncome\",", "\"title\": \"WidgetIncome\", \"description\": \"a" + escaped + "b\",", StringComparison.Ordinal)
            .Replace("\"Widget revenue\"", "\"Widget" + escaped + "revenue\"", StringComparison.Ordinal)
            .Replace(" \"x-concept\": \"wdg:GadgetRevenue\",", " \"description\": \"c" + escaped + "d\", \"x-concept\": \"wdg:GadgetRevenue\",", StringComparison.Ordinal);
        var (result, output) = GeneratorHarness.Run(new InMemoryAdditionalText("/schemas/WidgetIncome.schema.json", schema));
        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.CompilationProblems(output));
    }
}
