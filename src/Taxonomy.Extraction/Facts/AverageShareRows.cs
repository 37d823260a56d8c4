using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;
using Taxonomy.Extraction.Tables;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// An average share count that says neither basic nor diluted ("Average shares outstanding") is the share count the
/// table's per-share rows are computed on: when every per-share row of the table divides by the same weighted average
/// (the schema's <see cref="ConceptDefinition.PerShareOf"/>: basic earnings per share by the basic average), the row is
/// read as that average. With per-share rows of several kinds, or none, the row is left as printed.
/// </summary>
internal static class AverageShareRows
{
    /// <summary>The table with its unqualified average share rows read as the average its per-share rows divide by.</summary>
    public static StatementTable Apply(StatementTable table, LabelMatcher labels, StatementDefinition? statement)
    {
        if (statement is null) return table;
        var averages = Enumerable.Range(0, table.Rows.Count).Where(r => IsUnqualifiedAverage(table.Rows[r], labels, table.Kind)).ToList();
        if (averages.Count != 1) return table;
        var denominators = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            if (!row.HasLabel || row.Values.Count == 0) continue;
            if (labels.Match(row.Label!, table.Kind) is (LabelMatcher.Outcome.Matched, { Definition.PerShareOf: { } ratio }, _)) denominators.Add(ratio.Denominator);
        }
        if (denominators.Count != 1) return table;
        string name = denominators.Single();
        if (statement.Concepts.FirstOrDefault(c => c.PropertyName == name && c.DataType == ConceptDataType.Shares) is not { } average) return table;
        int r = averages[0];
        var printed = table.Rows[r];
        var rows = table.Rows.ToList();
        rows[r] = printed with { Label = average.Labels.Standard };
        var note = new RowNote(printed, $"Row '{printed.Label!.Trim()}' is read as '{average.Labels.Standard}': it says neither basic nor diluted, and the table's per-share amounts divide by that average.", false);
        return table with { Rows = rows, RowNotes = [.. table.RowNotes, note] };
    }

    private static bool IsUnqualifiedAverage(TableRow row, LabelMatcher labels, StatementKind kind)
    {
        if (!row.HasLabel || row.Values.Count == 0) return false;
        var words = LabelNormalizer.Normalize(row.Label!).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!words.Contains("average") || !words.Any(w => w is "shares" or "share") || words.Contains("per")) return false;
        if (words.Any(w => w is "basic" or "diluted" or "dilutive" or "dilution" or "assuming")) return false;
        return labels.Match(row.Label!, kind).Outcome == LabelMatcher.Outcome.None;
    }
}
