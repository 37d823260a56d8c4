using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Taxonomy.Extraction;
using Taxonomy.Testing.Samples;

namespace Taxonomy.Benchmarks;

/// <summary>
/// Extraction time and allocation against input size: synthetic filings of 1, 10 and 50 MB built by repeating the
/// fictional sample (its prose and its statement tables). Linear time means the time per megabyte stays flat across
/// the sizes; the unit tests assert no times, this is where linearity is measured. One 50 MB operation takes over a
/// minute, so the class carries its own short job (a job given with <c>--job</c> runs in addition to it).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class InputSizeBenchmarks
{
    private static readonly ExtractionOptions Options = new() { SourceName = "synthetic.txt" };

    private string _text = string.Empty;

    /// <summary>Input size in megabytes (of UTF-16 characters, which are ASCII here: the same in bytes).</summary>
    [Params(1, 10, 50)]
    public int Megabytes { get; set; }

    [GlobalSetup]
    public void Setup() => _text = Synthetic(Megabytes * 1024 * 1024);

    [Benchmark]
    public ExtractionResult ExtractSyntheticFiling() => FilingExtractor.Extract(_text, Options);

    /// <summary>Copies of the sample, whole, until <paramref name="length"/> characters; the last copy is cut at a line end.</summary>
    internal static string Synthetic(int length)
    {
        string sample = SampleFiling.Default.Text;
        var builder = new StringBuilder(length + sample.Length);
        while (builder.Length + sample.Length <= length) builder.Append(sample).Append('\n');
        int rest = length - builder.Length;
        int cut = sample.LastIndexOf('\n', Math.Max(0, Math.Min(rest, sample.Length) - 1));
        if (cut > 0) builder.Append(sample, 0, cut + 1);
        return builder.ToString();
    }
}
