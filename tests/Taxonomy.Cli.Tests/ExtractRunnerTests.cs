using System.Text.Json;
using Taxonomy.Extraction;
using Taxonomy.Validation;

namespace Taxonomy.Cli.Tests;

/// <summary><c>taxonomy extract</c> driven with a stand-in extractor that returns hand-built results.</summary>
public sealed class ExtractRunnerTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly List<(string Path, ExtractionOptions Options)> _calls = [];

    public void Dispose() => _temp.Dispose();

    /// <summary>Returns the hand-built result under the name the CLI gives; <paramref name="errors"/> false drops its error finding.</summary>
    private ExtractionResult Extract(string path, ExtractionOptions options, bool errors)
    {
        _calls.Add((path, options));
        var result = HandBuilt.Result() with { SourceName = options.SourceName! };
        return errors ? result : result with { Findings = result.Findings.Where(f => f.Severity != Severity.Error).ToArray() };
    }

    private CliRun Clean(params string[] args) => CliRun.With((p, o) => Extract(p, o, errors: false), args);

    private CliRun WithErrors(params string[] args) => CliRun.With((p, o) => Extract(p, o, errors: true), args);

    [Fact]
    public void The_extractor_gets_the_file_name_as_source_and_the_cik()
    {
        string file = _temp.Write("q3-release.txt", "text");
        var run = Clean("extract", file, "--cik", "320193");
        Assert.Equal(0, run.ExitCode);
        var (path, options) = Assert.Single(_calls);
        Assert.Equal(file, path);
        Assert.Equal("q3-release.txt", options.SourceName);
        Assert.Equal("320193", options.Cik);
        Assert.StartsWith("# q3-release.txt\n", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(_temp.Path, run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Validation_errors_exit_1_and_the_table_lists_them()
    {
        string file = _temp.Write("a.txt", "text");
        var run = WithErrors("extract", file);
        Assert.Equal(ExitCodes.ValidationErrors, run.ExitCode);
        Assert.Contains("\nerror     calc11.summation", run.Stdout, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Stderr);
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    public void Machine_formats_list_validation_errors_on_stderr(string format)
    {
        string file = _temp.Write("a.txt", "text");
        var run = WithErrors("extract", file, "--format", format);
        Assert.Equal(ExitCodes.ValidationErrors, run.ExitCode);
        Assert.Equal(["a.txt: error calc11.summation: Net income (loss) does not foot."], run.StderrLines);
    }

    [Fact]
    public void Output_writes_the_file_and_nothing_to_stdout()
    {
        string file = _temp.Write("a.txt", "text");
        string target = Path.Combine(_temp.Path, "a.table.txt");
        var run = Clean("extract", file, "--output", target);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Equal(Clean("extract", file).Stdout, File.ReadAllText(target));
    }

    [Fact]
    public void Several_files_in_csv_share_one_header_and_say_their_source()
    {
        string a = _temp.Write("a.txt", "text");
        string b = _temp.Write("b.txt", "text");
        string[] records = Clean("extract", a, b, "--format", "csv").Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(1 + 7 + 7, records.Length);
        Assert.Single(records, r => r.StartsWith("source,", StringComparison.Ordinal));
        Assert.Equal(7, records.Count(r => r.StartsWith("a.txt,", StringComparison.Ordinal)));
        Assert.Equal(7, records.Count(r => r.StartsWith("b.txt,", StringComparison.Ordinal)));
    }

    [Fact]
    public void Several_files_in_json_make_an_array_in_argument_order()
    {
        string b = _temp.Write("b.txt", "text");
        string a = _temp.Write("a.txt", "text");
        using var document = JsonDocument.Parse(Clean("extract", b, a, "--format", "json").Stdout);
        Assert.Equal(["b.txt", "a.txt"], document.RootElement.EnumerateArray().Select(r => r.GetProperty("source").GetString()));
    }

    [Fact]
    public void An_unreadable_input_exits_2_with_one_line_and_the_others_are_still_written()
    {
        string good = _temp.Write("good.txt", "text");
        string bad = _temp.Write("bad.bin", "\0\0");
        var run = CliRun.With((path, options) => path == bad
            ? throw new InputException(options.SourceName!, "binary content, not a text document")
            : Extract(path, options, errors: false), "extract", bad, good);
        Assert.Equal(ExitCodes.UsageOrInput, run.ExitCode);
        Assert.Equal(["taxonomy: bad.bin: binary content, not a text document"], run.StderrLines);
        Assert.StartsWith("# good.txt\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void IO_failures_exit_2_with_one_line()
    {
        string file = _temp.Write("locked.txt", "text");
        var denied = CliRun.With((_, _) => throw new UnauthorizedAccessException("Access to the path '/secret/locked.txt' is denied."), "extract", file);
        Assert.Equal(ExitCodes.UsageOrInput, denied.ExitCode);
        Assert.Equal(["taxonomy: locked.txt: permission denied"], denied.StderrLines);

        var io = CliRun.With((_, _) => throw new IOException("device not ready\nretry later"), "extract", file);
        Assert.Equal(ExitCodes.UsageOrInput, io.ExitCode);
        Assert.Equal(["taxonomy: locked.txt: device not ready retry later"], io.StderrLines);
    }

    [Fact]
    public void An_unexpected_exception_is_one_line_and_exit_3_not_a_stack_trace()
    {
        string file = _temp.Write("a.txt", "text");
        var run = CliRun.With((_, _) => throw new InvalidOperationException("bug"), "extract", file);
        Assert.Equal(ExitCodes.InternalError, run.ExitCode);
        Assert.Equal(["taxonomy: internal error (InvalidOperationException): bug"], run.StderrLines);
    }
}
