using System.Text.Json;
using Taxonomy.Statements;

namespace Taxonomy.Cli.Output;

/// <summary>
/// Writes one typed statement column in the JSON shape its schema describes (period, then line items in schema
/// order, absent items omitted), from the runtime definition and <see cref="IStatement.GetValue"/>, AOT-safe.
/// </summary>
internal static class StatementJsonWriter
{
    public static void Write(Utf8JsonWriter writer, IStatement statement)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("period");
        WritePeriod(writer, statement.Period);
        foreach (var concept in statement.Definition.Concepts)
        {
            switch (statement.GetValue(concept.PropertyName))
            {
                case null:
                    break;
                case INumericAmount amount:
                    writer.WriteStartObject(concept.PropertyName);
                    writer.WriteNumber("value", Invariant.Canonical(amount.Value));
                    JsonText.WriteDecimals(writer, "decimals", amount.Decimals);
                    writer.WriteEndObject();
                    break;
                case DateOnly date:
                    writer.WriteString(concept.PropertyName, Invariant.Date(date));
                    break;
                case var other:
                    writer.WriteString(concept.PropertyName, Invariant.Value(other));
                    break;
            }
        }
        writer.WriteEndObject();
    }

    /// <summary><c>{ "instant": … }</c> or <c>{ "startDate": …, "endDate": … }</c>, inclusive dates.</summary>
    public static void WritePeriod(Utf8JsonWriter writer, Period period)
    {
        writer.WriteStartObject();
        if (period.Start is { } start)
        {
            writer.WriteString("startDate", Invariant.Date(start));
            writer.WriteString("endDate", Invariant.Date(period.End));
        }
        else
        {
            writer.WriteString("instant", Invariant.Date(period.End));
        }
        writer.WriteEndObject();
    }
}
