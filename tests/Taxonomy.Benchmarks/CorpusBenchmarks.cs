using BenchmarkDotNet.Attributes;
using Taxonomy.Extraction;

namespace Taxonomy.Benchmarks;

/// <summary>Extracting each corpus document in-process (bytes in, encoding detected, as the CLI reads a file).</summary>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(ThroughputConfig))]
public class CorpusDocumentBenchmarks
{
    public static IEnumerable<string> Documents => CorpusDocuments.All;

    [ParamsSource(nameof(Documents))]
    public string Document { get; set; } = string.Empty;

    private byte[] _bytes = [];
    private ExtractionOptions _options = new();

    [GlobalSetup]
    public void Setup()
    {
        _bytes = CorpusDocuments.Bytes(Document);
        _options = new ExtractionOptions { SourceName = Path.GetFileName(Document) };
    }

    [Benchmark]
    public ExtractionResult ExtractDocument() => FilingExtractor.Extract(_bytes, _options);
}

/// <summary>Extracting every corpus document of one format, one after another: throughput per core.</summary>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(ThroughputConfig))]
public class CorpusThroughputBenchmarks
{
    [Params("text", "html", "submission")]
    public string Format { get; set; } = string.Empty;

    private (byte[] Bytes, ExtractionOptions Options)[] _documents = [];

    [GlobalSetup]
    public void Setup()
    {
        _documents = CorpusDocuments.All.Where(d => CorpusDocuments.FormatOf(d) == Format)
            .Select(d => (CorpusDocuments.Bytes(d), new ExtractionOptions { SourceName = Path.GetFileName(d) }))
            .ToArray();
        // An empty corpus would time an empty loop and print nanoseconds as a throughput figure. The benchmark runs in a
        // child process with its own working directory, so a relative TAXONOMY_SHARED does not reach the corpus.
        if (_documents.Length == 0)
        {
            throw new InvalidOperationException($"No {Format} documents found: set TAXONOMY_SHARED to the absolute path of the shared folder.");
        }
    }

    [Benchmark]
    public int ExtractCorpusFormat()
    {
        int facts = 0;
        foreach (var (bytes, options) in _documents) facts += FilingExtractor.Extract(bytes, options).Report.Facts.Count;
        return facts;
    }
}
