using BenchmarkDotNet.Running;
using Taxonomy.Benchmarks;
using Taxonomy.Testing;

if (SharedFiles.TryFind(FoundingFilingBenchmarks.RelativePath) is null)
{
    Console.Error.WriteLine($"Skipping {nameof(FoundingFilingBenchmarks)}: shared file '{FoundingFilingBenchmarks.RelativePath}' not found (set {SharedFiles.Variable} to the shared folder).");
    BenchmarkSwitcher.FromTypes([typeof(SampleFilingBenchmarks)]).Run(args);
}
else
{
    BenchmarkSwitcher.FromAssembly(typeof(FoundingFilingBenchmarks).Assembly).Run(args);
}
