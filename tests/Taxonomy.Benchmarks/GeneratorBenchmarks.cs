using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Taxonomy.Generators;
using Taxonomy.Generators.Tests;

namespace Taxonomy.Benchmarks;

/// <summary>
/// The source generator over a synthetic taxonomy of 2,000 line items in 20 schema files, run in memory through
/// <see cref="CSharpGeneratorDriver"/>: a full run from a new driver, a second run after an edit to unrelated code
/// (everything cached), and a run after one schema is edited (only its output regenerated).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class GeneratorBenchmarks
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private AdditionalText[] _schemas = [];
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _unrelatedEdit = null!;
    private GeneratorDriver _warm = null!;
    private AdditionalText _editedSchema = null!;
    private AdditionalText _originalSchema = null!;

    [GlobalSetup]
    public void Setup()
    {
        _schemas = [.. SyntheticTaxonomy.Schemas().Select(s => (AdditionalText)new SchemaText("/schemas/" + s.Name, s.Text))];
        _compilation = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText("internal sealed class Existing { }", ParseOptions)],
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        _unrelatedEdit = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("internal sealed class Unrelated { }", ParseOptions));
        _warm = Driver().RunGenerators(_compilation);
        const int file = 7;
        _originalSchema = _schemas[file - 1];
        _editedSchema = new SchemaText(_originalSchema.Path, SyntheticTaxonomy.Schema(file, SyntheticTaxonomy.ItemsPerFile).Replace("\"Synthetic item 7 12\"", "\"Edited synthetic item\"", StringComparison.Ordinal));
        if (FullGeneration().Results.Single().GeneratedSources.Length != SyntheticTaxonomy.Files)
        {
            throw new InvalidOperationException("The synthetic taxonomy did not generate one source per schema.");
        }
    }

    [Benchmark]
    public GeneratorDriverRunResult FullGeneration() => Driver().RunGenerators(_compilation).GetRunResult();

    [Benchmark]
    public GeneratorDriverRunResult SecondRunAfterUnrelatedEdit() => _warm.RunGenerators(_unrelatedEdit).GetRunResult();

    [Benchmark]
    public GeneratorDriverRunResult RunAfterOneSchemaEdited() => _warm.ReplaceAdditionalText(_originalSchema, _editedSchema).RunGenerators(_compilation).GetRunResult();

    private GeneratorDriver Driver() =>
        CSharpGeneratorDriver.Create([new TaxonomyGenerator().AsSourceGenerator()], additionalTexts: _schemas, parseOptions: ParseOptions);

    private static ImmutableArray<MetadataReference> References() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Append(typeof(Taxonomy.Period).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))];

    private sealed class SchemaText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
