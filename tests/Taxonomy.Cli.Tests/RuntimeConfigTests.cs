using System.Text.Json;

namespace Taxonomy.Cli.Tests;

/// <summary>The runtime settings the command line ships with (its <c>runtimeconfig.json</c>, copied beside the tests).</summary>
public sealed class RuntimeConfigTests
{
    private static JsonElement ConfigProperties()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Taxonomy.Cli.runtimeconfig.json");
        Assert.True(File.Exists(path), "No runtime configuration of the CLI at " + path);
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }

    [Fact]
    public void Arrays_up_to_two_megabytes_are_not_large_objects()
    {
        // A NonBacktracking pattern's build allocates caches of up to about 1.5 MB that die right after it; on the large
        // object heap they cost a single-filing run three full collections.
        Assert.True(ConfigProperties().TryGetProperty("System.GC.LOHThreshold", out var threshold), "System.GC.LOHThreshold is not set");
        Assert.True(threshold.GetInt64() >= 2 * 1024 * 1024, $"System.GC.LOHThreshold is {threshold}");
    }

    [Fact]
    public void Methods_are_not_instrumented_for_profile_guided_optimization()
    {
        // A single-filing run ends before most methods leave their instrumented tier: the instrumentation and the extra
        // recompilation cost it CPU, while a long run over a folder reaches the same speed without them.
        Assert.True(ConfigProperties().TryGetProperty("System.Runtime.TieredPGO", out var pgo), "System.Runtime.TieredPGO is not set");
        Assert.False(pgo.GetBoolean(), "System.Runtime.TieredPGO is on");
    }
}
