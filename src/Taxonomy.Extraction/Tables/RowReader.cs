using Taxonomy.Extraction.Segmentation;

namespace Taxonomy.Extraction.Tables;

/// <summary>Reads a table line into a label and value slots, or into a second printing (a run of numbers in one cell).</summary>
internal static class RowReader
{
    public static (TableRow? Row, IReadOnlyList<NumberRun> Runs) Read(TextLine line)
    {
        string? label = null;
        int labelOffset = line.Offset;
        var slots = new List<ValueSlot>();
        var runs = new List<NumberRun>();
        bool lastWasDebris = false;
        int percents = 0;
        var cells = line.Cells;
        for (int k = 0; k < cells.Count; k++)
        {
            var cell = cells[k];
            string text = cell.Clean;
            if (cell.IsDebris)
            {
                if (!lastWasDebris) slots.Add(new ValueSlot(null, Lost: true, cell.Offset, cell.Raw));
                lastWasDebris = true;
                continue;
            }
            if (text.Length == 0 || text == "$") continue;
            lastWasDebris = false;
            int cleanOffset = cell.Offset + Math.Max(0, cell.Raw.IndexOf(text.Length > 0 ? text[0] : ' '));
            if (IsPercent(text))
            {
                percents++;
                if (text.EndsWith('%') && NextFilled(cells, k) is { } close && cells[close].Clean == ")") k = close;
                continue;
            }
            // A negative amount whose opening parenthesis is a cell of its own: "(" then "517" then ")" (or "517)").
            // Read apart, the amount would lose its sign.
            if (text is "(" or "$(" or "($" && NextFilled(cells, k) is { } inside && !cells[inside].Clean.Contains('('))
            {
                string inner = cells[inside].Clean;
                int? last = inner.EndsWith(')') ? inside : NextFilled(cells, inside) is { } c && cells[c].Clean is ")" or ")%" or ") %" ? c : null;
                if (last is { } end)
                {
                    if ((end != inside && cells[end].Clean != ")") || inner.TrimEnd(')').EndsWith('%')) { percents++; k = end; continue; }
                    if (NumberParser.ParseSingle("(" + inner.TrimEnd(')') + ")", cleanOffset) is { } joined)
                    {
                        slots.Add(new ValueSlot(joined, false, joined.Offset, joined.Text));
                        k = end;
                        continue;
                    }
                }
            }
            // A negative amount whose closing parenthesis the conversion put in a cell of its own: "(517" then ")".
            if (text.Contains('(') && !text.Contains(')') && NextFilled(cells, k) is { } paren && cells[paren].Clean.StartsWith(')'))
            {
                if (cells[paren].Clean == ")%" || cells[paren].Clean == ") %") { percents++; k = paren; continue; }
                if (cells[paren].Clean == ")" && NumberParser.ParseSingle(text + ")", cleanOffset) is { } joined)
                {
                    slots.Add(new ValueSlot(joined, false, joined.Offset, joined.Text));
                    k = paren;
                    continue;
                }
            }
            // "($000)" is the table's scale, not a negative nil amount.
            if (text.Contains("000", StringComparison.Ordinal) && Periods.ScalePhrase.Whole(text) is not null) continue;
            if (NumberParser.ParseSingle(text, cleanOffset) is { } number)
            {
                // A number followed by a lone percent sign is a percentage, not an amount.
                if (NextFilled(cells, k) is { } sign && cells[sign].Clean is "%" or ")%" or ") %")
                {
                    percents++;
                    k = sign;
                    continue;
                }
                slots.Add(new ValueSlot(number, false, number.Offset, number.Text));
                continue;
            }
            // A figure with a footnote marker after it ("132.0*", "191.0 (a)", "45.2†") is the figure.
            if (WithoutMarker(text) is { } bare && NumberParser.ParseSingle(bare, cleanOffset) is { } marked)
            {
                slots.Add(new ValueSlot(marked, false, marked.Offset, marked.Text));
                continue;
            }
            if (NilDash.Is(text))
            {
                slots.Add(new ValueSlot(null, false, cleanOffset, text));
                continue;
            }
            if (NumberParser.ParseRun(text, cleanOffset, allowSpaceGroups: false) is { Count: >= 3 } run)
            {
                runs.Add(new NumberRun(line, run));
                continue;
            }
            // Figures after the label that read as no number keep their column as a lost value: the next value must not
            // slide into it (a quarter's amount reported as the year-ago column's).
            if (label is not null && !cell.HasLetters && text.Any(char.IsAsciiDigit))
            {
                slots.Add(new ValueSlot(null, Lost: true, cleanOffset, text));
                continue;
            }
            if (cell.HasLetters && slots.Count == 0 && label is null)
            {
                label = FootnoteMarker.Strip(text);
                labelOffset = cell.Offset;
            }
        }
        if (runs.Count > 0) return (null, runs);
        // Debris after the last number says nothing about a lost column. Figures that read as no number ("(20,000" whose
        // parenthesis is never closed) are the row's values, lost, and stay so that a finding says so; decimal-comma
        // figures have a finding of their own (DecimalCommas).
        while (slots.Count > 0 && slots[^1].Lost && !IsUnreadFigure(slots[^1].Text)) slots.RemoveAt(slots.Count - 1);
        return (new TableRow(line, label, labelOffset, slots) { SkippedPercents = percents }, []);
    }

    private static bool IsUnreadFigure(string text) => text.AsSpan().ContainsAnyInRange('0', '9') && DecimalCommas.Count(text) == 0;

    /// <summary>
    /// The figure without a footnote marker printed after it: a run of "*", "†", "‡", "§", or one letter or digit in
    /// parentheses ("(a)", "(1)"); null when there is none.
    /// </summary>
    private static string? WithoutMarker(string text)
    {
        string t = text.TrimEnd();
        string bare = t.TrimEnd(MarkerSigns).TrimEnd();
        if (bare.Length < t.Length) return bare.Length > 0 ? bare : null;
        if (t.Length >= 4 && t[^1] == ')' && t[^3] == '(' && char.IsAsciiLetterOrDigit(t[^2]) && t[^4] == ' ') return t[..^3].TrimEnd();
        return null;
    }

    private static readonly char[] MarkerSigns = ['*', '\u2020', '\u2021', '\u00A7'];

    /// <summary>A percentage printed in one cell ("33%", "(4%", "12.5 %"): a ratio or change column, never an amount.</summary>
    internal static bool IsPercent(string text)
    {
        string t = text.Replace(" ", "", StringComparison.Ordinal).TrimEnd(')');
        if (!t.EndsWith('%') || t.Length < 2) return false;
        string digits = t.TrimStart(PercentOpeners)[..^1];
        return digits.Length > 0 && digits.All(c => char.IsAsciiDigit(c) || c is '.' or ',');
    }

    private static readonly char[] PercentOpeners = ['(', '-', '\u2212', '\u2013', '+'];

    private static int? NextFilled(IReadOnlyList<Cell> cells, int k)
    {
        for (int j = k + 1; j < cells.Count; j++)
        {
            if (cells[j].Clean.Length > 0) return j;
        }
        return null;
    }
}
