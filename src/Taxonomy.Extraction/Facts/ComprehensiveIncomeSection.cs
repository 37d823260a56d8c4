using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// The other comprehensive income section of a combined statement ("Statements of Operations and Comprehensive Income",
/// "Statement of Profit or Loss and Other Comprehensive Income"): printed after the net income, from the first line
/// naming comprehensive income to the last, and the lines under a caption naming it ("Total comprehensive income
/// attributable to:"). Its items are comprehensive income's own (other comprehensive income and its lines, comprehensive
/// income), no other income statement items: an "Income tax expense" there is the tax on other comprehensive income, a
/// "Non-controlling interests" line their share of comprehensive income. A line there whose label names an income
/// statement item is not reported as that item (a finding says so); lines that name none stay the extensions their
/// labels make.
/// </summary>
internal sealed class ComprehensiveIncomeSection : IRowConceptRewrite
{
    public void Apply(RowRewriteContext context)
    {
        if (context.Table.Table.Kind != StatementKind.IncomeStatement) return;
        var rows = context.Rows;
        int first = -1, last = -1;
        bool valuesAbove = false;
        for (int r = 0; r < rows.Count; r++)
        {
            if (first < 0 && rows[r].Values.Count > 0 && !NamesComprehensiveIncome(rows[r].Label)) valuesAbove = true;
            if (!valuesAbove || !NamesComprehensiveIncome(rows[r].Label)) continue;
            if (first < 0) first = r;
            last = r;
        }
        if (first < 0) return;
        // A caption opens a block of lines: one naming comprehensive income a block of the section, another one
        // ("Profit attributable to:", "Earnings per share:") a block outside it.
        bool inSection = true;
        for (int r = first; r < rows.Count; r++)
        {
            if (rows[r].Values.Count == 0)
            {
                if (rows[r].HasLabel && !rows[r].Label!.TrimStart().StartsWith('(')) inSection = NamesComprehensiveIncome(rows[r].Label);
                continue;
            }
            if (!inSection || (r > last && !NamesComprehensiveIncome(context.Caption(r)))) continue;
            // Per-share amounts and share counts are never comprehensive income items.
            if (context.Concepts[r] is not { IsExtension: false, DataType: not (ConceptDataType.PerShare or ConceptDataType.Shares) } concept || IsComprehensiveIncomeItem(concept.Concept)) continue;
            context.Concepts[r] = null;
            context.Settled.Add(r);
            context.ReportRow(r, $"is printed in the statement's comprehensive income section: it is not the income statement's {concept.Concept}; not reported");
        }
    }

    /// <summary>
    /// An item of comprehensive income itself (other comprehensive income, its components, comprehensive income): us-gaap
    /// names each "ComprehensiveIncome…" or "OtherComprehensiveIncome…".
    /// </summary>
    internal static bool IsComprehensiveIncomeItem(QName concept) =>
        concept.LocalName.StartsWith("ComprehensiveIncome", StringComparison.Ordinal) || concept.LocalName.StartsWith("OtherComprehensiveIncome", StringComparison.Ordinal);

    /// <summary>
    /// A label naming comprehensive income ("Other comprehensive income (loss), net of tax:", "Total comprehensive income"),
    /// not an accumulated balance, nor the net income of a company with no other comprehensive income that names both
    /// ("Net loss and comprehensive loss": one amount, printed where the net income is).
    /// </summary>
    internal static bool NamesComprehensiveIncome(string? label)
    {
        if (string.IsNullOrWhiteSpace(label) || label.IndexOf("omprehensive", StringComparison.OrdinalIgnoreCase) < 0) return false;
        string normalized = LabelNormalizer.Normalize(label);
        return LabelWords.Holds(normalized, "comprehensive") && !LabelWords.Holds(normalized, "accumulated") && !NamesNetIncomeAndComprehensiveIncome(normalized);
    }

    private static bool NamesNetIncomeAndComprehensiveIncome(string normalized) =>
        normalized.StartsWith("net ", StringComparison.Ordinal) && normalized.Contains(" and comprehensive ", StringComparison.Ordinal);
}
