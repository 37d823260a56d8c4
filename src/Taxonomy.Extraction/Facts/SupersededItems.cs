using System.Globalization;
using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// A line item the schema says is superseded from a date on (<see cref="ConceptDefinition.SupersededBy"/>: deferred
/// revenue became a contract liability with a customer under ASC 606): a row named by its label in a report with a
/// period ending on or after that date is the successor, when the statement defines it and no other row reports it.
/// Earlier reports keep the superseded item.
/// </summary>
internal sealed class SupersededItems : IRowConceptRewrite
{
    /// <summary>Replaces each row concept matched by its label whose successor applies to the table's periods.</summary>
    public void Apply(RowRewriteContext context)
    {
        var (statement, concepts, columns) = (context.Statement, context.Concepts, context.Table.Periods);
        if (statement is null) return;
        for (int r = 0; r < concepts.Length; r++)
        {
            if (concepts[r] is not { Method: DecisionMethod.Label or DecisionMethod.Synonym, Definition.SupersededBy: { } supersession } concept) continue;
            if (!columns.Any(c => c.Period is { } p && p.End >= supersession.From)) continue;
            string why = supersession.Reason ?? "the report's periods end on or after " + supersession.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            context.ReportAs(r, supersession.PropertyName, successor => $"'{concept.Label}' reported as {successor.Concept}: {why}");
        }
    }
}
