namespace Taxonomy.Cli.Output;

/// <summary>The output formats of the <c>taxonomy</c> commands, by their command-line names.</summary>
internal static class OutputFormat
{
    public const string Table = "table";
    public const string Json = "json";
    public const string XbrlJson = "xbrl-json";
    public const string Csv = "csv";

    public static readonly string[] Extract = [Table, Json, XbrlJson, Csv];

    public static readonly string[] Catalog = [Table, Json];

    public static readonly string[] Eval = [Table, Json];
}
