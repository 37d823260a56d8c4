using System.Globalization;
using System.Text.RegularExpressions;
using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;
using Taxonomy.Extraction.Periods;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// Amounts printed inside a balance-sheet row's label: "less allowances of $62 and $55, respectively",
/// "1,000,000 shares authorized; 420,000 and 410,000 shares issued and outstanding, respectively",
/// "issued and outstanding; 50,100 shares at June 30, 2025 ...". One number applies to every column; several apply
/// to the columns in order when the label says "respectively", or each to the column of the date printed after it.
/// Share counts are printed in whole shares; allowances in the table's scale.
/// </summary>
internal static partial class LabelAmounts
{
    // No look-behind (NonBacktracking has none): a number glued to a digit, '.' or ',' before it is dropped in AfterSeparator.
    [GeneratedRegex(@"(\$\s*)?(\d[\d,]*(?:\.\d+)?)(\s+shares)?", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex NumberPattern();

    private static bool AfterSeparator(string text, int index) => index > 0 && (char.IsAsciiDigit(text[index - 1]) || text[index - 1] is '.' or ',');

    /// <summary>One amount found in a label: the concept, the column it belongs to, its value and where it is printed.</summary>
    public sealed record Amount(RowConcept Concept, int Column, decimal Value, Decimals Decimals, int Offset, int Length, string Text);

    public static List<Amount> Read(string label, StatementKind kind, LabelMatcher labels, IReadOnlyList<ColumnPeriod> columns, TableScale scale)
    {
        var result = new List<Amount>();
        if (LabelMatcher.QualifiedHead(label) is not { } head) return result;
        string subject = head.ToLowerInvariant().Contains("preferred", StringComparison.Ordinal) ? "Preferred stock" : "Common stock";
        int start = head.Length;
        string? verb = null;
        foreach (var (clause, offset) in Clauses(label, start))
        {
            string lower = clause.ToLowerInvariant();
            string[] verbs = Verbs(lower);
            if (verbs.Length > 0) verb = string.Join(",", verbs);
            bool allowance = lower.Contains("allowance", StringComparison.Ordinal);
            var dates = DateMention.FindAll(clause);
            var numbers = NumberPattern().Matches(clause)
                .Where(m => !AfterSeparator(clause, m.Index))
                .Where(m => !dates.Any(d => m.Index < d.Offset + d.Length && d.Offset < m.Index + m.Length))
                .Where(m => allowance ? m.Groups[1].Success : !m.Groups[1].Success && (m.Groups[3].Success || m.Groups[2].Value.Contains(',')))
                .ToList();
            if (!allowance && !lower.Contains("shares", StringComparison.Ordinal)) continue;
            if (numbers.Count == 0) continue;
            var targets = allowance ? ["Allowances"] : (verbs.Length > 0 ? verbs : verb?.Split(',') ?? []).Select(v => subject + ", shares " + v).ToArray();
            var placed = Place(clause, numbers, columns, lower.Contains("respectively", StringComparison.Ordinal) || label.Contains("respectively", StringComparison.OrdinalIgnoreCase));
            if (placed is null) continue;
            foreach (string target in targets)
            {
                if (labels.Match(target, kind) is not (LabelMatcher.Outcome.Matched, { } concept, _)) continue;
                foreach (var (m, column) in placed)
                {
                    decimal printed = decimal.Parse(m.Groups[2].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);
                    var (value, decimals) = allowance ? CellValues.Scale(printed, 0, scale.MonetaryPower) : (printed, Decimals.Of(0));
                    result.Add(new Amount(concept, column, value, decimals, offset + m.Index, m.Length, m.Value));
                }
            }
        }
        return result;
    }

    private static string[] Verbs(string clause)
    {
        var verbs = new List<string>();
        if (clause.Contains("authorized", StringComparison.Ordinal)) verbs.Add("authorized");
        if (clause.Contains("issued", StringComparison.Ordinal)) verbs.Add("issued");
        if (clause.Contains("outstanding", StringComparison.Ordinal)) verbs.Add("outstanding");
        return [.. verbs];
    }

    /// <summary>The columns the numbers of a clause belong to, or null when the clause does not say.</summary>
    private static List<(Match Number, int Column)>? Place(string clause, List<Match> numbers, IReadOnlyList<ColumnPeriod> columns, bool respectively)
    {
        if (numbers.Count == 1) return Enumerable.Range(0, columns.Count).Select(c => (numbers[0], c)).ToList();
        // "... shares at June 30, 2025": the date names the column.
        var dated = new List<(Match, int)>();
        foreach (var m in numbers)
        {
            string after = clause[(m.Index + m.Length)..];
            var date = DateMention.FindAll(after).FirstOrDefault();
            int column = date?.Date is { } d && after[..date.Offset].Trim() is "at" or "as of" or "on"
                ? Enumerable.Range(0, columns.Count).FirstOrDefault(c => columns[c].Period is { IsInstant: true } p && p.End == d, -1)
                : -1;
            if (column < 0) { dated.Clear(); break; }
            dated.Add((m, column));
        }
        if (dated.Count == numbers.Count) return dated;
        return respectively && numbers.Count == columns.Count ? numbers.Select((m, i) => (m, i)).ToList() : null;
    }

    private static IEnumerable<(string Clause, int Offset)> Clauses(string label, int start)
    {
        int from = start;
        for (int i = start; i <= label.Length; i++)
        {
            if (i < label.Length && label[i] != ';') continue;
            if (i > from) yield return (label[from..i], from);
            from = i + 1;
        }
    }
}
