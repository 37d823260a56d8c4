using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Taxonomy.Extraction;
using Taxonomy.Testing.Samples;

namespace Taxonomy.Benchmarks;

/// <summary>
/// Extraction time against the rows of one table: the fictional sample with 1,000 to 40,000 extra line items printed
/// above its total revenues. Linear time means the time per row stays flat (one table of 10,000 rows once took 15 s
/// because the condensed-summation recheck scanned all facts for each extension line item).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class TableRowsBenchmarks
{
    private static readonly ExtractionOptions Options = new() { SourceName = "long-table.txt" };

    private string _text = string.Empty;

    /// <summary>Extra rows in the income statement.</summary>
    [Params(1_000, 10_000, 40_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var rows = new StringBuilder();
        for (int i = 0; i < Rows; i++)
        {
            rows.Append(CultureInfo.InvariantCulture, $"Line item {i}\t$\t{i % 900 + 100},000\t$\t{i % 700 + 100},000\n");
        }
        _text = SampleFiling.Default.Text.Replace("Total revenues", rows + "Total revenues", StringComparison.Ordinal);
    }

    [Benchmark]
    public ExtractionResult ExtractLongTable() => FilingExtractor.Extract(_text, Options);
}
