using System.Text;
using Taxonomy.Cli.Output;
using Taxonomy.Concepts;
using Taxonomy.Extraction;
using Taxonomy.Validation;
using Taxonomy.Xbrl;

namespace Taxonomy.Cli.Commands;

/// <summary>Reads and extracts one file (<see cref="FilingExtractor.ExtractFile"/>, or a stand-in in tests).</summary>
internal delegate ExtractionResult FileExtractor(string path, ExtractionOptions options);

/// <summary>Extracts each input, writes the chosen format, and decides the exit code.</summary>
internal sealed class ExtractRunner(TextWriter stdout, TextWriter stderr, FileExtractor extract)
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public int Run(IReadOnlyList<string> files, string format, string? output, string? cik)
    {
        if (files.Count == 0) throw new UsageException("no input file given.");
        bool perFileOutput = format == OutputFormat.XbrlJson && (files.Count > 1 || (output is not null && Directory.Exists(output)));
        if (perFileOutput && (output is null || File.Exists(output)))
        {
            throw new UsageException("xbrl-json output of several files needs --output <directory> (one <name>.json per input).");
        }
        if (perFileOutput && files.GroupBy(OutputName, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } clash)
        {
            throw new UsageException($"several inputs would write {clash.Key} in {output}; rename one of them.");
        }

        int exitCode = ExitCodes.Success;
        var results = new List<(string Path, ExtractionResult Result)>();
        foreach (string file in files)
        {
            if (TryExtract(file, cik) is { } result) results.Add((file, result));
            else exitCode = ExitCodes.UsageOrInput;
        }

        switch (format)
        {
            case OutputFormat.XbrlJson when perFileOutput:
                Directory.CreateDirectory(output!);
                foreach (var (path, result) in results)
                {
                    WriteFile(Path.Combine(output!, OutputName(path)), XbrlJson.ToJson(result.Report));
                }
                break;
            case OutputFormat.XbrlJson:
                if (results.Count == 1) Emit(output, XbrlJson.ToJson(results[0].Result.Report));
                break;
            case OutputFormat.Json:
                if (results.Count > 0) Emit(output, JsonFormatter.Format(results.Select(r => r.Result).ToArray()));
                break;
            case OutputFormat.Csv:
                Emit(output, CsvFormatter.Format(results.Select(r => r.Result), ConceptCatalog.Default));
                break;
            default:
                Emit(output, TableFormatter.Format(results.Select(r => r.Result)));
                break;
        }

        foreach (var (_, result) in results)
        {
            if (!result.HasErrors) continue;
            // The table lists findings itself; machine formats keep stdout clean and list errors on stderr.
            if (format != OutputFormat.Table || output is not null)
            {
                foreach (var finding in FindingOrder.Sort(result.Findings).Where(f => f.Severity == Severity.Error))
                {
                    stderr.WriteLine($"{result.SourceName}: error {finding.RuleId}: {CliApplication.OneLine(finding.Message)}");
                }
            }
            exitCode = Math.Max(exitCode, ExitCodes.ValidationErrors);
        }
        return exitCode;
    }

    /// <summary>The file an input's xBRL-JSON goes to inside the output directory.</summary>
    private static string OutputName(string input) => Path.GetFileNameWithoutExtension(input) + ".json";

    private ExtractionResult? TryExtract(string file, string? cik)
    {
        string name = Path.GetFileName(file);
        try
        {
            if (Directory.Exists(file)) return Fail(name, "is a directory, not a file");
            if (!File.Exists(file)) return Fail(name, "file not found");
            return extract(file, new ExtractionOptions { Cik = cik, SourceName = name });
        }
        catch (InputException e)
        {
            return Fail(e.SourceName, e.Reason);
        }
        catch (FileNotFoundException)
        {
            return Fail(name, "file not found");
        }
        catch (UnauthorizedAccessException)
        {
            return Fail(name, "permission denied");
        }
        catch (IOException e)
        {
            return Fail(name, e.Message);
        }
    }

    private ExtractionResult? Fail(string name, string reason)
    {
        stderr.WriteLine($"taxonomy: {name}: {CliApplication.OneLine(reason)}");
        return null;
    }

    private void Emit(string? output, string text)
    {
        if (output is null) stdout.Write(text);
        else WriteFile(output, text);
    }

    private static void WriteFile(string path, string text)
    {
        try
        {
            File.WriteAllText(path, text, Utf8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{path}: cannot write output ({e.Message})");
        }
    }
}
