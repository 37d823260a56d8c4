using System.Text;
using Taxonomy.Extraction;
using Taxonomy.Testing;
using Taxonomy.Testing.Samples;
using Taxonomy.Xbrl;

namespace Taxonomy.Cli.Tests;

/// <summary>
/// <c>taxonomy extract</c> end to end, in-process. These need the real extraction pipeline and xBRL-JSON writer.
/// </summary>
public sealed class ExtractCommandTests
{
    private static string SamplePath => CommittedSampleTests.SamplePath;

    [Fact]
    public void The_sample_extracts_with_exit_0_and_shows_its_statements()
    {
        var run = CliRun.Of("extract", SamplePath);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("# northwind-8k.txt\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("us-gaap:Assets", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("174,224,000", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("-16,375,000", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("-0.12", run.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"^northwind-8k\.txt: \d+ facts, \d+ statements, 0 errors, \d+ warnings?, \d+ infos?\.$", run.Stdout.TrimEnd('\n').Split('\n')[^1]);
        Assert.Equal(string.Empty, run.Stderr);
    }

    [Fact]
    public void Xbrl_json_output_parses_back_to_the_extracted_report()
    {
        var run = CliRun.Of("extract", SamplePath, "--format", "xbrl-json");
        Assert.True(run.ExitCode == 0, run.ToString());
        var report = XbrlJson.Parse(run.Stdout);
        var direct = FilingExtractor.ExtractFile(SamplePath, new ExtractionOptions { SourceName = "northwind-8k.txt" });
        Assert.Equal(direct.Report, report);
        Assert.Equal(SampleFiling.Default.Facts.Count, report.Facts.Count(f => f.IsNumeric && f.Concept.Prefix != "dei"));
    }

    [Fact]
    public void Output_option_writes_the_file_instead_of_stdout()
    {
        using var temp = new TempFolder();
        string target = Path.Combine(temp.Path, "out.json");
        var run = CliRun.Of("extract", SamplePath, "--format", "xbrl-json", "--output", target);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(string.Empty, run.Stdout);
        Assert.Equal(CliRun.Of("extract", SamplePath, "--format", "xbrl-json").Stdout, File.ReadAllText(target));
    }

    [Fact]
    public void Csv_has_one_row_per_fact()
    {
        var run = CliRun.Of("extract", SamplePath, "--format", "csv");
        Assert.True(run.ExitCode == 0, run.ToString());
        var direct = FilingExtractor.ExtractFile(SamplePath, new ExtractionOptions { SourceName = "northwind-8k.txt" });
        string[] records = run.Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(string.Join(',', Output.CsvFormatter.Header), records[0]);
        Assert.Equal(direct.Report.Facts.Count, records.Length - 1);
        Assert.All(records.Skip(1), r => Assert.StartsWith("northwind-8k.txt,", r, StringComparison.Ordinal));
        Assert.Contains(records, r => r.Contains(",us-gaap:Assets,", StringComparison.Ordinal) && r.Contains(",2026-03-31,191232000,iso4217:USD,-3,", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_output_holds_statements_facts_and_findings()
    {
        var run = CliRun.Of("extract", SamplePath, "--format", "json");
        Assert.True(run.ExitCode == 0, run.ToString());
        using var document = System.Text.Json.JsonDocument.Parse(run.Stdout);
        var root = document.RootElement;
        Assert.NotEqual(0, root.GetProperty("statements").GetArrayLength());
        Assert.All(root.GetProperty("facts").EnumerateArray().Where(f => f.GetProperty("concept").GetString()!.StartsWith("us-gaap:", StringComparison.Ordinal)),
            f => Assert.True(f.GetProperty("provenance").GetProperty("line").GetInt32() > 0));
    }

    [Fact]
    public void A_binary_file_exits_2_with_one_line_naming_it()
    {
        using var temp = new TempFolder();
        byte[] bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[0] = 0x89; bytes[1] = (byte)'P'; bytes[2] = (byte)'N'; bytes[3] = (byte)'G'; bytes[10] = 0;
        string file = temp.Write("picture.png", bytes);
        var run = CliRun.Of("extract", file);
        Assert.Equal(ExitCodes.UsageOrInput, run.ExitCode);
        string line = Assert.Single(run.StderrLines);
        Assert.Contains("picture.png", line, StringComparison.Ordinal);
        Assert.DoesNotContain(temp.Path, line, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_without_financial_tables_exits_0_with_no_facts()
    {
        using var temp = new TempFolder();
        string file = temp.Write("memo.txt", "Memo to the garden committee\n\nThe spring planting starts after the last frost. Bring gloves and a trowel.\nTea will be served at the shed.\n");
        var run = CliRun.Of("extract", file, "--format", "csv");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(string.Join(',', Output.CsvFormatter.Header) + "\n", run.Stdout);
    }

    [Fact]
    public void A_sample_whose_total_does_not_foot_exits_1_and_lists_the_error()
    {
        using var temp = new TempFolder();
        string file = temp.Write("broken.txt", SampleFiling.Render("broken", SampleFiling.BrokenTotal).Text);

        var table = CliRun.Of("extract", file);
        Assert.Equal(ExitCodes.ValidationErrors, table.ExitCode);
        Assert.Contains("\nerror ", table.Stdout, StringComparison.Ordinal);

        var csv = CliRun.Of("extract", file, "--format", "csv");
        Assert.Equal(ExitCodes.ValidationErrors, csv.ExitCode);
        Assert.Contains(csv.StderrLines, l => l.StartsWith("broken.txt: error ", StringComparison.Ordinal));
    }

    [Fact]
    public void Several_files_give_one_section_each_and_xbrl_json_one_file_each()
    {
        using var temp = new TempFolder();
        string first = temp.Write("first.txt", SampleFiling.Default.Text);
        string second = temp.Write("second.txt", SampleFiling.Variant("millions").Text);

        var table = CliRun.Of("extract", first, second);
        Assert.True(table.ExitCode == 0, table.ToString());
        Assert.Equal(["# first.txt", "# second.txt"], table.Stdout.Split('\n').Where(l => l.StartsWith("# ", StringComparison.Ordinal)));

        string outDir = Path.Combine(temp.Path, "out");
        var xbrl = CliRun.Of("extract", first, second, "--format", "xbrl-json", "--output", outDir);
        Assert.True(xbrl.ExitCode == 0, xbrl.ToString());
        Assert.Equal(["first.json", "second.json"], Directory.GetFiles(outDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.NotEmpty(XbrlJson.Parse(File.ReadAllText(Path.Combine(outDir, "second.json"))).Facts);
    }

    [Fact]
    public void One_unreadable_file_among_good_ones_exits_2_but_the_good_ones_are_extracted()
    {
        using var temp = new TempFolder();
        string good = temp.Write("good.txt", SampleFiling.Default.Text);
        var run = CliRun.Of("extract", good, Path.Combine(temp.Path, "absent.txt"));
        Assert.Equal(ExitCodes.UsageOrInput, run.ExitCode);
        Assert.Contains("# good.txt", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("absent.txt", Assert.Single(run.StderrLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Cik_option_sets_the_entity()
    {
        var run = CliRun.Of("extract", SamplePath, "--format", "xbrl-json", "--cik", "1234567");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.All(XbrlJson.Parse(run.Stdout).Facts, f => Assert.Equal("cik:0001234567", f.Entity.ToString()));
    }

    [Fact]
    public void Table_output_of_the_sample_matches_the_snapshot() =>
        Snapshot.Verify(Succeeded("extract", SamplePath), "txt");

    [Fact]
    public void Xbrl_json_output_of_the_sample_matches_the_snapshot() =>
        Snapshot.Verify(Succeeded("extract", SamplePath, "--format", "xbrl-json"), "json");

    private const string Founding = "filings/001_26c721c3275d4b3d.txt";

    [SharedFact(Founding)]
    public void Table_output_of_the_founding_filing_matches_the_snapshot() =>
        Snapshot.Verify(Succeeded("extract", SharedFiles.Require(Founding)), "txt");

    [SharedFact(Founding)]
    public void Xbrl_json_output_of_the_founding_filing_matches_the_snapshot() =>
        Snapshot.Verify(Succeeded("extract", SharedFiles.Require(Founding), "--format", "xbrl-json"), "json");

    /// <summary>The stdout of a run that must exit 0 (so a failed run never becomes a snapshot).</summary>
    private static string Succeeded(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.True(run.ExitCode == 0, run.ToString());
        return run.Stdout;
    }
}
