using System.Text.Json;
using Taxonomy.Testing.Samples;

namespace Taxonomy.Cli.Tests;

/// <summary><c>taxonomy extract &lt;dir&gt; --recursive</c> over a temp folder of fictional inputs.</summary>
public sealed class BulkExtractTests
{
    [Fact]
    public void Every_input_gets_a_record_and_a_binary_one_an_error_record()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.Write("good.txt", SampleFiling.Default.Text);
        Directory.CreateDirectory(Path.Combine(input.Path, "sub"));
        input.Write("sub/binary.bin", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D, 0x00, 0x01, 0x02, 0x00]);
        input.Write("empty.txt", string.Empty);

        var run = CliRun.Of("extract", input.Path, "--recursive", "--format", "xbrl-json", "--output", output.Path);

        Assert.True(run.ExitCode == ExitCodes.ValidationErrors, run.ToString());
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(output.Path, "summary.json")));
        var files = summary.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(["empty.txt", "good.txt", "sub/binary.bin"], files.Select(f => f.GetProperty("path").GetString()));
        Assert.Equal(3, summary.RootElement.GetProperty("inputs").GetInt32());
        Assert.Equal(1, summary.RootElement.GetProperty("failed").GetInt32());

        var good = files[1];
        Assert.Equal("ok", good.GetProperty("status").GetString());
        Assert.Equal("good.txt.json", good.GetProperty("output").GetString());
        Assert.True(good.GetProperty("facts").GetInt32() >= SampleFiling.Default.Facts.Count);
        Assert.Equal(0, good.GetProperty("errors").GetInt32());
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(output.Path, "good.txt.json")));
        Assert.Equal(good.GetProperty("facts").GetInt32(), report.RootElement.GetProperty("facts").EnumerateObject().Count());

        var binary = files[2];
        Assert.Equal("error", binary.GetProperty("status").GetString());
        Assert.Contains("binary", binary.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.False(binary.TryGetProperty("output", out _));
        Assert.False(File.Exists(Path.Combine(output.Path, "sub", "binary.bin.json")));

        Assert.True(files[0].GetProperty("status").GetString() is "ok" or "error");
        Assert.True(files[0].GetProperty("status").GetString() == "error" || File.Exists(Path.Combine(output.Path, "empty.txt.json")));
    }

    [Fact]
    public void Redirected_progress_is_one_plain_line_per_finished_input_then_a_total()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.Write("a.txt", SampleFiling.Default.Text);
        input.Write("b.txt", SampleFiling.Default.Text);

        var run = CliRun.Of("extract", input.Path, "-r", "-f", "xbrl-json", "-o", output.Path);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal(3, run.StderrLines.Length);
        Assert.Single(run.StderrLines, l => l.Contains("a.txt: ok,", StringComparison.Ordinal));
        Assert.Single(run.StderrLines, l => l.Contains("b.txt: ok,", StringComparison.Ordinal));
        Assert.DoesNotContain('\r', run.Stderr);
        Assert.StartsWith("taxonomy: 2 files: 2 extracted (0 with validation errors), 0 failed", run.StderrLines[2], StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void An_input_whose_extraction_throws_is_recorded_and_the_others_go_on()
    {
        using var input = new TempFolder();
        using var output = new TempFolder();
        input.Write("a.txt", "a");
        input.Write("b.txt", "b");
        input.Write("c.txt", "c");
        var good = Taxonomy.Extraction.FilingExtractor.Extract(SampleFiling.Default.Text);

        var run = CliRun.With((path, _) => Path.GetFileName(path) == "b.txt" ? throw new InvalidOperationException("boom") : good,
            "extract", input.Path, "--recursive", "--format", "xbrl-json", "--output", output.Path);

        Assert.True(run.ExitCode == ExitCodes.ValidationErrors, run.ToString());
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(output.Path, "summary.json")));
        var files = summary.RootElement.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(["ok", "error", "ok"], files.Select(f => f.GetProperty("status").GetString()));
        Assert.Equal("InvalidOperationException: boom", files[1].GetProperty("reason").GetString());
        Assert.True(File.Exists(Path.Combine(output.Path, "a.txt.json")));
        Assert.True(File.Exists(Path.Combine(output.Path, "c.txt.json")));
    }

    [Fact]
    public void An_output_folder_inside_the_input_folder_is_not_read_as_input()
    {
        using var input = new TempFolder();
        input.Write("a.txt", SampleFiling.Default.Text);
        string output = Path.Combine(input.Path, "out");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "old.txt"), "left over");

        var run = CliRun.Of("extract", input.Path, "--recursive", "--format", "xbrl-json", "--output", output);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "summary.json")));
        Assert.Equal(["a.txt"], summary.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()));
    }

    [Theory]
    [InlineData("--format", "table")]
    [InlineData("--format", "json")]
    public void Recursive_needs_xbrl_json_and_an_output_folder(params string[] extra)
    {
        using var input = new TempFolder();
        input.Write("a.txt", SampleFiling.Default.Text);

        var withoutOutput = CliRun.Of("extract", input.Path, "--recursive", "--format", "xbrl-json");
        var otherFormat = CliRun.Of(["extract", input.Path, "--recursive", "--output", input.Path + "-out", .. extra]);

        Assert.Equal(ExitCodes.UsageOrInput, withoutOutput.ExitCode);
        Assert.Equal(ExitCodes.UsageOrInput, otherFormat.ExitCode);
        Assert.Single(otherFormat.StderrLines);
    }
}
