using System.Text.Json;
using Taxonomy.Testing.Samples;

namespace Taxonomy.Cli.Tests;

/// <summary><c>taxonomy eval</c> over a fictional sample laid out like the shared corpus (corpus/truth beside filings/).</summary>
public sealed class EvalCommandTests
{
    private const string Document = "filings/sample.txt";

    [Fact]
    public void A_truth_file_the_extraction_matches_reports_every_fact_found_and_exits_0()
    {
        using var shared = new TempFolder();
        var sample = SampleFiling.Default;
        string truth = Layout(shared, sample.Text, TruthJson.For(Document, sample.Facts));

        var run = CliRun.Of("eval", truth, "--format", "json");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        var doc = Single(run);
        Assert.Equal(Document, doc.GetProperty("document").GetString());
        Assert.Equal(sample.Facts.Count, doc.GetProperty("truthFacts").GetInt32());
        Assert.Equal(sample.Facts.Count, doc.GetProperty("found").GetInt32());
        Assert.Equal(0, doc.GetProperty("missing").GetInt32());
        Assert.Equal(0, doc.GetProperty("wrong").GetInt32());
        Assert.Equal(0, doc.GetProperty("inconsistentDuplicates").GetInt32());
        Assert.Equal(100m, doc.GetProperty("recall").GetDecimal());
    }

    [Fact]
    public void The_table_lists_each_document_and_the_total_with_time_last()
    {
        using var shared = new TempFolder();
        var sample = SampleFiling.Default;
        string truth = Layout(shared, sample.Text, TruthJson.For(Document, sample.Facts));

        var run = CliRun.Of("eval", Path.GetDirectoryName(truth)!);

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["document", "truth", "found", "missing", "wrong", "inconsistent", "extra", "recall", "dei", "found", "dei", "wrong", "ms"], Words(lines[0]));
        string n = sample.Facts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal([Document, n, n, "0", "0", "0"], Words(lines[2]).Take(6));
        Assert.Equal("100.0%", Words(lines[2])[7]);
        Assert.Equal(["total", n, n, "0", "0", "0"], Words(lines[3]).Take(6));
        Assert.Equal(4, lines.Length);
    }

    [Fact]
    public void A_truth_value_the_extraction_contradicts_counts_as_wrong_and_exits_1()
    {
        using var shared = new TempFolder();
        var sample = SampleFiling.Default;
        var changed = sample.Facts.First(f => f.Concept == "Revenues");
        var facts = sample.Facts.Select(f => ReferenceEquals(f, changed) ? f with { Value = f.Value + 1000m } : f);
        string truth = Layout(shared, sample.Text, TruthJson.For(Document, facts));

        var run = CliRun.Of("eval", truth, "--format", "json");

        Assert.True(run.ExitCode == ExitCodes.ValidationErrors, run.ToString());
        var doc = Single(run);
        Assert.Equal(1, doc.GetProperty("wrong").GetInt32());
        Assert.Equal(sample.Facts.Count - 1, doc.GetProperty("found").GetInt32());
        var wrong = Assert.Single(doc.GetProperty("wrongFacts").EnumerateArray().ToList());
        Assert.Equal("us-gaap:Revenues", wrong.GetProperty("concept").GetString());
        Assert.Equal(changed.Period, wrong.GetProperty("period").GetString());
        Assert.Equal(changed.Value + 1000m, wrong.GetProperty("expected").GetDecimal());
        Assert.Equal(changed.Value, decimal.Parse(wrong.GetProperty("reported").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_missing_document_exits_2_with_a_one_line_message()
    {
        using var shared = new TempFolder();
        string truth = Layout(shared, text: null, TruthJson.For(Document, SampleFiling.Default.Facts));

        var run = CliRun.Of("eval", truth);

        Assert.True(run.ExitCode == ExitCodes.UsageOrInput, run.ToString());
        var line = Assert.Single(run.StderrLines);
        Assert.StartsWith("taxonomy: " + Document + ": document not found", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Shared_overrides_where_documents_are_found()
    {
        using var truthFolder = new TempFolder();
        using var shared = new TempFolder();
        var sample = SampleFiling.Default;
        Directory.CreateDirectory(Path.Combine(shared.Path, "filings"));
        shared.Write(Document, sample.Text);
        string truth = truthFolder.Write("sample.json", TruthJson.For(Document, sample.Facts));

        Assert.Equal(ExitCodes.UsageOrInput, CliRun.Of("eval", truth).ExitCode);
        var run = CliRun.Of("eval", truth, "--shared", shared.Path, "--format", "json");

        Assert.True(run.ExitCode == ExitCodes.Success, run.ToString());
        Assert.Equal(sample.Facts.Count, Single(run).GetProperty("found").GetInt32());
    }

    [Fact]
    public void Documents_are_listed_in_ordinal_order_of_their_path()
    {
        using var shared = new TempFolder();
        var sample = SampleFiling.Default;
        Directory.CreateDirectory(Path.Combine(shared.Path, "filings"));
        shared.Write("filings/b.txt", sample.Text);
        shared.Write("filings/Z.txt", sample.Text);
        shared.Write("filings/a.txt", sample.Text);
        Directory.CreateDirectory(Path.Combine(shared.Path, "corpus", "truth"));
        shared.Write("corpus/truth/1.json", TruthJson.For("filings/b.txt", sample.Facts));
        shared.Write("corpus/truth/2.json", TruthJson.For("filings/a.txt", sample.Facts));
        shared.Write("corpus/truth/3.json", TruthJson.For("filings/Z.txt", sample.Facts));

        var run = CliRun.Of("eval", Path.Combine(shared.Path, "corpus", "truth"), "--format", "json");

        using var json = JsonDocument.Parse(run.Stdout);
        var names = json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("document").GetString()).ToList();
        Assert.Equal(["filings/Z.txt", "filings/a.txt", "filings/b.txt"], names);
        Assert.Equal(3 * sample.Facts.Count, json.RootElement.GetProperty("total").GetProperty("found").GetInt32());
    }

    [Fact]
    public void A_file_that_is_not_a_truth_file_exits_2()
    {
        using var folder = new TempFolder();
        string truth = folder.Write("bad.json", "{\"documents\": [\"x.txt\"]}");

        var run = CliRun.Of("eval", truth);

        Assert.True(run.ExitCode == ExitCodes.UsageOrInput, run.ToString());
        Assert.StartsWith("taxonomy: bad.json: Not a truth file", Assert.Single(run.StderrLines), StringComparison.Ordinal);
    }

    /// <summary>Writes <c>corpus/truth/sample.json</c> and (unless null) <c>filings/sample.txt</c> under the folder.</summary>
    private static string Layout(TempFolder shared, string? text, string truthJson)
    {
        Directory.CreateDirectory(Path.Combine(shared.Path, "corpus", "truth"));
        Directory.CreateDirectory(Path.Combine(shared.Path, "filings"));
        if (text is not null) shared.Write(Document, text);
        return shared.Write("corpus/truth/sample.json", truthJson);
    }

    private static JsonElement Single(CliRun run)
    {
        using var json = JsonDocument.Parse(run.Stdout);
        return Assert.Single(json.RootElement.GetProperty("documents").EnumerateArray().ToList()).Clone();
    }

    private static string[] Words(string line) => line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
