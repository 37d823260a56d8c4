namespace Taxonomy.Extraction.Formats;

/// <summary>
/// Splits a line of PDF text whose cells are separated by single spaces (<c>Net sales $ 1,204 $ 998 5 %</c>) into a label and
/// one cell per value: the values are the run of numbers (with their <c>$</c>, parentheses, a following <c>%</c>) and nil dashes
/// that ends the line.
/// </summary>
/// <remarks>
/// A line is split only when its trailing run holds at least two values, one of them a number (<c>— 595</c>), so that running text ending in one number, a date
/// (<c>June 30, 2024</c>: <c>30,</c> is no number) or a single page number stays whole. A number attached to a <c>%</c> stays a
/// percent cell (<c>5 %</c>), which the table reader does not take for an amount. A bare year first in the run
/// (<c>Notes due 2031 1,250 1,250</c>) stays in the label when the other amounts carry thousands separators, and so does a
/// year that completes the label's date (<c>… shares at October 28, 2023 508 504</c>).
/// </remarks>
internal static class SpacedCells
{
    private const int MaxLabelWords = 40;

    /// <summary>The line as TAB-separated cells, or null when it does not end in a run of at least two values.</summary>
    public static string? Split(string line)
    {
        if (line.Contains('\t', StringComparison.Ordinal)) return null;
        // Only a line whose last token may be a value can end in a run of values: most lines of prose end otherwise.
        var end = line.AsSpan().TrimEnd(' ');
        if (end.Length == 0 || !(char.IsDigit(end[^1]) || end[^1] is ')' or '%' or '-' or '\u2013' or '\u2014')) return null;
        string[] tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var values = new List<string>();
        int numbers = 0;
        int k = tokens.Length;
        while (k > 0)
        {
            string token = tokens[k - 1];
            if (token == "%" && k >= 2 && IsNumber(tokens[k - 2]))
            {
                values.Add(tokens[k - 2] + " %");
                numbers++;
                k -= 2;
                continue;
            }
            if (IsNumber(token))
            {
                bool dollar = k >= 2 && tokens[k - 2] == "$";
                values.Add(dollar ? "$ " + token : token);
                numbers++;
                k -= dollar ? 2 : 1;
                continue;
            }
            if (Tables.NilDash.Is(token))
            {
                bool dollar = k >= 2 && tokens[k - 2] == "$";
                values.Add(token);
                k -= dollar ? 2 : 1;
                continue;
            }
            break;
        }
        values.Reverse();
        if (k > 0 && values.Count > 0 && IsBareYear(values[0])
            && ((values.Count >= 3 && values.Skip(1).Any(v => v.Contains(',', StringComparison.Ordinal))) || EndsWithMonthDay(tokens, k)))
        {
            // "Notes due 2031 1,250 1,250": amounts of this size are printed with separators, so the bare year ends the label;
            // "… shares at October 28, 2023 508 504": the year completes the label's date.
            values.RemoveAt(0);
            numbers--;
            k++;
        }
        if (numbers == 0 || values.Count < 2 || k > MaxLabelWords) return null;
        string label = string.Join(' ', tokens, 0, k);
        return label.Length == 0 ? string.Join('\t', values) : label + "\t" + string.Join('\t', values);
    }

    /// <summary>True when <paramref name="token"/> is one printed number (<c>1,204</c>, <c>(37)</c>, <c>$0.25</c>, <c>12%</c>, <c>(1%)</c>).</summary>
    public static bool IsNumber(string token)
    {
        if (!IsNumberShape(token)) return false;
        bool open = token.StartsWith('(');
        bool close = token.TrimEnd('%').EndsWith(')');
        return open == close;
    }

    /// <summary>
    /// True when <paramref name="token"/> has the shape of one printed number, parentheses not yet paired: what
    /// <c>^\(?-?\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:%?\)|\)?%)?$</c> matches, read by hand (every token of every line
    /// that may end in values is tried, and a regular expression match costs several times this scan).
    /// </summary>
    internal static bool IsNumberShape(ReadOnlySpan<char> token)
    {
        // As in a regular expression, the end may be before a final line feed, and a digit is any decimal digit.
        if (token is [.., '\n']) token = token[..^1];
        int i = 0;
        if (i < token.Length && token[i] == '(') i++;
        if (i < token.Length && token[i] == '-') i++;
        if (i < token.Length && token[i] == '$') i++;
        int start = i;
        while (i < token.Length && char.IsDigit(token[i])) i++;
        if (i == start) return false;
        if (i < token.Length && token[i] == ',')
        {
            // Thousands groups: one to three digits, then groups of exactly three after each comma.
            if (i - start > 3) return false;
            while (i < token.Length && token[i] == ',')
            {
                if (i + 3 >= token.Length || !char.IsDigit(token[i + 1]) || !char.IsDigit(token[i + 2]) || !char.IsDigit(token[i + 3])) return false;
                i += 4;
                if (i < token.Length && char.IsDigit(token[i])) return false;
            }
        }
        if (i < token.Length && token[i] == '.')
        {
            int fraction = ++i;
            while (i < token.Length && char.IsDigit(token[i])) i++;
            if (i == fraction) return false;
        }
        return token[i..] is [] or [')'] or ['%'] or ['%', ')'] or [')', '%'];
    }

    /// <summary>True when the label (the first <paramref name="k"/> tokens) ends with a month and a day ("October 28,").</summary>
    private static bool EndsWithMonthDay(string[] tokens, int k) =>
        k >= 2 && tokens[k - 1].EndsWith(',') && Periods.DateMention.IsMonthAndDay(tokens[k - 2], tokens[k - 1]);

    private static bool IsBareYear(string value) => value.Length == 4 && Tables.HeaderLines.IsYear(value);
}
