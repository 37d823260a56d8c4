using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Taxonomy.Testing;

namespace Taxonomy.Benchmarks;

/// <summary>
/// The CLI as a user runs it: <c>dotnet Taxonomy.Cli.dll extract &lt;file&gt; --format json</c>, from process start to
/// exit (runtime start-up, JIT and extraction). The benchmark project builds the CLI (a project reference that is not
/// referenced as an assembly), so <c>dotnet run -c Release</c> has its Release output in place.
/// </summary>
[MedianColumn]
public class CliProcessBenchmarks
{
    private string _cli = string.Empty;
    private string _founding = string.Empty;
    private string _sample = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        string root = RepositoryRoot.Require();
        _cli = Path.Combine(root, "src", "Taxonomy.Cli", "bin", "Release", "net10.0", "Taxonomy.Cli.dll");
        if (!File.Exists(_cli)) throw new InvalidOperationException($"Build the CLI first (dotnet build src/Taxonomy.Cli -c Release): {_cli} not found.");
        _sample = Path.Combine(root, "src", "Taxonomy.Cli", "samples", "northwind-8k.txt");
        _founding = SharedFiles.TryFind(FoundingFilingBenchmarks.RelativePath) ?? _sample;
    }

    [Benchmark]
    public int ExtractSampleFilingProcess() => Run(_sample);

    [Benchmark]
    public int ExtractFoundingFilingProcess() => Run(_founding);

    private int Run(string file)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in new[] { _cli, "extract", file, "--format", "json" }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var error = process.StandardError.ReadToEndAsync();
        int length = process.StandardOutput.ReadToEnd().Length;
        error.Wait();
        process.WaitForExit();
        if (length == 0) throw new InvalidOperationException("The CLI wrote nothing: " + error.Result);
        return length;
    }
}
