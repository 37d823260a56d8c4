using System.Text.Json;
using Taxonomy.Extraction;
using Taxonomy.Statements;

namespace Taxonomy.Cli.Output;

/// <summary>
/// The <c>json</c> format: per input, the typed statements (each in its schema's JSON shape under <c>values</c>),
/// every fact with its provenance, and the findings. One input gives an object, several an array of them.
/// </summary>
internal static class JsonFormatter
{
    public static string Format(IReadOnlyList<ExtractionResult> results) =>
        JsonText.Write(writer =>
        {
            if (results.Count == 1)
            {
                WriteResult(writer, results[0]);
                return;
            }
            writer.WriteStartArray();
            foreach (var result in results) WriteResult(writer, result);
            writer.WriteEndArray();
        });

    private static void WriteResult(Utf8JsonWriter writer, ExtractionResult result)
    {
        writer.WriteStartObject();
        writer.WriteString("source", result.SourceName);

        writer.WriteStartArray("statements");
        foreach (var statement in StatementLayout.Ordered(result.Statements))
        {
            writer.WriteStartObject();
            writer.WriteString("statement", statement.Definition.ToString());
            writer.WriteString("kind", Invariant.Camel(statement.Definition.Kind));
            writer.WritePropertyName("values");
            WriteValues(writer, statement);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("facts");
        foreach (var fact in FactOrder.Sort(result.Report.Facts)) WriteFact(writer, fact);
        writer.WriteEndArray();

        writer.WriteStartArray("findings");
        foreach (var finding in FindingOrder.Sort(result.Findings))
        {
            writer.WriteStartObject();
            writer.WriteString("severity", Invariant.Camel(finding.Severity));
            writer.WriteString("rule", finding.RuleId);
            if (finding.Concept is { } concept) writer.WriteString("concept", concept.ToString());
            if (finding.Period is { } period) writer.WriteString("period", period.ToString());
            if (finding.Expected is { } expected) writer.WriteNumber("expected", Invariant.Canonical(expected));
            if (finding.Actual is { } actual) writer.WriteNumber("actual", Invariant.Canonical(actual));
            if (finding.Span is { } span)
            {
                writer.WriteNumber("line", span.Line);
                writer.WriteNumber("column", span.Column);
            }
            writer.WriteString("message", finding.Message);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteEndObject();
    }

    /// <summary>
    /// One typed statement column in the JSON shape its schema describes (period, then line items in schema order,
    /// absent items omitted), written with the runtime's <see cref="StatementJson"/> pieces from the definition and
    /// <see cref="IStatement.GetValue"/> (AOT-safe); amounts without trailing fraction zeros, as every JSON number here.
    /// </summary>
    private static void WriteValues(Utf8JsonWriter writer, IStatement statement)
    {
        writer.WriteStartObject();
        StatementJson.WritePeriod(writer, statement.Period);
        foreach (var concept in statement.Definition.Concepts)
        {
            switch (statement.GetValue(concept.PropertyName))
            {
                case null:
                    break;
                case INumericAmount amount:
                    StatementJson.WriteAmount(writer, concept.PropertyName, Invariant.Canonical(amount.Value), amount.Decimals);
                    break;
                case DateOnly date:
                    StatementJson.WriteDate(writer, concept.PropertyName, date);
                    break;
                case var other:
                    writer.WriteString(concept.PropertyName, Invariant.Value(other));
                    break;
            }
        }
        writer.WriteEndObject();
    }

    private static void WriteFact(Utf8JsonWriter writer, Fact fact)
    {
        writer.WriteStartObject();
        writer.WriteString("concept", fact.Concept.ToString());
        writer.WriteString("entity", fact.Entity.ToString());
        writer.WriteString("period", fact.Period.ToString());
        if (fact.NumericValue is { } value) writer.WriteNumber("value", Invariant.Canonical(value));
        else writer.WriteString("value", fact.TextValue);
        if (fact.Unit is { } unit) writer.WriteString("unit", unit.ToString());
        if (fact.Decimals is { } decimals) JsonText.WriteDecimals(writer, "decimals", decimals);
        if (fact.Provenance is { } provenance)
        {
            writer.WriteStartObject("provenance");
            writer.WriteNumber("line", provenance.Span.Line);
            writer.WriteNumber("column", provenance.Span.Column);
            writer.WriteString("text", provenance.Text);
            writer.WriteStartArray("methods");
            foreach (var method in provenance.Methods) writer.WriteStringValue(Invariant.Camel(method));
            writer.WriteEndArray();
            if (provenance.Note is { } note) writer.WriteString("note", note);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }
}
