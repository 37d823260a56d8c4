using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;
using Taxonomy.Extraction.Tables;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// "Net loss 4,200" / "Loss from operations 4,322": a row whose label names only a loss, of a line item that reports income
/// as positive and loss as negative, printed without parentheses in every column, prints the loss's size. Its values are
/// reported negative. A label naming both ("Net income (loss)") or a loss printed in parentheses is read as printed.
/// On the income statement the same holds for a gain-or-loss line item ("Loss on extinguishment of debt 500"), which
/// adds to income there; elsewhere (a cash-flow adjustment) its printed sign is the calculation's business.
/// Likewise on the income statement a row whose label names only a benefit, of a line item that reports an expense as
/// positive and a benefit as negative ("Income tax benefit 5,500" for income tax expense (benefit)), prints the benefit's
/// size; a label naming the expense too ("Provision for (benefit from) income taxes") is read as printed.
/// </summary>
internal static class LossLabels
{
    private static readonly string[] Alternatives = ["income loss", "loss income", "profit loss", "loss profit", "earnings loss", "loss earnings", "gain loss", "loss gain"];

    /// <summary>The rows whose printed numbers are the size of a loss.</summary>
    public static HashSet<int> Find(IReadOnlyList<TableRow> rows, RowConcept?[] concepts, Func<int, int, decimal?> printed, int columns, StatementKind kind)
    {
        var result = new HashSet<int>();
        for (int r = 0; r < rows.Count; r++)
        {
            if (concepts[r] is not { Definition: { DataType: ConceptDataType.Monetary } definition } || !rows[r].HasLabel) continue;
            string name = definition.Concept.LocalName;
            bool loss = (SignedItems.ReportsIncomeAsPositive(name) || (kind == StatementKind.IncomeStatement && SignedItems.ReportsGainAsPositive(name))) && NamesOnlyALoss(rows[r].Label!);
            bool benefit = kind == StatementKind.IncomeStatement && name.Contains("ExpenseBenefit", StringComparison.Ordinal) && NamesOnlyABenefit(rows[r].Label!);
            if (!loss && !benefit) continue;
            var cells = Enumerable.Range(0, columns).Select(c => printed(r, c)).Where(v => v is not null).Select(v => v!.Value).ToList();
            if (cells.Count > 0 && cells.All(v => v >= 0) && cells.Any(v => v > 0)) result.Add(r);
        }
        return result;
    }

    /// <summary>"Income tax benefit", "Benefit from income taxes": a benefit named without its expense, and not as the alternative in parentheses ("Income taxes (benefit)").</summary>
    internal static bool NamesOnlyABenefit(string label)
    {
        if (label.Contains("(benefit", StringComparison.OrdinalIgnoreCase)) return false;
        string l = LabelNormalizer.Normalize(label);
        return (LabelWords.Holds(l, "benefit") || LabelWords.Holds(l, "benefits")) && !LabelWords.HasWordStarting(l, "expense")
            && !LabelWords.HasWordStarting(l, "provision") && !LabelWords.HasWordStarting(l, "charge");
    }

    internal static bool NamesOnlyALoss(string label)
    {
        string l = LabelNormalizer.Normalize(label);
        if (Alternatives.Any(a => l.Contains(a, StringComparison.Ordinal))) return false;
        return l.StartsWith("loss ", StringComparison.Ordinal) || l == "loss" || l.StartsWith("net loss", StringComparison.Ordinal) || l.StartsWith("operating loss", StringComparison.Ordinal);
    }
}
