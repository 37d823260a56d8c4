using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;
using Taxonomy.Extraction.Tables;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// An average share count that says neither basic nor diluted ("Average shares outstanding", "Shares used in computing net
/// loss per share") is the share count the table's per-share rows are computed on: when every per-share row of the table
/// divides by the same weighted average (the schema's <see cref="ConceptDefinition.PerShareOf"/>: basic earnings per share by the basic average), the row is
/// read as that average. With per-share rows of several kinds, or none, the row is left as printed, and a note says why.
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
        int r = averages[0];
        var printed = table.Rows[r];
        if (denominators.Count != 1 || statement.Concepts.FirstOrDefault(c => c.PropertyName == denominators.Single() && c.DataType == ConceptDataType.Shares) is not { } average)
        {
            string why = denominators.Count == 0
                ? table.Rows.Any(row => row.HasLabel && row.Values.Count > 0 && IsPerShareLabel(row.Label!)) ? "the labels of the table's per-share rows do not say which average they divide by"
                    : "the table prints no per-share amount it would be the count of"
                : denominators.Count > 1 ? "the table's per-share amounts divide by different averages (" + string.Join(", ", denominators.Order(StringComparer.Ordinal)) + ")"
                : "the statement has no share count for the average its per-share amounts divide by";
            var left = new RowNote(printed, $"Row '{printed.Label!.Trim()}' says neither basic nor diluted, and {why}: it is read as printed.", false);
            return table with { RowNotes = [.. table.RowNotes, left] };
        }
        var rows = table.Rows.ToList();
        rows[r] = printed with { Label = average.Labels.Standard };
        var note = new RowNote(printed, $"Row '{printed.Label!.Trim()}' is read as '{average.Labels.Standard}': it says neither basic nor diluted, and the table's per-share amounts divide by that average.", false);
        return table with { Rows = rows, RowNotes = [.. table.RowNotes, note] };
    }

    private static bool IsUnqualifiedAverage(TableRow row, LabelMatcher labels, StatementKind kind)
    {
        if (!row.HasLabel || row.Values.Count == 0) return false;
        var words = LabelNormalizer.Normalize(row.Label!).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!words.Any(w => w is "shares" or "share") || !((words.Contains("average") && !words.Contains("per")) || UsedPerShare(words))) return false;
        if (words.Any(w => w is "basic" or "diluted" or "dilutive" or "dilution" or "assuming")) return false;
        return labels.Match(row.Label!, kind).Outcome == LabelMatcher.Outcome.None;
    }

    private static bool IsPerShareLabel(string label)
    {
        var words = LabelNormalizer.Normalize(label).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int per = Array.IndexOf(words, "per");
        return per >= 0 && per + 1 < words.Length && words[per + 1] is "share" or "common" && !UsedPerShare(words);
    }

    /// <summary>
    /// "Shares used in computing net loss per share": the share count a per-share amount is computed on, which is the
    /// weighted average whether or not the label says so.
    /// </summary>
    private static bool UsedPerShare(string[] words)
    {
        int used = Array.FindIndex(words, 1, w => w == "used");
        return used > 0 && words[used - 1] is "shares" or "share" && Array.IndexOf(words, "per", used) > used;
    }
}
