using Taxonomy.Concepts;

namespace Taxonomy.Cli.Output;

/// <summary><c>taxonomy catalog --format json</c>: the registered statements and their line items.</summary>
internal static class CatalogJsonFormatter
{
    public static string Format(IReadOnlyList<StatementDefinition> statements) =>
        JsonText.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("statements");
            foreach (var statement in statements)
            {
                writer.WriteStartObject();
                writer.WriteString("statement", statement.ToString());
                writer.WriteString("kind", Invariant.Camel(statement.Kind));
                writer.WriteString("periodType", Invariant.Camel(statement.PeriodType));
                writer.WriteStartArray("concepts");
                foreach (var concept in statement.Concepts)
                {
                    writer.WriteStartObject();
                    writer.WriteString("property", concept.PropertyName);
                    writer.WriteString("concept", concept.Concept.ToString());
                    writer.WriteString("label", concept.Labels.Standard);
                    writer.WriteString("dataType", Invariant.Camel(concept.DataType));
                    writer.WriteString("periodType", Invariant.Camel(concept.PeriodType));
                    if (concept.Balance != BalanceType.None) writer.WriteString("balance", Invariant.Camel(concept.Balance));
                    if (concept.Calculation.Count > 0)
                    {
                        writer.WriteStartArray("calculation");
                        foreach (var child in concept.Calculation)
                        {
                            writer.WriteStartObject();
                            writer.WriteString("item", child.PropertyName);
                            writer.WriteNumber("weight", child.Weight);
                            writer.WriteEndObject();
                        }
                        writer.WriteEndArray();
                    }
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
}
