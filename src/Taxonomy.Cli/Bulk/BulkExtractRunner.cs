using System.Diagnostics;
using System.Text;
using Taxonomy.Cli.Commands;
using Taxonomy.Extraction;
using Taxonomy.Validation;
using Taxonomy.Xbrl;

namespace Taxonomy.Cli.Bulk;

/// <summary>
/// <c>taxonomy extract &lt;dir&gt; --recursive --format xbrl-json --output &lt;dir&gt;</c>: every file under the folder,
/// in parallel across cores, each to <c>&lt;relative path&gt;.json</c> (folders mirrored), plus <c>summary.json</c>.
/// An input that fails gets an error record naming the reason; the others go on.
/// </summary>
internal sealed class BulkExtractRunner(TextWriter stderr, FileExtractor extract, bool terminal)
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public int Run(IReadOnlyList<string> inputs, string format, string? output, string? cik)
    {
        if (inputs.Count != 1 || !Directory.Exists(inputs[0])) throw new UsageException("--recursive takes one input folder.");
        if (format != Output.OutputFormat.XbrlJson) throw new UsageException("--recursive writes one report per input: use --format xbrl-json.");
        if (output is null || File.Exists(output)) throw new UsageException("--recursive needs --output <directory>.");

        string root = Path.GetFullPath(inputs[0]);
        string outputRoot = Path.GetFullPath(output);
        var files = InputFiles(root, outputRoot);
        if (files.Count == 0) throw new UsageException($"{inputs[0]}: no files to extract.");
        Directory.CreateDirectory(outputRoot);

        var records = new BulkRecord[files.Count];
        var progress = new BulkProgress(stderr, terminal, files.Count);
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        Parallel.ForEach(Enumerable.Range(0, files.Count), options, i =>
        {
            records[i] = ExtractOne(root, files[i], outputRoot, cik);
            progress.Finished(records[i]);
        });
        progress.Complete();

        string summary = Path.Combine(outputRoot, BulkSummary.FileName);
        try
        {
            File.WriteAllText(summary, BulkSummary.Format(records), Utf8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{summary}: cannot write the summary ({e.Message})");
        }
        int failed = records.Count(r => r.Failed), invalid = records.Count(r => r.Errors > 0);
        stderr.WriteLine($"taxonomy: {records.Length} files: {records.Length - failed} extracted ({invalid} with validation errors), {failed} failed; see {BulkSummary.FileName}");
        return failed > 0 || invalid > 0 ? ExitCodes.ValidationErrors : ExitCodes.Success;
    }

    /// <summary>Every file under the folder, relative with <c>/</c>, ordinal order; the output folder left out.</summary>
    private static List<string> InputFiles(string root, string outputRoot)
    {
        string outputPrefix = outputRoot.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(f => !f.StartsWith(outputPrefix, StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private BulkRecord ExtractOne(string root, string relative, string outputRoot, string? cik)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var result = extract(Path.Combine(root, relative), new ExtractionOptions { Cik = cik, SourceName = Path.GetFileName(relative) });
            string report = relative + ".json";
            string target = Path.Combine(outputRoot, report);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, XbrlJson.ToJson(result.Report), Utf8);
            return new BulkRecord(relative, report, result.Report.Facts.Count,
                result.Findings.Count(f => f.Severity == Severity.Error), result.Findings.Count(f => f.Severity == Severity.Warning), clock.ElapsedMilliseconds, null);
        }
        catch (InputException e)
        {
            return BulkRecord.Failure(relative, CliApplication.OneLine(e.Reason), clock.ElapsedMilliseconds);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // One input's failure (unreadable, unwritable, or a bug on its content) must not lose the others.
            return BulkRecord.Failure(relative, CliApplication.OneLine($"{e.GetType().Name}: {e.Message}"), clock.ElapsedMilliseconds);
        }
    }
}
