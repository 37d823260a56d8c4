using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// A line item the taxonomy lacks (an extension) counts toward the first total printed below it, and the schema gives it
/// no weight there. In a statement that prints the items its totals subtract by their effect ("Cost of sales (600)"), an
/// extension printed in parentheses in every column ("Warehouse flood remediation (2,000)") is subtracted the same way:
/// it is a cost, reported with its own, positive sign, and counts with weight −1 toward its total. Reported as printed it
/// would be a negative cost. Read as printed instead: an item whose label names income or both directions ("Equity in
/// earnings of affiliates", "Other income (expense)", "Other, net"), whose parentheses are its own negative value.
/// Under a total that adds its items as printed, the extension is subtracted only when its label names the direction
/// opposite to the total's balance: a gain among costs, a loss among income.
/// Income statements only: a cash-flow statement's extensions (changes in balances, loans made) keep their printed
/// sign until the convention for them is decided (the truth set records them as printed).
/// </summary>
internal static class ExtensionEffect
{
    private static readonly string[] Income = ["income", "gain", "gains", "earnings", "profit", "profits", "revenue", "revenues", "benefit", "benefits", "recovery", "recoveries", "credit", "credits"];

    private static readonly string[] Cost = ["expense", "expenses", "cost", "costs", "charge", "charges", "loss", "losses"];

    /// <summary>The extension rows printed by their effect, under a total whose calculation <paramref name="byEffect"/> reads so.</summary>
    public static HashSet<int> Subtracted(StatementKind kind, RowConcept?[] concepts, IReadOnlyList<(int Total, List<(int Row, int Weight)> Terms)> relations,
        int columns, Func<int, int, decimal?> printed, Func<int, bool> byEffect)
    {
        var result = new HashSet<int>();
        if (kind != StatementKind.IncomeStatement) return result;
        for (int r = 0; r < concepts.Length; r++)
        {
            if (concepts[r] is not { IsExtension: true, DataType: ConceptDataType.Monetary, ComponentOf: { } of } extension) continue;
            int total = TotalOf(relations, concepts, r, of);
            if (total < 0 || !InParentheses(r, columns, printed)) continue;
            if (byEffect(total) ? !ReadsAsPrinted(extension.Label) : AgainstItsTotal(extension.Label, concepts[total]!.Definition)) result.Add(r);
        }
        return result;
    }

    private static int TotalOf(IReadOnlyList<(int Total, List<(int Row, int Weight)> Terms)> relations, RowConcept?[] concepts, int row, QName of)
    {
        foreach (var (total, terms) in relations)
        {
            if (concepts[total]?.Concept == of && terms.Contains((row, 1))) return total;
        }
        return -1;
    }

    /// <summary>Whether the row prints only negative or zero figures, at least one negative.</summary>
    public static bool InParentheses(int row, int columns, Func<int, int, decimal?> printed)
    {
        bool negative = false;
        for (int c = 0; c < columns; c++)
        {
            if (printed(row, c) is not { } v) continue;
            if (v > 0) return false;
            negative |= v < 0;
        }
        return negative;
    }

    /// <summary>
    /// In a total that adds its items as printed, a label naming only the direction opposite to the total's ("Gain on sale
    /// of equipment (400)" among operating expenses, "Loss on extinguishment of debt (300)" among other income) is printed
    /// by its effect on the total: its parentheses make it a gain (or a loss), not a negative one.
    /// </summary>
    private static bool AgainstItsTotal(string label, ConceptDefinition? total) => total?.Balance switch
    {
        BalanceType.Debit => NamesIncomeOnly(label),
        BalanceType.Credit => NamesCostOnly(label),
        _ => false,
    };

    /// <summary>Whether a label names income ("Interest income", "Gain on sale") and no cost or loss.</summary>
    public static bool NamesIncomeOnly(string label)
    {
        string l = LabelNormalizer.Normalize(label);
        return Income.Any(w => LabelWords.Holds(l, w)) && !Cost.Any(w => LabelWords.Holds(l, w));
    }

    /// <summary>Whether a label names a cost or loss ("Loss on extinguishment of debt") and no income.</summary>
    public static bool NamesCostOnly(string label)
    {
        string l = LabelNormalizer.Normalize(label);
        return Cost.Any(w => LabelWords.Holds(l, w)) && !Income.Any(w => LabelWords.Holds(l, w));
    }

    /// <summary>A label naming income, or both directions: its parentheses are its own negative value.</summary>
    private static bool ReadsAsPrinted(string label)
    {
        string l = LabelNormalizer.Normalize(label);
        bool income = Income.Any(w => LabelWords.Holds(l, w)), cost = Cost.Any(w => LabelWords.Holds(l, w));
        if (income) return true;
        // "Other, net": a net amount of both directions.
        return !cost && l.EndsWith(" net", StringComparison.Ordinal);
    }
}
