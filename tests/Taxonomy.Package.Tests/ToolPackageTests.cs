using Taxonomy.Package.Tests.Infrastructure;

namespace Taxonomy.Package.Tests;

/// <summary>Taxonomy.Cli packs as a .NET tool that installs from the local feed and runs as <c>taxonomy</c>.</summary>
[Collection(PackageCollection.Name)]
public sealed class ToolPackageTests(PackageFeed feed)
{
    [Fact]
    public void The_tool_installs_from_the_feed_and_runs_as_taxonomy()
    {
        var tool = feed.Tool;
        Assert.Equal("Taxonomy.Cli", tool.Id);
        Assert.Contains(tool.Entries, e => e.StartsWith("tools/net10.0/any/", StringComparison.Ordinal) && e.EndsWith("/Taxonomy.Cli.dll", StringComparison.Ordinal));
        Assert.Contains("README.md", tool.Entries);

        string folder = feed.NewConsumerFolder("tool");
        string toolPath = Path.Combine(folder, "tools");
        var install = DotNet.Run(folder,
            ["tool", "install", "Taxonomy.Cli", "--tool-path", toolPath, "--version", tool.Version, "--configfile", Path.Combine(folder, "nuget.config")],
            feed.ConsumerEnvironment);
        Assert.True(install.ExitCode == 0, install.Describe());

        string command = Path.Combine(toolPath, OperatingSystem.IsWindows() ? "taxonomy.exe" : "taxonomy");
        Assert.True(File.Exists(command), "No taxonomy command after install.\n" + install.Describe());

        var version = DotNet.RunProgram(command, folder, ["--version"], feed.ConsumerEnvironment);
        Assert.True(version.ExitCode == 0, version.Describe());
        Assert.StartsWith(tool.Version, version.Output.Trim(), StringComparison.Ordinal);

        var catalog = DotNet.RunProgram(command, folder, ["catalog", "--format", "json"], feed.ConsumerEnvironment);
        Assert.True(catalog.ExitCode == 0, catalog.Describe());
        Assert.Contains("us-gaap:Revenues", catalog.Output, StringComparison.Ordinal);
        Assert.Contains("BalanceSheet", catalog.Output, StringComparison.Ordinal);

        // Start-up JIT profile: written to the user's local data folder ($XDG_DATA_HOME on Linux), unless opted out.
        string data = Path.Combine(folder, "data");
        var profiled = DotNet.RunProgram(command, folder, ["catalog"], With(feed.ConsumerEnvironment, ("XDG_DATA_HOME", data)));
        Assert.True(profiled.ExitCode == 0, profiled.Describe());
        if (!OperatingSystem.IsWindows()) Assert.True(Directory.Exists(Path.Combine(data, "Taxonomy")) && Directory.GetFiles(Path.Combine(data, "Taxonomy"), "cli-catalog-*.jitprofile").Length == 1, "No start-up JIT profile of this build in " + data);

        string optedOut = Path.Combine(folder, "data-opted-out");
        var plain = DotNet.RunProgram(command, folder, ["catalog"],
            With(feed.ConsumerEnvironment, ("XDG_DATA_HOME", optedOut), ("TAXONOMY_NO_JIT_PROFILE", "1")));
        Assert.True(plain.ExitCode == 0, plain.Describe());
        Assert.False(Directory.Exists(Path.Combine(optedOut, "Taxonomy")), "TAXONOMY_NO_JIT_PROFILE=1 still wrote a profile folder.");
    }

    private static Dictionary<string, string> With(IReadOnlyDictionary<string, string> environment, params (string Name, string Value)[] extra)
    {
        var all = new Dictionary<string, string>(environment);
        foreach (var (name, value) in extra) all[name] = value;
        return all;
    }
}
