using BenchmarkDotNet.Attributes;
using Taxonomy.Extraction;
using Taxonomy.Testing.Samples;
using Taxonomy.Xbrl;

namespace Taxonomy.Benchmarks;

/// <summary>Extracting the fictional sample filing and writing its report as xBRL-JSON.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class SampleFilingBenchmarks
{
    private static readonly ExtractionOptions Options = new() { SourceName = "northwind-8k.txt" };

    private string _text = string.Empty;
    private Report _report = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = SampleFiling.Default.Text;
        _report = FilingExtractor.Extract(_text, Options).Report;
    }

    [Benchmark]
    public ExtractionResult ExtractSampleFiling() => FilingExtractor.Extract(_text, Options);

    [Benchmark]
    public string SampleReportToXbrlJson() => XbrlJson.ToJson(_report);
}
