using System.CommandLine;
using Taxonomy.Cli.Output;
using Taxonomy.Concepts;

namespace Taxonomy.Cli.Commands;

/// <summary><c>taxonomy catalog [--format table|json]</c>: the registered statements and their concepts.</summary>
internal static class CatalogCommand
{
    public static Command Create(TextWriter stdout)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format.",
            DefaultValueFactory = _ => OutputFormat.Table,
        };
        format.AcceptOnlyFromAmong(OutputFormat.Catalog);

        var command = new Command("catalog", "List the registered statements and their concepts.");
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            var statements = ConceptCatalog.Default.Statements;
            stdout.Write(parse.GetValue(format) == OutputFormat.Json ? CatalogJsonFormatter.Format(statements) : CatalogTableFormatter.Format(statements));
            return ExitCodes.Success;
        });
        return command;
    }
}
