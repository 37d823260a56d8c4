using System.Globalization;
using System.Text.RegularExpressions;
using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;
using Taxonomy.Extraction.Periods;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// Amounts printed inside a balance-sheet row's label: "less allowances of $62 and $55, respectively",
/// "1,000,000 shares authorized; 420,000 and 410,000 shares issued and outstanding, respectively",
/// "issued and outstanding; 50,100 shares at June 30, 2025 ...", "$0.01 par value per share". One number applies to
/// every column unless a date follows it; several apply to the columns in order when the label says "respectively" or
/// lists exactly one per column ("4,100 and 4,050 shares issued"); a number followed by "at", "as of" or "on" and a date
/// applies to that date's column only (a date cut short places it nowhere); otherwise they stay unplaced. A class-by-class breakdown in parentheses ("(Class A 2,000, Class B 500)") is not a total and is skipped.
/// Share counts carry the table's share scale (whole shares when the heading excepts them); allowances the monetary
/// scale; a par value is printed in dollars per share.
/// </summary>
internal static partial class LabelAmounts
{
    // No look-behind (NonBacktracking has none): a number glued to a digit, '.' or ',' before it is dropped in AfterSeparator.
    [GeneratedRegex(@"(\$\s*)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(\s+shares)?", Patterns.NonBacktracking)]
    private static partial Regex NumberPattern();

    // "shares outstanding: 1997, 6,900; 1996, 6,800": a year, then the number of the column ending in that year.
    [GeneratedRegex(@"\b((?:19|20)\d\d)\s*[,:]\s*\d", Patterns.Timed, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex YearKey();

    private static bool AfterSeparator(string text, int index) => index > 0 && (char.IsAsciiDigit(text[index - 1]) || text[index - 1] is '.' or ',');

    /// <summary>One amount found in a label: the concept, the column it belongs to, its value and where it is printed.</summary>
    /// <remarks><see cref="ImpliedScale"/>: a share count read in a scale the heading implies but does not state for share counts (the printed count is <see cref="Printed"/>).</remarks>
    public sealed record Amount(RowConcept Concept, int Column, decimal Value, Decimals Decimals, int Offset, int Length, string Text)
    {
        public bool ImpliedScale { get; init; }

        public decimal Printed { get; init; }
    }

    /// <summary>What a label holds: the amounts placed in columns, and a note for each group of numbers that could not be placed.</summary>
    public sealed record Reading(List<Amount> Amounts, List<string> Unplaced);

    public static Reading Read(string label, StatementKind kind, LabelMatcher labels, IReadOnlyList<ColumnPeriod> columns, TableScale scale)
    {
        var result = new List<Amount>();
        var unplaced = new List<string>();
        if (LabelMatcher.QualifiedHead(label) is not { } head) return new Reading(result, unplaced);
        string subject = head.ToLowerInvariant().Contains("preferred", StringComparison.Ordinal) ? "Preferred stock" : "Common stock";
        int start = head.Length;
        string masked = ClassBreakdowns.Mask(label);
        if (ParValues.Read(masked, start) is { } par && labels.Match(subject + ", par value per share", kind) is (LabelMatcher.Outcome.Matched, { } parConcept, _))
        {
            for (int c = 0; c < columns.Count; c++) result.Add(new Amount(parConcept, c, par.Value, par.Decimals, par.Offset, par.Length, label.Substring(par.Offset, par.Length)));
        }
        string? verb = null;
        foreach (var (clause, offset) in Clauses(masked, start))
        {
            string lower = clause.ToLowerInvariant();
            string[] verbs = Verbs(lower);
            if (verbs.Length > 0) verb = string.Join(",", verbs);
            bool allowance = lower.Contains("allowance", StringComparison.Ordinal);
            var dates = DateMention.FindAll(clause);
            var yearKeys = YearKey().Matches(clause).Where(k => !dates.Any(d => k.Index < d.Offset + d.Length && d.Offset < k.Index + k.Groups[1].Length)).ToList();
            var candidates = NumberPattern().Matches(clause)
                .Where(m => !AfterSeparator(clause, m.Index))
                .Where(m => !dates.Any(d => m.Index < d.Offset + d.Length && d.Offset < m.Index + m.Length))
                .Where(m => !yearKeys.Any(k => k.Index == m.Index))
                .Where(m => allowance ? m.Groups[1].Success : !m.Groups[1].Success)
                .Where(m => PrintedNumber(m) is not null)
                .ToList();
            var numbers = allowance ? candidates : Counts(clause, candidates);
            if (!allowance && !lower.Contains("shares", StringComparison.Ordinal) && (yearKeys.Count == 0 || verb is null)) continue;
            if (numbers.Count == 0) continue;
            var targets = allowance ? ["Allowances"] : (verbs.Length > 0 ? verbs : verb?.Split(',') ?? []).Select(v => subject + ", shares " + v).ToArray();
            var placed = yearKeys.Count > 0
                ? ByYear(clause, numbers, yearKeys, columns)
                : Place(clause, numbers, columns, lower.Contains("respectively", StringComparison.Ordinal) || label.Contains("respectively", StringComparison.OrdinalIgnoreCase));
            if (placed is null)
            {
                unplaced.Add($"{string.Join(", ", numbers.Select(m => m.Value.Trim()))} in '{clause.Trim()}' do not say which of the {columns.Count} columns each belongs to");
                continue;
            }
            foreach (string target in targets)
            {
                if (labels.Match(target, kind) is not (LabelMatcher.Outcome.Matched, { } concept, _)) continue;
                foreach (var (m, column) in placed)
                {
                    decimal printed = PrintedNumber(m)!.Value;
                    var (value, decimals) = CellValues.Scale(printed, 0, allowance ? scale.MonetaryPower : scale.SharesPower);
                    int shown = Shown(label.Substring(offset + m.Index, m.Length));
                    result.Add(new Amount(concept, column, value, decimals, offset + m.Index, shown, label.Substring(offset + m.Index, shown))
                    {
                        ImpliedScale = !allowance && scale.SharesPower > 0 && !scale.SharesStated,
                        Printed = printed,
                    });
                }
            }
        }
        return new Reading(result, unplaced);
    }

    /// <summary>The number a match prints, or null when it has more digits than a decimal holds (then it is no amount).</summary>
    private static decimal? PrintedNumber(Match m) =>
        decimal.TryParse(m.Groups[2].ValueSpan, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal value) ? value : null;

    /// <summary>
    /// The share counts among a clause's numbers: those printed with " shares" or with thousands separators, and a
    /// plain number listed before one of them ("298 and 294 shares"), which belongs to the same list.
    /// </summary>
    private static List<Match> Counts(string clause, List<Match> candidates)
    {
        var counts = new bool[candidates.Count];
        for (int i = candidates.Count - 1; i >= 0; i--)
        {
            var m = candidates[i];
            counts[i] = m.Groups[3].Success || m.Groups[2].Value.Contains(',', StringComparison.Ordinal)
                || (i + 1 < candidates.Count && counts[i + 1] && Joined(clause, m, candidates[i + 1]));
        }
        return candidates.Where((_, i) => counts[i]).ToList();
    }

    private static bool Joined(string clause, Match first, Match next) =>
        clause[(first.Index + first.Length)..next.Index].Replace(",", " ", StringComparison.Ordinal).Trim() is "and" or "";

    /// <summary>The length of a number's printing up to a class breakdown that follows it ("12,000 (Class A ...) shares" shows "12,000").</summary>
    private static int Shown(string printed)
    {
        int breakdown = printed.IndexOf('(', StringComparison.Ordinal);
        return breakdown < 0 ? printed.Length : printed[..breakdown].TrimEnd().Length;
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
        // A number keyed to a date ("50,100 shares at June 30, 2025") belongs to that date's column only, even alone; one
        // whose date is cut short ("… shares at June" where a line broke) belongs to none that can be named.
        bool keyed = numbers.Any(m => KeyedToDate(clause[(m.Index + m.Length)..]));
        if (numbers.Count == 1 && !keyed) return Enumerable.Range(0, columns.Count).Select(c => (numbers[0], c)).ToList();
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
        if (keyed) return null;
        return (respectively || Listed(clause, numbers)) && numbers.Count == columns.Count ? numbers.Select((m, i) => (m, i)).ToList() : null;
    }

    /// <summary>True when the text after a number starts with "at", "as of" or "on" and a month: the number is of that date.</summary>
    private static bool KeyedToDate(string after)
    {
        var rest = after.AsSpan().TrimStart();
        foreach (string preposition in (ReadOnlySpan<string>)["at ", "as of ", "on "])
        {
            if (!rest.StartsWith(preposition, StringComparison.OrdinalIgnoreCase)) continue;
            var word = rest[preposition.Length..].TrimStart();
            int end = 0;
            while (end < word.Length && char.IsAsciiLetter(word[end])) end++;
            string month = word[..end].ToString();
            foreach (string spelling in DateMention.MonthSpellings)
            {
                if (month.Equals(spelling, StringComparison.OrdinalIgnoreCase)) return true;
            }
        }
        return false;
    }

    /// <summary>Each number placed in the one column whose instant falls in the year printed before it, or null when any number has no such year or column.</summary>
    private static List<(Match Number, int Column)>? ByYear(string clause, List<Match> numbers, List<Match> yearKeys, IReadOnlyList<ColumnPeriod> columns)
    {
        var placed = new List<(Match, int)>();
        foreach (var m in numbers)
        {
            var key = yearKeys.FirstOrDefault(k => k.Index + k.Length - 1 == m.Index);
            if (key is null) return null;
            // \d also matches other scripts' digits, which key no column here.
            if (!int.TryParse(key.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out int year)) return null;
            var matching = Enumerable.Range(0, columns.Count).Where(c => columns[c].Period is { IsInstant: true } p && p.End.Year == year).ToList();
            if (matching.Count != 1) return null;
            placed.Add((m, matching[0]));
        }
        return placed;
    }

    /// <summary>Numbers printed as one list ("4,100 and 4,050", "3, 2 and 1"): only commas, "and" and spaces between them.</summary>
    private static bool Listed(string clause, List<Match> numbers)
    {
        for (int i = 1; i < numbers.Count; i++)
        {
            if (!Joined(clause, numbers[i - 1], numbers[i])) return false;
        }
        return true;
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
