using System.Runtime.InteropServices;
using Taxonomy.Package.Tests.Infrastructure;

namespace Taxonomy.Package.Tests;

/// <summary>
/// The CLI publishes for this platform trimmed and ReadyToRun with no trim or AOT analysis warnings (IL2xxx, IL3xxx), and
/// the trimmed program still extracts a filing.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class TrimmedPublishTests(PackageFeed feed)
{
    [Fact]
    public void The_cli_publishes_trimmed_without_IL_warnings_and_the_result_extracts_the_sample()
    {
        string rid = RuntimeInformation.RuntimeIdentifier;
        string cli = Path.Combine(feed.RepositoryRoot, "src", "Taxonomy.Cli", "Taxonomy.Cli.csproj");
        // bin/obj under the test's temporary folder, not the repository's (see PackageFeed). The restore names ReadyToRun
        // so that its runtime pack is restored, and leaves trimming out: restored with it, the netstandard2.0 generator
        // the CLI references would be asked to trim too (NETSDK1124).
        string artifacts = Path.Combine(feed.Root, "trimmed-publish");
        string output = Path.Combine(artifacts, "out");
        DotNet.Run(feed.RepositoryRoot, ["restore", cli, "-r", rid, "-p:PublishReadyToRun=true", "--artifacts-path", artifacts]).EnsureSuccess();
        var publish = DotNet.Run(feed.RepositoryRoot,
        [
            "publish", cli, "--no-restore", "-c", "Release", "-r", rid, "-p:PublishTrimmed=true", "--artifacts-path", artifacts,
            "-o", output, "-nodeReuse:false", "-p:UseSharedCompilation=false",
        ]);
        Assert.True(publish.ExitCode == 0, publish.Describe());
        var warnings = publish.Output.Split('\n')
            .Where(line => line.Contains("warning IL2", StringComparison.Ordinal) || line.Contains("warning IL3", StringComparison.Ordinal))
            .ToList();
        Assert.True(warnings.Count == 0, "Trim/AOT warnings:\n" + string.Join('\n', warnings));
        // The trimming step ran (a publish that silently skipped it would show no warnings either).
        Assert.Contains("Optimizing assemblies for size", publish.Output, StringComparison.Ordinal);

        string program = Path.Combine(output, OperatingSystem.IsWindows() ? "Taxonomy.Cli.exe" : "Taxonomy.Cli");
        string sample = Path.Combine(feed.RepositoryRoot, "src", "Taxonomy.Cli", "samples", "northwind-8k.txt");
        var run = DotNet.RunProgram(program, artifacts, ["extract", sample, "--format", "xbrl-json"],
            new Dictionary<string, string> { ["TAXONOMY_NO_JIT_PROFILE"] = "1" });
        Assert.True(run.ExitCode == 0, run.Describe());
        Assert.Contains("\"https://xbrl.org/2021/xbrl-json\"", run.Output, StringComparison.Ordinal);
        Assert.Contains("us-gaap:NetIncomeLoss", run.Output, StringComparison.Ordinal);
    }
}
