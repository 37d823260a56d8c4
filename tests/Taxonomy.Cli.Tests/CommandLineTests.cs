namespace Taxonomy.Cli.Tests;

/// <summary>Argument handling that needs no extraction.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void A_missing_file_exits_2_with_one_line_naming_it()
    {
        var run = CliRun.Of("extract", "no-such-filing.txt");
        Assert.Equal(ExitCodes.UsageOrInput, run.ExitCode);
        string line = Assert.Single(run.StderrLines);
        Assert.Contains("no-such-filing.txt", line, StringComparison.Ordinal);
        Assert.Contains("not found", line, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_as_input_exits_2()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("extract", temp.Path);
        Assert.Equal(ExitCodes.UsageOrInput, run.ExitCode);
        Assert.Single(run.StderrLines);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var run = CliRun.Of("extract", "--format", "xml", "a.txt");
        Assert.Equal(ExitCodes.UsageOrInput, run.ExitCode);
        Assert.Contains("xml", run.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Stdout);
    }

    [Fact]
    public void Extract_without_a_file_is_a_usage_error() =>
        Assert.Equal(ExitCodes.UsageOrInput, CliRun.Of("extract").ExitCode);

    [Fact]
    public void No_command_is_a_usage_error() =>
        Assert.Equal(ExitCodes.UsageOrInput, CliRun.Of().ExitCode);

    [Fact]
    public void Xbrl_json_of_several_files_without_an_output_directory_is_a_usage_error()
    {
        using var temp = new TempFolder();
        string a = temp.Write("a.txt", "text");
        string b = temp.Write("b.txt", "text");
        var run = CliRun.Of("extract", a, b, "--format", "xbrl-json");
        Assert.Equal(ExitCodes.UsageOrInput, run.ExitCode);
        Assert.Contains("--output", Assert.Single(run.StderrLines), StringComparison.Ordinal);

        string file = temp.Write("out.json", "{}");
        Assert.Equal(ExitCodes.UsageOrInput, CliRun.Of("extract", a, b, "--format", "xbrl-json", "--output", file).ExitCode);
    }

    [Fact]
    public void Xbrl_json_of_two_inputs_with_the_same_name_is_refused_before_overwriting()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(Path.Combine(temp.Path, "q1"));
        Directory.CreateDirectory(Path.Combine(temp.Path, "q2"));
        string a = temp.Write("q1/release.txt", "text");
        string b = temp.Write("q2/release.htm", "text");
        var run = CliRun.Of("extract", a, b, "--format", "xbrl-json", "--output", Path.Combine(temp.Path, "out"));
        Assert.Equal(ExitCodes.UsageOrInput, run.ExitCode);
        Assert.Contains("release.json", Assert.Single(run.StderrLines), StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(temp.Path, "out")));
    }

    [Fact]
    public void Help_and_version_exit_0()
    {
        var help = CliRun.Of("--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("extract", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("catalog", help.Stdout, StringComparison.Ordinal);
        Assert.Contains("taxonomy", help.Stdout, StringComparison.Ordinal);

        var extractHelp = CliRun.Of("extract", "--help");
        Assert.Equal(0, extractHelp.ExitCode);
        Assert.Contains("--format", extractHelp.Stdout, StringComparison.Ordinal);
        Assert.Contains("xbrl-json", extractHelp.Stdout, StringComparison.Ordinal);

        var version = CliRun.Of("--version");
        Assert.Equal(0, version.ExitCode);
        Assert.NotEqual(string.Empty, version.Stdout.Trim());
    }

    [Fact]
    public void Catalog_lists_the_registered_statements()
    {
        var run = CliRun.Of("catalog");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Statement", run.Stdout, StringComparison.Ordinal);
        Assert.Contains(" statements, ", run.Stdout, StringComparison.Ordinal);

        var json = CliRun.Of("catalog", "--format", "json");
        Assert.Equal(0, json.ExitCode);
        using var document = System.Text.Json.JsonDocument.Parse(json.Stdout);
        Assert.Equal(Taxonomy.Statements.StatementRegistry.All.Count, document.RootElement.GetProperty("statements").GetArrayLength());
    }
}
