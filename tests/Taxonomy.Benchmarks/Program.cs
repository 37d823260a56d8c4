using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using Taxonomy.Benchmarks;
using Taxonomy.Testing;

// Benchmarks that read ../shared (the founding filing, the corpus) are left out when it is missing.
var types = typeof(FoundingFilingBenchmarks).Assembly.GetTypes()
    .Where(t => t.IsPublic && !t.IsAbstract && t.GetMethods().Any(m => m.IsDefined(typeof(BenchmarkDotNet.Attributes.BenchmarkAttribute), false)))
    .ToList();
if (SharedFiles.TryFind(FoundingFilingBenchmarks.RelativePath) is null)
{
    Console.Error.WriteLine($"Skipping the founding filing and corpus benchmarks: shared file '{FoundingFilingBenchmarks.RelativePath}' not found (set {SharedFiles.Variable} to the shared folder).");
    types.Remove(typeof(FoundingFilingBenchmarks));
    types.Remove(typeof(CorpusDocumentBenchmarks));
    types.Remove(typeof(CorpusThroughputBenchmarks));
}
// A cold build of the boilerplate (no compiler server, one node, the generator run in every project) takes over
// BenchmarkDotNet's default two minutes on a 2-core machine.
BenchmarkSwitcher.FromTypes([.. types]).Run(args, ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(10)));
