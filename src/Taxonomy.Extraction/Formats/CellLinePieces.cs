namespace Taxonomy.Extraction.Formats;

/// <summary>
/// Mends the value lines of a table read cell by cell (<see cref="CellLines"/>) that PDF text extraction prints in pieces: a
/// parenthesis on a line of its own (<c>(</c> over <c>1,230)</c>, <c>(1,230</c> over <c>)</c>, or both), and values printed side by
/// side on one line (<c>350 190</c>), each of which gets a line of its own.
/// </summary>
/// <remarks>
/// A line of values side by side is taken apart only right after a label or another value line (blank lines between them or
/// not): a label-less subtotal row of a table read row by row follows a row, and stays whole. A line of years alone is a column
/// header's, and stays whole too.
/// </remarks>
internal static class CellLinePieces
{
    /// <summary>The lines with their pieces mended; <paramref name="lines"/> is left as it is.</summary>
    public static List<MarkdownLine> Mend(List<MarkdownLine> lines)
    {
        var mended = new List<MarkdownLine>(lines.Count);
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (Parenthesized(lines, i) is (string value, int used))
            {
                mended.Add(line with { Text = value });
                i += used - 1;
                continue;
            }
            if (SideBySide(line.Text) is { } values && FollowsLabelOrValue(mended))
            {
                foreach (string v in values) mended.Add(line with { Text = v });
                continue;
            }
            mended.Add(line);
        }
        return mended;
    }

    /// <summary>The value a parenthesis alone on its line makes with the line after it (and a closing one after that), and how many lines it takes.</summary>
    private static (string Value, int Lines)? Parenthesized(List<MarkdownLine> lines, int at)
    {
        // Most lines hold no opening parenthesis after their "$": they are passed over without a string made.
        if (!lines[at].Text.AsSpan().Trim().TrimStart('$').TrimStart().StartsWith('(')) return null;
        string text = lines[at].Text.Trim();
        string dollar = text.StartsWith('$') ? "$ " : "";
        string rest = text.TrimStart('$').TrimStart();
        string joined;
        int used;
        if (rest == "(" && at + 1 < lines.Count && lines[at + 1].Text.Trim() is { Length: > 0 } next && char.IsAsciiDigit(next[0]))
        {
            joined = "(" + next;
            used = 2;
        }
        else if (rest.StartsWith('(') && !rest.EndsWith(')') && SpacedCells.IsNumberShape(rest))
        {
            joined = rest;
            used = 1;
        }
        else
        {
            return null;
        }
        if (!joined.EndsWith(')') && at + used < lines.Count && lines[at + used].Text.Trim() == ")")
        {
            joined += ")";
            used++;
        }
        return used > 1 && SpacedCells.IsNumber(joined) ? (dollar + joined, used) : null;
    }

    /// <summary>The values of a line holding two or more of them side by side (spaces or TABs between them), or null.</summary>
    private static List<string>? SideBySide(string text)
    {
        // The first value starts as CellLines.IsValue requires (or with the "$" before it): other lines are not split.
        var first = text.AsSpan().Trim();
        if (first.IsEmpty || !(first[0] == '$' || char.IsAsciiDigit(first[0]) || first[0] is '(' or '.' or '-' or (>= '\u2010' and <= '\u2015') or '\u2212')) return null;
        string[] tokens = text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (tokens.Length < 2) return null;
        var values = new List<string>(tokens.Length);
        for (int k = 0; k < tokens.Length; k++)
        {
            string value = tokens[k] == "$" && k + 1 < tokens.Length ? "$ " + tokens[++k] : tokens[k];
            if (!CellLines.IsValue(value) || value == "$") return null;
            values.Add(value);
        }
        return values.Count >= 2 && !values.TrueForAll(Tables.HeaderLines.IsYear) ? values : null;
    }

    private static bool FollowsLabelOrValue(List<MarkdownLine> mended)
    {
        for (int j = mended.Count - 1; j >= 0; j--)
        {
            string text = mended[j].Text;
            if (text.AsSpan().Trim().IsEmpty) continue;
            return CellLines.IsValue(text.AsSpan().Trim()) || CellLines.IsLabel(text);
        }
        return false;
    }
}
