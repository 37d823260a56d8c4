using BenchmarkDotNet.Attributes;
using Taxonomy.Extraction;
using Taxonomy.Testing;
using Taxonomy.Xbrl;

namespace Taxonomy.Benchmarks;

/// <summary>Extracting the founding 8-K (read once from ../shared) and writing its report as xBRL-JSON.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class FoundingFilingBenchmarks
{
    public const string RelativePath = "filings/001_26c721c3275d4b3d.txt";

    private string _text = string.Empty;
    private Report _report = null!;

    [GlobalSetup]
    public void Setup()
    {
        string path = SharedFiles.TryFind(RelativePath)
            ?? throw new InvalidOperationException($"Shared file '{RelativePath}' not found (set {SharedFiles.Variable}).");
        _text = File.ReadAllText(path);
        _report = FilingExtractor.Extract(_text, Options).Report;
    }

    private static readonly ExtractionOptions Options = new() { SourceName = "001_26c721c3275d4b3d.txt" };

    [Benchmark]
    public ExtractionResult ExtractFoundingFiling() => FilingExtractor.Extract(_text, Options);

    [Benchmark]
    public string FoundingReportToXbrlJson() => XbrlJson.ToJson(_report);
}
