using System.Collections;
using System.Reflection;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Taxonomy.Generators.Tests;

public class IncrementalTests
{
    private static readonly AdditionalText Widgets = GeneratorHarness.Schema("WidgetIncome.schema.json", TestSchemas.WidgetIncome);
    private static readonly AdditionalText Gizmos = GeneratorHarness.Schema("GizmoPosition.schema.json", TestSchemas.GizmoPosition);

    private static readonly HashSet<string> RoslynInputs =
    [
        WellKnownGeneratorInputs.AdditionalTexts, WellKnownGeneratorInputs.AnalyzerConfigOptions, WellKnownGeneratorInputs.Compilation,
        WellKnownGeneratorInputs.MetadataReferences, WellKnownGeneratorInputs.ParseOptions,
        WellKnownGeneratorOutputs.SourceOutput, WellKnownGeneratorOutputs.ImplementationSourceOutput,
    ];

    private static readonly Type[] ForbiddenTypes =
    [
        typeof(ISymbol), typeof(Compilation), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location), typeof(AdditionalText),
        typeof(JsonElement), typeof(JsonDocument), typeof(Microsoft.CodeAnalysis.Text.SourceText),
    ];

    [Fact]
    public void An_unrelated_edit_leaves_every_tracked_step_cached() => AssertUnrelatedEditCached(Widgets, Gizmos);

    [Fact]
    public void An_unrelated_edit_leaves_a_large_taxonomy_fully_cached() => AssertUnrelatedEditCached(SyntheticSchemas);

    [Fact]
    public void Editing_one_schema_regenerates_only_its_output() =>
        AssertOnlyEditedSchemaRegenerates(
            [Widgets, Gizmos],
            GeneratorHarness.Schema("WidgetIncome.schema.json", TestSchemas.WidgetIncome.Replace("\"Gadget revenue\"", "\"Revenue from gadgets\"", StringComparison.Ordinal)),
            "Widgets.Statements.WidgetIncome.g.cs",
            "Revenue from gadgets");

    [Fact]
    public void Editing_one_schema_of_a_large_taxonomy_regenerates_only_its_output()
    {
        const int file = 7;
        string text = SyntheticTaxonomy.Schema(file, SyntheticTaxonomy.ItemsPerFile).Replace("\"Synthetic item 7 12\"", "\"Edited synthetic item\"", StringComparison.Ordinal);
        AssertOnlyEditedSchemaRegenerates(SyntheticSchemas, GeneratorHarness.Schema(SyntheticTaxonomy.FileName(file), text), SyntheticTaxonomy.HintName(file), "Edited synthetic item");
    }

    [Fact]
    public void The_large_taxonomy_generates_one_output_per_schema_without_diagnostics()
    {
        var driver = GeneratorHarness.Driver(SyntheticSchemas).RunGenerators(GeneratorHarness.Compilation());
        var run = driver.GetRunResult().Results.Single();
        Assert.Empty(run.Diagnostics);
        Assert.Equal(SyntheticTaxonomy.Files, run.GeneratedSources.Length);
        Assert.Contains("S20Item099", GeneratorHarness.GeneratedText(driver.GetRunResult(), SyntheticTaxonomy.HintName(20)), StringComparison.Ordinal);
    }

    /// <summary>2,000 line items in 20 schema files (the scale the performance targets are set for).</summary>
    private static readonly AdditionalText[] SyntheticSchemas =
        [.. SyntheticTaxonomy.Schemas().Select(s => GeneratorHarness.Schema(s.Name, s.Text))];

    private static void AssertUnrelatedEditCached(params AdditionalText[] schemas)
    {
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(schemas).RunGenerators(compilation);
        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("internal sealed class Unrelated { }", GeneratorHarness.ParseOptions)));

        var run = driver.GetRunResult().Results.Single();
        Assert.Equal(schemas.Length, run.TrackedSteps[TrackingNames.Parse].Length);
        int outputs = 0;
        foreach (var (name, steps) in run.TrackedSteps.Concat(run.TrackedOutputSteps))
        {
            foreach (var output in steps.SelectMany(s => s.Outputs))
            {
                Assert.True(output.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {output.Reason}");
                outputs++;
            }
        }
        Assert.True(outputs >= 2 * schemas.Length);
        Assert.Equal(schemas.Length, run.TrackedOutputSteps.Values.SelectMany(s => s).SelectMany(s => s.Outputs).Count());
    }

    private static void AssertOnlyEditedSchemaRegenerates(AdditionalText[] schemas, AdditionalText edited, string editedHint, string editedText)
    {
        var compilation = GeneratorHarness.Compilation();
        var driver = GeneratorHarness.Driver(schemas).RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

        var original = schemas.Single(s => s.Path == edited.Path);
        driver = driver.ReplaceAdditionalText(original, edited).RunGenerators(compilation);

        var result = driver.GetRunResult();
        var run = result.Results.Single();
        var parse = run.TrackedSteps[TrackingNames.Parse].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, parse.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(schemas.Length - 1, parse.Count(r => r == IncrementalStepRunReason.Cached));
        var sourceOutputs = run.TrackedOutputSteps.Values.SelectMany(s => s).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, sourceOutputs.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(schemas.Length - 1, sourceOutputs.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Contains(editedText, GeneratorHarness.GeneratedText(result, editedHint), StringComparison.Ordinal);
        foreach (var (hint, text) in before.Where(b => b.Key != editedHint))
        {
            Assert.Equal(text, GeneratorHarness.GeneratedText(result, hint));
        }
        Assert.NotEqual(before[editedHint], GeneratorHarness.GeneratedText(result, editedHint));
    }

    [Fact]
    public void Tracked_step_outputs_hold_no_compiler_or_json_objects()
    {
        var bad = GeneratorHarness.Schema("Bad.schema.json", "{ \"title\": 1 }");
        var driver = GeneratorHarness.Driver(Widgets, Gizmos, bad).RunGenerators(GeneratorHarness.Compilation());
        var run = driver.GetRunResult().Results.Single();
        int walked = 0;
        Assert.Contains(TrackingNames.Parse, run.TrackedSteps.Keys);
        Assert.Contains(TrackingNames.StatementKeys, run.TrackedSteps.Keys);
        // Roslyn's own input and output nodes are tracked too; they hold the files and the generated sources by design.
        foreach (var (name, steps) in run.TrackedSteps.Where(s => !RoslynInputs.Contains(s.Key)))
        {
            foreach (var output in steps.SelectMany(s => s.Outputs))
            {
                AssertNoForbiddenObjects(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
                walked++;
            }
        }
        Assert.True(walked >= 3);
    }

    [Fact]
    public void The_object_walk_finds_a_forbidden_object()
    {
        var holder = new List<object> { "text", new { Inner = Location.None } };
        Assert.ThrowsAny<Exception>(() => AssertNoForbiddenObjects(holder, "test", new HashSet<object>(ReferenceEqualityComparer.Instance)));
    }

    private static void AssertNoForbiddenObjects(object? value, string path, HashSet<object> seen)
    {
        if (value is null) return;
        var type = value.GetType();
        foreach (var forbidden in ForbiddenTypes)
        {
            Assert.False(forbidden.IsAssignableFrom(type), $"{path} holds a {type.FullName}");
        }
        if (type.IsPrimitive || type.IsEnum || value is string or decimal or Type) return;
        if (!type.IsValueType && !seen.Add(value)) return;
        if (value is IEnumerable sequence)
        {
            int i = 0;
            foreach (var item in sequence) AssertNoForbiddenObjects(item, $"{path}[{i++}]", seen);
        }
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.FieldType.IsPointer || field.FieldType.IsByRefLike) continue;
                AssertNoForbiddenObjects(field.GetValue(value), path + "." + field.Name, seen);
            }
        }
    }
}
