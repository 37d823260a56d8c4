using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;
using Taxonomy.Extraction.Tables;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// Rows that print a figure excluding one-time or special items (a non-GAAP measure) beside the figure as reported:
/// <list type="bullet">
/// <item>the non-GAAP row is not reported ("Net income - excluding one-time items");</item>
/// <item>the rows printed above it that add up to it, and that name no line item themselves (business lines, a bare
/// "Total"), are parts of that figure and are not reported either; of those that name one, the first is the GAAP figure
/// the reconciliation starts from and is reported, the others are its adjustments (a REIT's funds from operations adds
/// back real estate depreciation and takes off gains on sales) and are not;</item>
/// <item>an "As reported" row is the GAAP figure of the item named by the non-GAAP row above it ("Net income - excluding
/// …" then "- As reported") or by the caption the pair is printed under ("Basic earnings per share:"), and is read under
/// that item's name.</item>
/// </list>
/// </summary>
internal static class NonGaapRows
{
    private static readonly string[] Excluding = ["excluding", "excludes", "exclusive of", "ex"];

    private static readonly string[] OneTime = ["one time", "special", "unusual", "nonrecurring", "non recurring", "certain", "significant", "notable"];

    private static readonly string[] AsReported = ["as reported", "reported", "gaap", "as reported gaap", "reported gaap", "gaap as reported", "gaap basis"];

    /// <summary>The table with its non-GAAP rows taken out and its as-reported rows named, and a note for each.</summary>
    public static StatementTable Apply(StatementTable table, LabelMatcher labels)
    {
        var rows = table.Rows;
        if (!rows.Any(r => r.HasLabel && r.Values.Count > 0 && IsNonGaap(Clean(r.Label!)))) return table;
        var notes = new List<RowNote>(table.RowNotes);
        var skipped = new HashSet<int>();
        var renamed = new Dictionary<int, string>();
        for (int r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            if (!row.HasLabel || row.Values.Count == 0) continue;
            string label = Clean(row.Label!);
            if (IsNonGaap(label))
            {
                skipped.Add(r);
                notes.Add(new RowNote(row, IsFundsFromOperations(label)
                    ? $"Row '{row.Label!.Trim()}' prints funds from operations (a non-GAAP measure reconciled from net income), not a GAAP line item; not reported."
                    : $"Row '{row.Label!.Trim()}' prints a figure that excludes one-time or special items (a non-GAAP measure), not a GAAP line item; not reported.", true));
                var parts = Parts(rows, r);
                for (int k = 0; k < parts.Count; k++)
                {
                    int part = parts[k];
                    if (skipped.Contains(part)) continue;
                    if (labels.Match(Clean(rows[part].Label!), table.Kind).Outcome != LabelMatcher.Outcome.None)
                    {
                        // The first row is the GAAP figure the reconciliation starts from; a named row below it is an
                        // adjustment, printed with the reconciliation's sign and often only a part of the line item
                        // (real estate depreciation of all depreciation), never the statement's figure.
                        if (k == 0) continue;
                        skipped.Add(part);
                        notes.Add(new RowNote(rows[part], $"Row '{rows[part].Label!.Trim()}' is an adjustment in the reconciliation to '{row.Label!.Trim()}' (a non-GAAP figure), printed with that reconciliation's sign; not reported.", true));
                        continue;
                    }
                    skipped.Add(part);
                    notes.Add(new RowNote(rows[part], $"Row '{rows[part].Label!.Trim()}' is a part of '{row.Label!.Trim()}' (the rows above it add up to that non-GAAP figure), not a consolidated line item; not reported.", true));
                }
                continue;
            }
            if (!AsReported.Contains(LabelNormalizer.Normalize(label), StringComparer.Ordinal)) continue;
            if (Subject(rows, r) is { } subject)
            {
                renamed[r] = subject;
                notes.Add(new RowNote(row, $"Row '{row.Label!.Trim()}' is read as '{subject}' as reported: the GAAP figure of the item the non-GAAP row beside it adjusts.", false));
            }
        }
        var kept = new List<TableRow>(rows.Count);
        for (int r = 0; r < rows.Count; r++)
        {
            if (skipped.Contains(r)) continue;
            kept.Add(renamed.TryGetValue(r, out var subject) ? rows[r] with { Label = subject } : rows[r]);
        }
        return table with { Rows = kept, RowNotes = notes };
    }

    /// <summary>True when a cleaned label names a figure excluding one-time or special items, or calls itself non-GAAP or adjusted.</summary>
    internal static bool IsNonGaap(string label)
    {
        string n = LabelNormalizer.Normalize(label);
        if (LabelWords.Holds(n, "non gaap") || LabelWords.StartsWith(n, "adjusted") || LabelWords.Holds(n, "pro forma")) return true;
        if (IsFundsFromOperations(label)) return true;
        foreach (string e in Excluding)
        {
            if (!LabelWords.Holds(n, e)) continue;
            foreach (string o in OneTime)
            {
                if (LabelWords.Holds(n, o)) return true;
            }
            return false;
        }
        return false;
    }

    /// <summary>True when a label names a REIT's funds from operations (FFO, core FFO, AFFO), a non-GAAP measure reconciled from net income.</summary>
    internal static bool IsFundsFromOperations(string label)
    {
        string n = LabelNormalizer.Normalize(label);
        return LabelWords.Holds(n, "funds from operations") || LabelWords.Holds(n, "ffo") || LabelWords.Holds(n, "affo");
    }

    /// <summary>
    /// The label without list marks and note references: leading dashes and bullets ("- - As reported"), trailing
    /// "(See Notes)", "(Note 2)", "(a)", and a trailing dash or colon ("Basic earnings per share-").
    /// </summary>
    internal static string Clean(string label)
    {
        string s = label.Trim();
        string before;
        do
        {
            before = s;
            s = s.TrimStart(LeadingMarks);
            s = s.TrimEnd(TrailingMarks);
            if (s.EndsWith(')') && s.LastIndexOf('(') is var open and > 0 && IsNoteReference(s.AsSpan(open + 1, s.Length - open - 2))) s = s[..open];
        }
        while (s != before);
        return s;
    }

    private static readonly char[] LeadingMarks = ['-', '\u2013', '\u2014', '*', '\u2022', ' '];
    private static readonly char[] TrailingMarks = ['-', '\u2013', '\u2014', ':', ',', ' '];
    private static readonly char[] HeadEnds = [' ', '-', '\u2013', '\u2014', ',', '('];

    private static bool IsNoteReference(ReadOnlySpan<char> inside)
    {
        var words = LabelNormalizer.Normalize(inside).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return false;
        if (words.Length == 1 && words[0].Length <= 2) return true; // "(a)", "(1)"
        return words[0] is "see" or "note" or "notes" && words.Length <= 3;
    }

    /// <summary>
    /// The rows printed right above a non-GAAP total (back to the first caption) when they add up to it in every column,
    /// subtotals aside ("Total" of the rows before it); empty when they do not.
    /// </summary>
    private static List<int> Parts(IReadOnlyList<TableRow> rows, int total)
    {
        int columns = rows[total].Values.Count;
        int first = total;
        while (first > 0 && rows[first - 1] is { HasLabel: true } above && above.Values.Count == columns && !IsNonGaap(Clean(above.Label!))) first--;
        if (total - first < 2 || Amounts(rows[total]) is not { } target) return [];
        var sum = new decimal[columns];
        int leaves = 0;
        for (int r = first; r < total; r++)
        {
            if (Amounts(rows[r]) is not { } amounts) return [];
            if (leaves >= 2 && amounts.SequenceEqual(sum)) continue; // a subtotal of the rows before it
            for (int c = 0; c < columns; c++) sum[c] += amounts[c];
            leaves++;
        }
        return sum.SequenceEqual(target) ? Enumerable.Range(first, total - first).ToList() : [];
    }

    private static decimal[]? Amounts(TableRow row)
    {
        var amounts = new decimal[row.Values.Count];
        for (int c = 0; c < amounts.Length; c++)
        {
            var slot = row.Values[c];
            if (slot.Lost || slot.Number is { IsSuspect: true }) return null;
            amounts[c] = slot.Number?.Value ?? 0m;
        }
        return amounts;
    }

    /// <summary>
    /// The item an as-reported row reports: the head of the non-GAAP row right above it ("Net income" of "Net income -
    /// excluding one-time items"), else the caption above the pair.
    /// </summary>
    private static string? Subject(IReadOnlyList<TableRow> rows, int asReported)
    {
        for (int r = asReported - 1; r >= 0; r--)
        {
            var row = rows[r];
            if (!row.HasLabel) return null;
            string label = Clean(row.Label!);
            if (row.Values.Count == 0)
            {
                // The caption of the pair; a parenthesized line is a scale or a note, not a caption.
                return label.Length > 0 && !label.StartsWith('(') && label.Any(char.IsLetter) ? label : null;
            }
            if (!IsNonGaap(label)) return null;
            if (Head(label) is { } head) return head;
        }
        return null;
    }

    /// <summary>The item a non-GAAP label adjusts, printed before its qualifier ("Net income" of "Net income - excluding one-time items"), or null.</summary>
    private static string? Head(string label)
    {
        int cut = -1;
        foreach (string word in new[] { "excluding", "excludes", "exclusive of", "non-gaap", "non gaap" })
        {
            int at = label.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at > 0 && (cut < 0 || at < cut)) cut = at;
        }
        if (cut <= 0) return null;
        string head = label[..cut].TrimEnd(HeadEnds);
        return head.Any(char.IsLetter) ? head : null;
    }
}
