using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;

namespace Taxonomy.Extraction.Tables;

/// <summary>
/// Balances averaged over a period, as banks print them beside their statements: a section captioned "Average
/// balances:" in a highlights table, or rows such as "Average loans" and "Average total assets" (the word "average"
/// before a balance-sheet line item). An average is no balance at the period's end, nor an amount for the period, so
/// such rows are not reported, each with a note. Other averages (share counts, prices, rates) are left as printed.
/// </summary>
internal static class AverageBalanceRows
{
    /// <summary>True when a normalized text padded with spaces names average balances ("average balance sheets", "average balances").</summary>
    internal static bool NamesAverageBalances(string padded) =>
        (padded.Contains(" average ", StringComparison.Ordinal) || padded.Contains(" averages ", StringComparison.Ordinal))
        && (padded.Contains(" balance ", StringComparison.Ordinal) || padded.Contains(" balances ", StringComparison.Ordinal));

    /// <summary>The table without its average-balance rows, and a note for each row taken out.</summary>
    public static StatementTable Apply(StatementTable table, LabelMatcher labels)
    {
        var rows = table.Rows;
        List<TableRow>? kept = null;
        List<RowNote>? notes = null;
        string? section = null;
        for (int r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            string label = row.HasLabel ? row.Label!.Trim() : "";
            // A caption opens a section; one naming average balances holds them down to the next caption.
            if (row.HasLabel && row.Values.Count == 0) section = NamesAverageBalances(Padded(label)) ? label.TrimEnd(':').Trim() : null;
            string? why = row.Values.Count == 0 ? null
                : section is not null ? $"printed under '{section}'"
                : row.HasLabel && AveragedItem(label, labels) is { } item ? $"the average of {item}"
                : null;
            if (why is null)
            {
                kept?.Add(row);
                continue;
            }
            kept ??= rows.Take(r).ToList();
            notes ??= [.. table.RowNotes];
            notes.Add(new RowNote(row, $"Row '{(row.HasLabel ? label : "(no label)")}' is {why}: a balance averaged over the period, not a balance at its end nor an amount for the period; not reported.", true));
        }
        return kept is null ? table : table with { Rows = kept, RowNotes = notes! };
    }

    private static string Padded(string label) => " " + LabelNormalizer.Normalize(label) + " ";

    /// <summary>The balance-sheet line item a label averages ("Average total assets": Assets), or null.</summary>
    private static string? AveragedItem(string label, LabelMatcher labels)
    {
        string normalized = LabelNormalizer.Normalize(label);
        if (!normalized.StartsWith("average ", StringComparison.Ordinal)) return null;
        string rest = normalized["average ".Length..];
        // A monetary item only: "Average shares outstanding" is the weighted average the statements report.
        return labels.Match(rest, StatementKind.BalanceSheet) is (LabelMatcher.Outcome.Matched, { DataType: ConceptDataType.Monetary } concept, _) ? concept.Concept.ToString() : null;
    }
}
