using System.Text;
using Taxonomy.Concepts;
using Taxonomy.Extraction;

namespace Taxonomy.Cli.Output;

/// <summary>
/// The <c>csv</c> format (RFC 4180, invariant culture, <c>\n</c> record ends): a header, then one fact per row,
/// inputs one after another; the <c>source</c> column says which input a row came from.
/// </summary>
internal static class CsvFormatter
{
    public static readonly string[] Header = ["source", "concept", "label", "period", "value", "unit", "decimals", "line", "column", "methods"];

    public static string Format(IEnumerable<ExtractionResult> results, ConceptCatalog catalog)
    {
        var output = new StringBuilder();
        AppendRecord(output, Header);
        foreach (var result in results)
        {
            foreach (var fact in FactOrder.Sort(result.Report.Facts))
            {
                var provenance = fact.Provenance;
                AppendRecord(output,
                [
                    result.SourceName,
                    fact.Concept.ToString(),
                    catalog.FindByConcept(fact.Concept).FirstOrDefault()?.Concept.Labels.Standard ?? string.Empty,
                    fact.Period.ToString(),
                    fact.NumericValue is { } value ? Invariant.Plain(value) : fact.TextValue ?? string.Empty,
                    fact.Unit?.ToString() ?? string.Empty,
                    fact.Decimals?.ToString() ?? string.Empty,
                    provenance is null ? string.Empty : Invariant.Plain(provenance.Span.Line),
                    provenance is null ? string.Empty : Invariant.Plain(provenance.Span.Column),
                    provenance is null ? string.Empty : string.Join(';', provenance.Methods.Select(Invariant.Camel)),
                ]);
            }
        }
        return output.ToString();
    }

    /// <summary>Quotes a field when it holds a comma, a quote or a line break; quotes inside are doubled.</summary>
    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static void AppendRecord(StringBuilder output, IReadOnlyList<string> fields)
    {
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0) output.Append(',');
            output.Append(Field(fields[i]));
        }
        output.Append('\n');
    }
}
