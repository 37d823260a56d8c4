using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Taxonomy.Extraction;
using Taxonomy.Testing.Samples;

namespace Taxonomy.Benchmarks;

/// <summary>
/// Extraction time and allocation against the size of a synthetic input built from the fictional sample: the whole
/// filing repeated to 1, 10 and 50 MB, and one income statement with 1,000 to 40,000 extra line items printed above its
/// total revenues. Linear time means the time per megabyte, and per row, stays flat across the sizes; the unit tests
/// assert no times, this is where linearity is measured (one table of 10,000 rows once took 15 s because the
/// condensed-summation recheck scanned all facts for each extension line item). One 50 MB operation takes over a
/// minute, so the class carries its own short job (a job given with <c>--job</c> runs in addition to it).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class SyntheticInputBenchmarks
{
    private string _text = string.Empty;
    private ExtractionOptions _options = new();

    /// <summary>The inputs: filings of growing size, then tables of growing length.</summary>
    public static IEnumerable<SyntheticInput> Inputs() =>
    [
        .. new[] { 1, 10, 50 }.Select(megabytes => new SyntheticInput($"{megabytes} MB filing", "synthetic.txt", () => Repeated(megabytes * 1024 * 1024))),
        .. new[] { 1_000, 10_000, 40_000 }.Select(rows => new SyntheticInput(string.Create(CultureInfo.InvariantCulture, $"{rows:N0}-row table"), "long-table.txt", () => LongTable(rows))),
    ];

    /// <summary>The input of this run.</summary>
    [ParamsSource(nameof(Inputs))]
    public SyntheticInput Input { get; set; } = null!;

    [GlobalSetup]
    public void Setup()
    {
        _text = Input.Build();
        _options = new ExtractionOptions { SourceName = Input.SourceName };
    }

    [Benchmark]
    public ExtractionResult ExtractSyntheticInput() => FilingExtractor.Extract(_text, _options);

    /// <summary>
    /// Copies of the sample, whole, until <paramref name="length"/> characters (UTF-16, ASCII here: the same in bytes);
    /// the last copy is cut at a line end.
    /// </summary>
    internal static string Repeated(int length)
    {
        string sample = SampleFiling.Default.Text;
        var builder = new StringBuilder(length + sample.Length);
        while (builder.Length + sample.Length <= length) builder.Append(sample).Append('\n');
        int rest = length - builder.Length;
        int cut = sample.LastIndexOf('\n', Math.Max(0, Math.Min(rest, sample.Length) - 1));
        if (cut > 0) builder.Append(sample, 0, cut + 1);
        return builder.ToString();
    }

    /// <summary>The sample with <paramref name="rows"/> extra line items in its income statement, above total revenues.</summary>
    internal static string LongTable(int rows)
    {
        var lines = new StringBuilder();
        for (int i = 0; i < rows; i++)
        {
            lines.Append(CultureInfo.InvariantCulture, $"Line item {i}\t$\t{i % 900 + 100},000\t$\t{i % 700 + 100},000\n");
        }
        return SampleFiling.Default.Text.Replace("Total revenues", lines + "Total revenues", StringComparison.Ordinal);
    }
}

/// <summary>One synthetic input: its name in the summary, the source name extraction reports, and how to build its text.</summary>
public sealed record SyntheticInput(string Name, string SourceName, Func<string> Build)
{
    /// <inheritdoc />
    public override string ToString() => Name;
}
