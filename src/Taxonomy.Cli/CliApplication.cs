using System.CommandLine;
using System.CommandLine.Help;
using Taxonomy.Cli.Commands;
using Taxonomy.Extraction;

namespace Taxonomy.Cli;

/// <summary>The <c>taxonomy</c> command line, runnable in-process with any writers.</summary>
public static class CliApplication
{
    /// <summary>Parses <paramref name="args"/>, runs the command and returns the exit code (see <see cref="ExitCodes"/>).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdout, stderr, FilingExtractor.ExtractFile, ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected);

    /// <summary>Runs with another extractor, so tests can drive the command line with known results.</summary>
    /// <param name="stderrIsTerminal">True when stderr is a console (progress is then one line rewritten in place).</param>
    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, FileExtractor extract, bool stderrIsTerminal = false)
    {
        ArgumentNullException.ThrowIfNull(args);
        // A plain command named "taxonomy" rather than RootCommand, whose name is the executable's file name.
        var root = new Command("taxonomy", "Turns financial filings into validated, typed, XBRL-style data.");
        var help = new HelpOption();
        var version = new VersionOption();
        root.Options.Add(help);
        root.Options.Add(version);
        root.Subcommands.Add(ExtractCommand.Create(stdout, stderr, extract, stderrIsTerminal));
        root.Subcommands.Add(CatalogCommand.Create(stdout));
        root.Subcommands.Add(EvalCommand.Create(stdout, stderr, extract));

        ParseResult parse = root.Parse(args);
        // Asking for help or the version wins over other errors (e.g. "extract --help" without a file).
        bool helpOrVersion = parse.GetResult(help) is not null || parse.GetResult(version) is not null;
        if (parse.Errors.Count > 0 && !helpOrVersion)
        {
            foreach (var error in parse.Errors) stderr.WriteLine("taxonomy: " + OneLine(error.Message));
            stderr.WriteLine("Run 'taxonomy --help' for usage.");
            return ExitCodes.UsageOrInput;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            stderr.WriteLine("taxonomy: " + OneLine(e.Message));
            return ExitCodes.UsageOrInput;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stderr.WriteLine($"taxonomy: internal error ({e.GetType().Name}): {OneLine(e.Message)}");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>Folds a message onto one line.</summary>
    internal static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
