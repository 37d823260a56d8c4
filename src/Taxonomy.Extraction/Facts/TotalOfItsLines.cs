using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// A total whose wording is generic ("Total expenses") names one total of the schema (costs and expenses), yet the lines
/// printed over it may be another's: an insurer's losses, policy acquisition costs and other expenses add up to its
/// benefits, losses and expenses. When two or more of those lines are no part of the total the label names, exactly one
/// other total of the same kind holds every one of them (each added), and they add up to the printed figures, the row is
/// that total.
/// </summary>
internal sealed class TotalOfItsLines : IRowConceptRewrite
{
    /// <summary>Rereads each printed total as the total its lines add up to, where the label's total holds only some of them.</summary>
    public void Apply(RowRewriteContext context)
    {
        if (context.Statement is not { } statement) return;
        var (rows, concepts) = (context.Rows, context.Concepts);
        CalculationStructure? structure = null;
        for (int r = 0; r < concepts.Length; r++)
        {
            if (concepts[r] is not { Definition: { Calculation.Count: > 0 } named } || context.Settled.Contains(r)) continue;
            structure ??= CalculationStructure.For(statement);
            if (!structure.FirstIndexOf.TryGetValue(named.Concept, out int total)) continue;
            int start = Footing.SectionStart(rows, concepts, r);
            if (Lines(structure, rows, concepts, start, r) is not { Count: >= 2 } lines) continue;
            // One line outside the label's total (a company's interest expense printed among its expenses) leaves it that
            // total; two or more lines outside it, all lines of one other total, make the row that other total.
            if (lines.Count(line => !structure.IsDescendant[total, line]) < 2) continue;
            var holders = Enumerable.Range(0, structure.Concepts.Count)
                .Where(t => t != total && structure.Concepts[t] is { Calculation.Count: > 0 } other && other.Concept != named.Concept
                    && other.DataType == named.DataType && other.PeriodType == named.PeriodType && other.Balance == named.Balance
                    && lines.All(line => structure.Descendants[t].Any(d => d.Concept == line && d.Weight > 0)))
                .Select(t => structure.Concepts[t]).DistinctBy(c => c.Concept).ToList();
            if (holders.Count != 1 || concepts.Any(c => c?.Concept == holders[0].Concept)) continue;
            if (!Footing.WherePrinted(context.Value, context.Columns, r, Footing.Above(start, r))) continue;
            var holder = holders[0];
            concepts[r] = RowConcept.Of(holder, DecisionMethod.Synonym,
                $"'{rows[r].Label}' names {named.Concept}, but the lines printed over it add up to it as {holder.Concept}, which holds them all");
            context.ReportRow(r, $"names {named.Concept}, which does not hold every line printed over it; those lines add up to it and are all lines of {holder.Concept}: reported as {holder.Concept}");
        }
    }

    /// <summary>
    /// The items of the rows from <paramref name="start"/> to the row above <paramref name="total"/>, or null when one of
    /// those rows with figures reports no line item of the schema (a company extension, a label-less row).
    /// </summary>
    private static List<int>? Lines(CalculationStructure structure, IReadOnlyList<Tables.TableRow> rows, RowConcept?[] concepts, int start, int total)
    {
        var lines = new List<int>();
        for (int r = start; r < total; r++)
        {
            if (rows[r].Values.Count == 0) continue;
            if (concepts[r]?.Definition is not { } d || !structure.FirstIndexOf.TryGetValue(d.Concept, out int item)) return null;
            lines.Add(item);
        }
        return lines;
    }
}
