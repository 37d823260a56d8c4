namespace Taxonomy.Extraction.Formats;

/// <summary>
/// HTML comments on lines of their own in markdown (<c>&lt;!-- PageBreak --&gt;</c>, <c>&lt;!-- PageNumber="4" --&gt;</c>,
/// <c>&lt;!-- image --&gt;</c>): what PDF-to-markdown converters note of the pages, which a reader of the markdown never sees.
/// </summary>
/// <remarks>
/// A comment that names a page break becomes a form feed, so that <see cref="PageFurniture"/> reads the break as a PDF text's
/// (a table's two halves adjacent again, the running lines at its breaks found); any other becomes a blank line. A comment
/// inside a line of text is left as it is.
/// </remarks>
internal static class MarkdownComments
{
    private const string Open = "<!--";
    private const string Close = "-->";

    /// <summary>Replaces the comment lines of <paramref name="lines"/> (in place).</summary>
    public static void Replace(List<(string Text, int Offset)> lines)
    {
        for (int i = 0; i < lines.Count; i++)
        {
            if (!lines[i].Text.AsSpan().TrimStart().StartsWith(Open, StringComparison.Ordinal)) continue;
            int end = i;
            while (end < lines.Count && !lines[end].Text.Contains(Close, StringComparison.Ordinal)) end++;
            if (end == lines.Count || !lines[end].Text.AsSpan().TrimEnd().EndsWith(Close, StringComparison.Ordinal)) continue;
            bool pageBreak = false;
            for (int j = i; j <= end; j++) pageBreak |= NamesPageBreak(lines[j].Text);
            for (int j = i; j <= end; j++) lines[j] = ("", lines[j].Offset);
            if (pageBreak) lines[i] = ("\f", lines[i].Offset);
            i = end;
        }
    }

    /// <summary>True when a comment line is the whole line (for <see cref="DocumentFormatDetector"/>, which reads past it).</summary>
    public static bool IsCommentLine(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        return t.StartsWith(Open, StringComparison.Ordinal) && t.EndsWith(Close, StringComparison.Ordinal);
    }

    // "PageBreak", "page break", "Page 4", "page-break": a comment that names a page and no header, footer or number of one.
    private static bool NamesPageBreak(string text)
    {
        string t = text.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        if (t.Contains("PageBreak", StringComparison.OrdinalIgnoreCase)) return true;
        if (!IsCommentLine(text)) return false;
        var s = text.AsSpan().Trim()[Open.Length..^Close.Length].Trim();
        return s.StartsWith("page ", StringComparison.OrdinalIgnoreCase) && PageFurniture.PageNumber(s.ToString(), out _) > 0;
    }
}
