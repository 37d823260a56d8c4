using System.CommandLine;
using Taxonomy.Cli.Output;

namespace Taxonomy.Cli.Commands;

/// <summary><c>taxonomy eval &lt;truth-dir-or-file&gt;... [--shared &lt;dir&gt;] [--format table|json]</c>.</summary>
internal static class EvalCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, FileExtractor extract)
    {
        var truths = new Argument<string[]>("truth")
        {
            Description = "Truth files, or folders of them (*.json), in the corpus truth format.",
            Arity = ArgumentArity.OneOrMore,
        };
        var shared = new Option<string?>("--shared")
        {
            Description = "The folder the truth files' document paths are relative to (default: two levels above each truth file's folder).",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format.",
            DefaultValueFactory = _ => OutputFormat.Table,
        };
        format.AcceptOnlyFromAmong(OutputFormat.Eval);

        var command = new Command("eval", "Extract the documents named by truth files and score the facts: found, missing, wrong, inconsistent duplicates, extra.");
        command.Arguments.Add(truths);
        command.Options.Add(shared);
        command.Options.Add(format);
        command.SetAction(parse => new EvalRunner(stdout, stderr, extract).Run(
            parse.GetValue(truths) ?? [],
            parse.GetValue(shared),
            parse.GetValue(format) ?? OutputFormat.Table));
        return command;
    }
}
