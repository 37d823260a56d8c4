using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// "Collaboration revenue 2,000 / Operating expenses: … / Loss from operations": an income statement whose only revenue is
/// one line naming a kind of revenue the taxonomy lacks prints no revenue total, yet that line is the company's revenue.
/// When it is the first line with figures, an extension, no other line names revenue or sales or reads as revenue or one
/// of its parts, it is reported as the revenue item, and the extension goes.
/// </summary>
internal sealed class LoneRevenueLine : IRowConceptRewrite
{
    private const string RevenueItem = "Revenues";

    /// <summary>Reads the lone revenue line of an income statement as its revenue.</summary>
    public void Apply(RowRewriteContext context)
    {
        if (context.Table.Table.Kind != StatementKind.IncomeStatement || context.Statement is not { } statement) return;
        if (statement.FindProperty(RevenueItem) is not { } revenue) return;
        var (rows, concepts) = (context.Rows, context.Concepts);
        int first = -1;
        for (int r = 0; r < rows.Count && first < 0; r++)
        {
            if (rows[r].Values.Count > 0) first = r;
        }
        if (first < 0 || concepts[first] is not { IsExtension: true } || rows[first].Label is not { } label || !NamesRevenue(label)) return;
        var structure = CalculationStructure.For(statement);
        if (!structure.FirstIndexOf.TryGetValue(revenue.Concept, out int total)) return;
        for (int r = first + 1; r < rows.Count; r++)
        {
            if (rows[r].Label is { } other && MentionsRevenue(other)) return;
            if (concepts[r]?.Definition is { } d && structure.FirstIndexOf.TryGetValue(d.Concept, out int item) && (item == total || structure.IsDescendant[total, item])) return;
        }
        context.Settled.Add(first);
        concepts[first] = RowConcept.Of(revenue, DecisionMethod.Synonym,
            $"'{label}' is the statement's only revenue line: the revenue");
        context.ReportRow(first, $"is the statement's only revenue line, printed first and with no revenue total: reported as {revenue.Concept}");
    }

    /// <summary>
    /// A label whose last word names revenue or sales ("Collaboration revenue", "Grant revenues", "Contract sales") and none a
    /// cost of them or an amount taken off them ("Cost of product sales", "Sales returns and allowances", "Deferred revenue").
    /// </summary>
    private static bool NamesRevenue(string label)
    {
        string[] words = LabelNormalizer.Normalize(label).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words[^1] is "revenue" or "revenues" or "sales" && !words.Any(NotRevenue.Contains);
    }

    private static readonly HashSet<string> NotRevenue = new(StringComparer.Ordinal)
    {
        "cost", "costs", "expense", "expenses", "deferred", "unearned", "returns", "allowance", "allowances", "tax", "taxes",
        "discount", "discounts", "commission", "commissions", "deductions", "per", "share", "percent", "percentage", "growth", "change",
    };

    private static bool MentionsRevenue(string label)
    {
        string normalized = LabelNormalizer.Normalize(label);
        return LabelWords.Holds(normalized, "revenue") || LabelWords.Holds(normalized, "revenues") || LabelWords.Holds(normalized, "sales");
    }
}
