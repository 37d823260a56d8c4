using Microsoft.CodeAnalysis;
using Taxonomy.Testing;

namespace Taxonomy.Generators.Tests;

public class GenerationTests
{
    [Fact]
    public void WidgetIncome_schema_generates_a_statement_with_three_properties_that_compiles_cleanly()
    {
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.Schema("WidgetIncome.schema.json", TestSchemas.WidgetIncome));

        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.CompilationProblems(output));
        var type = output.GetTypeByMetadataName("Widgets.Statements.WidgetIncome");
        Assert.NotNull(type);
        var properties = type!.GetMembers().OfType<IPropertySymbol>().Where(p => !p.IsStatic).Select(p => p.Name + ":" + p.Type.ToDisplayString()).ToArray();
        Assert.Equal(
            ["Period:Taxonomy.Period", "WidgetRevenue:Taxonomy.MonetaryAmount?", "GadgetRevenue:Taxonomy.MonetaryAmount?", "Revenues:Taxonomy.MonetaryAmount?", "Definition:Taxonomy.Concepts.StatementDefinition"],
            properties);
        Assert.Contains(type.AllInterfaces, i => i.ToDisplayString() == "Taxonomy.Statements.IStatement<Widgets.Statements.WidgetIncome>");
        foreach (var name in new[] { "WidgetIncomeConcepts", "WidgetIncomeValidator", "WidgetIncomeJsonConverter" })
        {
            Assert.NotNull(output.GetTypeByMetadataName("Widgets.Statements." + name));
        }
    }

    [Fact]
    public void Generated_code_names_the_generators_release_version_without_build_metadata()
    {
        string informational = typeof(Taxonomy.Generators.Parsing.Identifiers).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .Cast<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion;
        string release = informational.Split('+')[0];
        var (result, _) = GeneratorHarness.Run(GeneratorHarness.Schema("WidgetIncome.schema.json", TestSchemas.WidgetIncome));
        string text = GeneratorHarness.GeneratedText(result, "Widgets.Statements.WidgetIncome.g.cs");
        Assert.Contains($"GeneratedCode(\"Taxonomy.Generators\", \"{release}\")", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"1.0.0\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("+", release, StringComparison.Ordinal);
    }

    [Fact]
    public void WidgetIncome_generated_source()
    {
        var (result, _) = GeneratorHarness.Run(GeneratorHarness.Schema("WidgetIncome.schema.json", TestSchemas.WidgetIncome));
        Snapshot.Verify(GeneratorHarness.GeneratedText(result, "Widgets.Statements.WidgetIncome.g.cs"), "cs");
    }

    [Fact]
    public void Schema_using_every_feature_compiles_without_warnings()
    {
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.Schema("GizmoPosition.schema.json", TestSchemas.GizmoPosition));
        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.CompilationProblems(output));
        Assert.NotNull(output.GetTypeByMetadataName("Gizmos.Reporting.Statements.GizmoPosition"));
    }

    [Fact]
    public void Schema_using_every_feature_generated_source()
    {
        var (result, _) = GeneratorHarness.Run(GeneratorHarness.Schema("GizmoPosition.schema.json", TestSchemas.GizmoPosition));
        Snapshot.Verify(GeneratorHarness.GeneratedText(result, "Gizmos.Reporting.Statements.GizmoPosition.g.cs"), "cs");
    }

    [Fact]
    public void Files_that_are_not_schemas_are_ignored()
    {
        var (result, _) = GeneratorHarness.Run(
            GeneratorHarness.Schema("notes.json", "not json at all"),
            GeneratorHarness.Schema("taxonomy.meta.schema.json", "{ \"$schema\": \"https://json-schema.org/draft/2020-12/schema\" }"));
        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.GeneratedTrees);
    }

    [Fact]
    public void Superseded_items_compile_and_carry_their_successor_date_and_reason()
    {
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.Schema("WidgetLiabilities.schema.json", TestSchemas.WidgetLiabilities));
        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.CompilationProblems(output));
        string text = GeneratorHarness.GeneratedText(result, "Widgets.Statements.WidgetLiabilities.g.cs");
        Assert.Contains("SupersededBy = new global::Taxonomy.Concepts.Supersession(\"WidgetContractLiabilities\", new global::System.DateOnly(2031, 7, 1), \"the widget standard (WS 12 & 13) renames deposits\"),", text, StringComparison.Ordinal);
        Assert.Contains("SupersededBy = new global::Taxonomy.Concepts.Supersession(\"WidgetContractLiabilities\", new global::System.DateOnly(2032, 1, 1), null),", text, StringComparison.Ordinal);
        // The successor itself supersedes nothing: the keyword is written only where the schema has it.
        Assert.Equal(2, text.Split("SupersededBy =").Length - 1);
    }

    [Fact]
    public void Superseded_items_generated_source()
    {
        var (result, _) = GeneratorHarness.Run(GeneratorHarness.Schema("WidgetLiabilities.schema.json", TestSchemas.WidgetLiabilities));
        Snapshot.Verify(GeneratorHarness.GeneratedText(result, "Widgets.Statements.WidgetLiabilities.g.cs"), "cs");
    }

    [Fact]
    public void Classified_items_compile_and_carry_their_counterpart_total_position_and_reason()
    {
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.Schema("WidgetPosition.schema.json", TestSchemas.WidgetPosition));
        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.CompilationProblems(output));
        string text = GeneratorHarness.GeneratedText(result, "Widgets.Statements.WidgetPosition.g.cs");
        Assert.Contains("ClassifiedAs = new global::Taxonomy.Concepts.Classification(\"WidgetOtherNoncurrentAssets\", \"WidgetCurrentAssets\", global::Taxonomy.Concepts.ClassifyingPosition.Below, \"below the current total (WS 7 & 8) it is noncurrent\"),", text, StringComparison.Ordinal);
        Assert.Contains("ClassifiedAs = new global::Taxonomy.Concepts.Classification(\"WidgetNetFees\", \"WidgetAssets\", global::Taxonomy.Concepts.ClassifyingPosition.Under, null),", text, StringComparison.Ordinal);
        Assert.Contains("Reported as WidgetOtherNoncurrentAssets when printed below WidgetCurrentAssets: below the current total (WS 7 &amp; 8) it is noncurrent.", text, StringComparison.Ordinal);
        // Only the two items that have the keyword carry it.
        Assert.Equal(2, text.Split("ClassifiedAs =").Length - 1);
    }

    [Fact]
    public void An_item_printed_below_a_total_carries_the_total_and_reason()
    {
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.Schema("WidgetPosition.schema.json", TestSchemas.WidgetPosition));
        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.CompilationProblems(output));
        string text = GeneratorHarness.GeneratedText(result, "Widgets.Statements.WidgetPosition.g.cs");
        Assert.Contains("PrintedBelow = new global::Taxonomy.Concepts.PrintedBelow(\"WidgetCurrentAssets\", \"the current section (WS 7 & 8) comes first\"),", text, StringComparison.Ordinal);
        Assert.Contains("Printed, with the items it sums, below a row reporting WidgetCurrentAssets: the current section (WS 7 &amp; 8) comes first.", text, StringComparison.Ordinal);
        Assert.Equal(1, text.Split("PrintedBelow =").Length - 1);
    }

    [Fact]
    public void Counterpart_items_compile_and_carry_their_counterpart_and_reason()
    {
        var (result, output) = GeneratorHarness.Run(GeneratorHarness.Schema("WidgetFlows.schema.json", TestSchemas.WidgetFlows));
        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.CompilationProblems(output));
        string text = GeneratorHarness.GeneratedText(result, "Widgets.Statements.WidgetFlows.g.cs");
        Assert.Contains("CounterpartOf = new global::Taxonomy.Concepts.Counterpart(\"RebateShown\", \"the rebate (WS 9 & 10) leaves the operating flows and is shown again among the funding flows\"),", text, StringComparison.Ordinal);
        Assert.Contains("CounterpartOf = new global::Taxonomy.Concepts.Counterpart(\"DepositReturned\", null),", text, StringComparison.Ordinal);
        Assert.Contains("Printed under the same wording as RebateShown in another section: the rebate (WS 9 &amp; 10) leaves the operating flows and is shown again among the funding flows.", text, StringComparison.Ordinal);
        // Only the items that declare the pair carry it; their counterparts declare nothing.
        Assert.Equal(2, text.Split("CounterpartOf =").Length - 1);
    }

    [Fact]
    public void Counterpart_items_generated_source()
    {
        var (result, _) = GeneratorHarness.Run(GeneratorHarness.Schema("WidgetFlows.schema.json", TestSchemas.WidgetFlows));
        Snapshot.Verify(GeneratorHarness.GeneratedText(result, "Widgets.Statements.WidgetFlows.g.cs"), "cs");
    }
}
