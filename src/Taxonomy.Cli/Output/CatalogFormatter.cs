using System.Text;
using Taxonomy.Concepts;

namespace Taxonomy.Cli.Output;

/// <summary>The registered statements and their line items, as a table or as JSON.</summary>
internal static class CatalogFormatter
{
    public static string Table(IReadOnlyList<StatementDefinition> statements)
    {
        var output = new StringBuilder();
        var table = new TextTable(
            ["Statement", "Property", "Concept", "Data type", "Period type", "Balance", "Calculation"],
            [false, false, false, false, false, false, false]);
        foreach (var statement in statements)
        {
            foreach (var concept in statement.Concepts)
            {
                table.Add(
                    statement.ToString(),
                    concept.PropertyName,
                    concept.Concept.ToString(),
                    Invariant.Camel(concept.DataType),
                    Invariant.Camel(concept.PeriodType),
                    concept.Balance == BalanceType.None ? string.Empty : Invariant.Camel(concept.Balance),
                    Calculation(concept));
            }
        }
        table.AppendTo(output);
        output.Append('\n').Append(Invariant.Plain(statements.Count)).Append(" statements, ")
            .Append(Invariant.Plain(statements.Sum(s => s.Concepts.Count))).Append(" line items.\n");
        return output.ToString();
    }

    public static string Json(IReadOnlyList<StatementDefinition> statements) =>
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

    /// <summary>The children of a total with their signs: <c>+ProductRevenue +LicenseRevenue</c>.</summary>
    public static string Calculation(ConceptDefinition concept) =>
        string.Join(' ', concept.Calculation.Select(c => (c.Weight < 0 ? "-" : "+") + c.PropertyName));
}
