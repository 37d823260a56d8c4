namespace Taxonomy.Extraction.Formats;

/// <summary>
/// Rejoins row labels that a PDF conversion wrapped onto several lines: the label's first lines stand alone, its last line carries
/// the values (<c>Weighted shares used in diluted</c> / <c>per-share amounts 4,210 4,180</c>), or the whole label stands alone
/// and the next line holds only the values.
/// </summary>
/// <remarks>
/// A label-only line is joined to the row below it when nothing separates them and it does not close itself (it ends with no
/// <c>:</c> or <c>.</c>), and either the row's label starts in mid-phrase (not with a capital letter), or the line ends in
/// mid-phrase (a comma, <c>$</c>, an open parenthesis, a connective such as <c>and</c>, <c>of</c>, <c>no</c>). A section
/// heading (<c>Current assets:</c>, <c>Operating activities</c> above <c>Net income</c>) therefore stays on its own line,
/// and so does a caption above items set off by a dash (<c>– Basic</c>).
/// A values-only line joins the label-only line above it unless its values are all years (a column header), and a line of
/// years takes no label from above.
/// </remarks>
internal static class WrappedLabels
{
    private static readonly HashSet<string> Connectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "of", "in", "no", "the", "for", "to", "per", "on", "at", "by", "with", "from", "a", "an", "as", "less", "net",
    };

    /// <summary>Joins wrapped labels in <paramref name="lines"/> (in place).</summary>
    public static void Join(List<MarkdownLine> lines)
    {
        for (int j = 1; j < lines.Count; j++)
        {
            MarkdownLine row = lines[j];
            if (!row.Text.Contains('\t', StringComparison.Ordinal)) continue;
            int tab = row.Text.IndexOf('\t', StringComparison.Ordinal);
            if (tab == 0)
            {
                if (IsLabelOnly(lines[j - 1]) && !AllYears(row.Text))
                {
                    lines[j - 1] = lines[j - 1] with { Text = lines[j - 1].Text + row.Text };
                    lines.RemoveAt(j);
                    j--;
                }
                continue;
            }
            // A line of years is a column header's last line, not the end of a label: the line above is the rest of that
            // header ("September 30, December 31," over "2031 2030"), not a label's beginning.
            if (AllYears(row.Text)) continue;
            string label = row.Text[..tab];
            int first = j;
            while (first > 0 && IsLabelOnly(lines[first - 1]) && Continues(lines[first - 1].Text, label))
            {
                first--;
                label = lines[first].Text + " " + label;
            }
            if (first == j) continue;
            lines[first] = new MarkdownLine(label + row.Text[tab..], lines[first].Offset);
            lines.RemoveRange(first + 1, j - first);
            j = first;
        }
    }

    private static bool IsLabelOnly(MarkdownLine line) => IsLabelText(line.Text) && SpacedCells.Split(line.Text) is null;

    /// <summary>A line that may be a row's label: words (some letters), not a row of cells, and not a paragraph's length.</summary>
    internal static bool IsLabelText(string text) =>
        text.Length is > 0 and <= 240 && !text.Contains('\t', StringComparison.Ordinal) && text.Any(char.IsLetter);

    private static bool Continues(string above, string label)
    {
        string end = above.TrimEnd();
        if (end.EndsWith(':') || end.EndsWith('.')) return false;
        // A label set off by a dash or bullet ("– Basic" under "Weighted-average shares (millions)") is an item of its own.
        if (label.TrimStart() is [ '-' or '\u2013' or '\u2014' or '\u2022', ..]) return false;
        if (!char.IsUpper(label[0])) return true;
        char last = end[^1];
        if (last is ',' or ';' or '$' or '(' or '-' or '/' or '&') return true;
        int space = end.LastIndexOf(' ');
        if (Connectives.Contains(end[(space + 1)..])) return true;
        return end.LastIndexOf('(') > end.LastIndexOf(')');
    }

    private static bool AllYears(string text) =>
        text.Split('\t', StringSplitOptions.RemoveEmptyEntries).All(c => Tables.HeaderLines.IsYear(c.Trim()));
}
