using System.CommandLine;
using Taxonomy.Cli.Output;

namespace Taxonomy.Cli.Commands;

/// <summary><c>taxonomy extract &lt;file&gt;... [--format table|json|xbrl-json|csv] [--output &lt;path&gt;] [--cik &lt;cik&gt;] [--recursive]</c>.</summary>
internal static class ExtractCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, FileExtractor extract, bool stderrIsTerminal)
    {
        var files = new Argument<string[]>("file")
        {
            Description = "Filings to extract (plain text, HTML or an EDGAR submission).",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format.",
            DefaultValueFactory = _ => OutputFormat.Table,
        };
        format.AcceptOnlyFromAmong(OutputFormat.Extract);
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write to this file instead of standard output (a directory for xbrl-json with several files).",
        };
        var cik = new Option<string?>("--cik")
        {
            Description = "The filer's CIK, overriding or supplying the entity identifier.",
        };

        var recursive = new Option<bool>("--recursive", "-r")
        {
            Description = "Extract every file under one folder, in parallel, to --output <directory> (xbrl-json), with summary.json.",
        };

        var command = new Command("extract", "Extract facts and statements from filings and validate them.");
        command.Arguments.Add(files);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(cik);
        command.Options.Add(recursive);
        command.SetAction(parse => parse.GetValue(recursive)
            ? new Bulk.BulkExtractRunner(stderr, extract, stderrIsTerminal).Run(
                parse.GetValue(files) ?? [],
                parse.GetValue(format) ?? OutputFormat.Table,
                parse.GetValue(output),
                parse.GetValue(cik))
            : new ExtractRunner(stdout, stderr, extract).Run(
                parse.GetValue(files) ?? [],
                parse.GetValue(format) ?? OutputFormat.Table,
                parse.GetValue(output),
                parse.GetValue(cik)));
        return command;
    }
}
