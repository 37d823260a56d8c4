using System.Text;
using Taxonomy.Testing;
using Taxonomy.Testing.Samples;

namespace Taxonomy.Cli.Tests;

/// <summary>The sample shipped with the CLI is the builder's default output (rewrite it with TAXONOMY_ACCEPT_SNAPSHOTS=1).</summary>
public sealed class CommittedSampleTests
{
    public const string RelativePath = "src/Taxonomy.Cli/samples/northwind-8k.txt";

    public static string SamplePath => Path.Combine(RepositoryRoot.Require(), RelativePath);

    [Fact]
    public void Committed_sample_equals_the_builders_default_output()
    {
        string expected = SampleFiling.Default.Text;
        string? committed = File.Exists(SamplePath) ? File.ReadAllText(SamplePath) : null;
        if (committed == expected) return;
        if (Snapshot.Accepting)
        {
            File.WriteAllText(SamplePath, expected, new UTF8Encoding(false));
            return;
        }
        Assert.Fail(committed is null
            ? $"{RelativePath} is missing; rerun with TAXONOMY_ACCEPT_SNAPSHOTS=1 to write it."
            : $"{RelativePath} differs from SampleFiling.Default:\n{LineDiff.Describe(committed, expected)}");
    }
}
