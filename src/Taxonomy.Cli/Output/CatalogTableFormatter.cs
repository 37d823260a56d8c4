using System.Text;
using Taxonomy.Concepts;

namespace Taxonomy.Cli.Output;

/// <summary><c>taxonomy catalog --format table</c>: one aligned row per line item of every registered statement.</summary>
internal static class CatalogTableFormatter
{
    public static string Format(IReadOnlyList<StatementDefinition> statements)
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

    /// <summary>The children of a total with their signs: <c>+ProductRevenue +LicenseRevenue</c>.</summary>
    public static string Calculation(ConceptDefinition concept) =>
        string.Join(' ', concept.Calculation.Select(c => (c.Weight < 0 ? "-" : "+") + c.PropertyName));
}
