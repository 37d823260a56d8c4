namespace Taxonomy.Cli.Tests;

/// <summary>The start-up JIT profile is kept per build, so builds sharing a user's data folder do not overwrite each other's.</summary>
public sealed class StartupProfileTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private static readonly Guid Cli = new("0b6c1a52-3f0e-4b8e-9d4a-6f2d8e1c7a01");
    private static readonly Guid Extraction = new("5e2f9c44-81aa-4c3d-b7f0-2a9e6d4b8c12");
    private static readonly Guid Runtime = new("c7d31e08-6b25-4f9a-a1e4-93b0f5d2e623");

    [Fact]
    public void Another_build_of_any_assembly_another_runtime_or_another_command_gets_another_profile()
    {
        string name = StartupProfile.FileName([Cli, Extraction, Runtime], "10.0.12", "extract");
        Assert.Matches("^cli-extract-[0-9a-f]{16}\\.jitprofile$", name);
        Assert.Equal(name, StartupProfile.FileName([Cli, Extraction, Runtime], "10.0.12", "extract"));
        Assert.NotEqual(name, StartupProfile.FileName([Cli, Guid.NewGuid(), Runtime], "10.0.12", "extract"));
        Assert.NotEqual(name, StartupProfile.FileName([Cli, Extraction, Guid.NewGuid()], "10.0.12", "extract"));
        Assert.NotEqual(name, StartupProfile.FileName([Cli, Extraction, Runtime], "10.0.13", "extract"));
        Assert.NotEqual(name, StartupProfile.FileName([Cli, Extraction, Runtime], "10.0.12", "catalog"));
    }

    [Theory]
    [InlineData("extract", "extract")]
    [InlineData("eval", "eval")]
    [InlineData("catalog", "catalog")]
    [InlineData("--help", "other")]
    [InlineData("extract/../x", "other")]
    public void The_command_is_one_of_the_known_ones_or_other(string argument, string command) =>
        Assert.Equal(command, StartupProfile.CommandOf([argument, "filing.txt"]));

    [Fact]
    public void No_arguments_is_other() => Assert.Equal("other", StartupProfile.CommandOf([]));

    [Fact]
    public void This_build_is_named_by_its_three_assemblies()
    {
        var modules = StartupProfile.ThisBuild().ToList();
        Assert.Equal(3, modules.Distinct().Count());
        Assert.Contains(typeof(StartupProfile).Assembly.ManifestModule.ModuleVersionId, modules);
        Assert.Contains(typeof(Taxonomy.Extraction.FilingExtractor).Assembly.ManifestModule.ModuleVersionId, modules);
        Assert.Contains(typeof(Report).Assembly.ManifestModule.ModuleVersionId, modules);
    }

    [Fact]
    public void Pruning_keeps_the_newest_profiles_and_other_files_and_drops_the_shared_one()
    {
        var start = new DateTime(2031, 3, 1, 12, 0, 0, DateTimeKind.Utc);
        for (int i = 0; i < 5; i++)
        {
            string file = _temp.Write($"cli-{i:x16}.jitprofile", "profile");
            File.SetLastWriteTimeUtc(file, start.AddMinutes(i));
        }
        _temp.Write("cli.jitprofile", "shared profile of an earlier version");
        _temp.Write("notes.txt", "not a profile");

        StartupProfile.Prune(_temp.Path, keep: 3);

        var left = Directory.GetFiles(_temp.Path).Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["cli-0000000000000002.jitprofile", "cli-0000000000000003.jitprofile", "cli-0000000000000004.jitprofile", "notes.txt"], left);
    }

    [Fact]
    public void Pruning_a_folder_with_few_profiles_deletes_none()
    {
        _temp.Write("cli-00000000000000aa.jitprofile", "profile");
        StartupProfile.Prune(_temp.Path, keep: StartupProfile.Kept - 1);
        Assert.True(File.Exists(Path.Combine(_temp.Path, "cli-00000000000000aa.jitprofile")));
    }
}
