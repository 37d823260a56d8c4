using System.Text.Json;
using Taxonomy.Package.Tests.Infrastructure;

namespace Taxonomy.Package.Tests;

/// <summary>A project outside the repository restores Taxonomy from the local feed, adds its own schemas and uses the generated code.</summary>
[Collection(PackageCollection.Name)]
public sealed class ConsumerTests(PackageFeed feed)
{
    [Fact]
    public void The_package_passes_the_consumers_statement_schemas_to_the_generator_and_nothing_else()
    {
        // Not gizmo.meta.schema.json, and not the shipped schemas (their classes are already in Taxonomy.dll).
        Assert.Equal(["schemas/GizmoIncome.schema.json", "schemas/operations/GizmoOperations.schema.json"], AdditionalFiles(""));
    }

    [Fact]
    public void TaxonomySchemasDirectory_points_at_the_shipped_reference_schemas()
    {
        var consumer = ConsumerProject.Create(feed, "Gizmo");
        consumer.Run("restore", consumer.ProjectFile, "-nodeReuse:false").EnsureSuccess();
        var result = consumer.Run("msbuild", consumer.ProjectFile, "-getProperty:TaxonomySchemasDirectory", "-nologo").EnsureSuccess();
        string folder = result.Output.Trim();
        Assert.True(Path.IsPathRooted(folder) && folder.StartsWith(feed.PackagesFolder, StringComparison.Ordinal), result.Describe());
        Assert.True(File.Exists(Path.Combine(folder, "taxonomy.meta.schema.json")), result.Describe());
        Assert.True(File.Exists(Path.Combine(folder, "income-statement.schema.json")), result.Describe());
    }

    [Fact]
    public void A_schema_the_consumer_already_lists_as_an_additional_file_is_not_passed_twice()
    {
        const string explicitItem = """<ItemGroup><AdditionalFiles Include="schemas\GizmoIncome.schema.json" /></ItemGroup>""";
        Assert.Equal(["schemas/GizmoIncome.schema.json", "schemas/operations/GizmoOperations.schema.json"], AdditionalFiles(explicitItem));
    }

    [Fact]
    public void TaxonomyEnableDefaultSchemaItems_false_leaves_the_additional_files_to_the_consumer()
    {
        const string optOut = """<PropertyGroup><TaxonomyEnableDefaultSchemaItems>false</TaxonomyEnableDefaultSchemaItems></PropertyGroup>""";
        Assert.Empty(AdditionalFiles(optOut));
    }

    [Fact]
    public void A_consumer_builds_with_warnings_as_errors_and_its_generated_statement_validates_and_serializes()
    {
        var consumer = ConsumerProject.Create(feed, "Gizmo");
        var build = consumer.Build();
        Assert.True(build.ExitCode == 0, build.Describe());
        Assert.Empty(CompilerMessage.Parse(build.Output));

        var run = consumer.Run("run", "--project", consumer.ProjectFile, "-c", "Release", "--no-build");
        Assert.True(run.ExitCode == 0, run.Describe());
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        void Expect(string line) => Assert.True(lines.Contains(line), $"Expected the line\n  {line}\nin the consumer's output:\n{run.Output}");

        Expect("type: Gizmo.Statements.GizmoIncome");
        Expect("footing findings: 0");
        // 1,250,000 + 750,000 = 2,000,000, not the reported 2,010,000: one error on the total.
        Expect("finding: calc11.summation Error us-gaap:Revenues expected=2000000 actual=2010000");
        Assert.Single(lines, l => l.StartsWith("finding: ", StringComparison.Ordinal));
        Expect("stj: {\"period\":{\"startDate\":\"2031-01-01\",\"endDate\":\"2031-03-31\"},"
            + "\"SubscriptionRevenue\":{\"value\":1250000,\"decimals\":-3},"
            + "\"HardwareRevenue\":{\"value\":750000,\"decimals\":-3},"
            + "\"Revenues\":{\"value\":2000000,\"decimals\":-3}}");
        Expect("stj round trip: True");
        Expect("xbrl documentType: https://xbrl.org/2021/xbrl-json");
        Expect("xbrl concepts: gzm:HardwareRevenue,gzm:SubscriptionRevenue,us-gaap:Revenues");
        Expect("xbrl round trip: True True");
        Expect("operations findings: dqc.0015.negative-value");
        Expect("shipped: Taxonomy.Statements.IncomeStatement in Taxonomy");

        string registered = lines.Single(l => l.StartsWith("registered: ", StringComparison.Ordinal))["registered: ".Length..];
        var statements = registered.Split(',');
        Assert.Equal(statements.Distinct().Count(), statements.Length);
        Assert.Contains("Gizmo.Statements.GizmoIncome", statements);
        Assert.Contains("Gizmo.Statements.GizmoOperations", statements);
        Assert.Contains("Taxonomy.Statements.IncomeStatement", statements);
        Assert.DoesNotContain("Gizmo.Statements.NotAStatement", statements);
    }

    [Fact]
    public void A_broken_consumer_schema_fails_the_build_with_the_TAX_diagnostic_at_its_line_and_no_generator_crash()
    {
        var consumer = ConsumerProject.Create(feed, "Broken");
        string schema = Path.Combine(consumer.Folder, "schemas", "Broken.schema.json");
        var schemaLines = File.ReadAllLines(schema);
        int lineIndex = Array.FindIndex(schemaLines, l => l.Contains("\"NoSuchLineItem\"", StringComparison.Ordinal));
        int expectedColumn = schemaLines[lineIndex].IndexOf("\"NoSuchLineItem\"", StringComparison.Ordinal) + 1;

        var build = consumer.Build();

        Assert.True(build.ExitCode != 0, "The build should have failed.\n" + build.Describe());
        Assert.DoesNotContain("CS8785", build.Output, StringComparison.Ordinal); // a generator that threw
        Assert.DoesNotContain("CS8784", build.Output, StringComparison.Ordinal); // a generator that failed to initialize
        Assert.DoesNotContain("AD0001", build.Output, StringComparison.Ordinal);
        var errors = CompilerMessage.Parse(build.Output).Where(m => m.Severity == "error").ToList();
        var error = Assert.Single(errors);
        Assert.True(error.Id == "TAX005", "Expected TAX005 (missing calculation child), got:\n" + build.Describe());
        Assert.Equal(schema, error.File);
        Assert.Equal((lineIndex + 1, expectedColumn), (error.Line, error.Column));
        Assert.Contains("NoSuchLineItem", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The consumer's evaluated AdditionalFiles, relative to its folder, in ordinal order.</summary>
    private List<string> AdditionalFiles(string extraProjectXml)
    {
        var consumer = ConsumerProject.Create(feed, "Gizmo", extraProjectXml);
        consumer.Run("restore", consumer.ProjectFile, "-nodeReuse:false").EnsureSuccess();
        var result = consumer.Run("msbuild", consumer.ProjectFile, "-getItem:AdditionalFiles", "-nologo").EnsureSuccess();
        using var items = JsonDocument.Parse(JsonStart(result));
        if (!items.RootElement.TryGetProperty("Items", out var all) || !all.TryGetProperty("AdditionalFiles", out var files)) return [];
        return files.EnumerateArray()
            .Select(i => Path.GetRelativePath(consumer.Folder, i.GetProperty("FullPath").GetString()!).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static string JsonStart(ProcessResult result)
    {
        int start = result.Output.IndexOf('{', StringComparison.Ordinal);
        return start >= 0 ? result.Output[start..] : throw new InvalidOperationException("No JSON in the output.\n" + result.Describe());
    }
}
