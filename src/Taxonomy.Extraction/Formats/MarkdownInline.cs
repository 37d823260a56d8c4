using System.Text.RegularExpressions;

namespace Taxonomy.Extraction.Formats;

/// <summary>
/// Removes markdown's inline and line markup from one line: headings' <c>#</c>, block quotes' <c>&gt;</c>, list bullets, bold and
/// italic markers, escapes (<c>\$</c>), bracketed footnote markers (<c>[(1)]</c>, <c>[2]</c>) and <c>&lt;br&gt;</c>.
/// </summary>
internal static class MarkdownInline
{
    private static readonly Regex Heading = new(@"^\s{0,3}#{1,6}\s+", Patterns.NonBacktracking);
    private static readonly Regex Bullet = new(@"^\s*(?:[-*+]|\d{1,2}[.)])\s+", Patterns.NonBacktracking);
    private static readonly Regex Footnote = new(@"\s*\[\(?\d{1,2}\)?\]", Patterns.NonBacktracking);
    private static readonly Regex BoldRuns = new(@"^(?:(?:\*\*|__)[^*_]+?(?:\*\*|__)\s*){2,}$", Patterns.NonBacktracking);
    // NonBacktracking keeps only a group's last capture, so each run is read by its own match.
    private static readonly Regex BoldRun = new(@"(?:\*\*|__)([^*_]+?)(?:\*\*|__)", Patterns.NonBacktracking);
    private static readonly Regex Escape = new(@"\\([^\w\s])", Patterns.NonBacktracking);
    private static readonly Regex Break = new(@"<br\s*/?>", Patterns.NonBacktrackingIgnoreCase);

    /// <summary>True for a horizontal rule (<c>---</c>, <c>***</c>, <c>___</c>).</summary>
    public static bool IsRule(string line)
    {
        char mark = '\0';
        int count = 0;
        foreach (char c in line)
        {
            if (c == ' ') continue;
            if (c is not ('-' or '*' or '_') || (mark != '\0' && c != mark)) return false;
            mark = c;
            count++;
        }
        return count >= 3;
    }

    /// <summary>
    /// The text of a line without markup. A line made only of two or more bold runs (<c>**Three Months** **Six Months**</c>) is a
    /// row of header cells that a PDF conversion printed side by side: each run becomes a TAB-separated cell.
    /// </summary>
    public static string CleanLine(string line)
    {
        // Each expression runs only where its first character occurs: most lines of a release carry no markup.
        string text = line.AsSpan().TrimStart().StartsWith('#') ? Heading.Replace(line, "") : line;
        if (text.TrimStart().StartsWith('>')) text = text.TrimStart()[1..];
        if (MayBeBullet(text)) text = Bullet.Replace(text, "");
        text = text.Trim();
        if ((text.Contains("**", StringComparison.Ordinal) || text.Contains("__", StringComparison.Ordinal)) && BoldRuns.IsMatch(text))
        {
            return string.Join('\t', BoldRun.Matches(text).Select(m => Clean(m.Groups[1].Value)));
        }
        return Clean(text);
    }

    private static bool MayBeBullet(string text)
    {
        var t = text.AsSpan().TrimStart();
        return t.Length > 0 && (t[0] is '-' or '*' or '+' || char.IsDigit(t[0]));
    }

    /// <summary>The text of a cell or phrase without emphasis, escapes, footnote markers and line breaks, trimmed.</summary>
    public static string Clean(string text)
    {
        string t = text.Contains('<') ? Break.Replace(text, " ") : text;
        t = t.Replace("**", "", StringComparison.Ordinal).Replace("__", "", StringComparison.Ordinal);
        if (t.Contains('[')) t = Footnote.Replace(t, "");
        if (t.Contains('\\')) t = Escape.Replace(t, "$1");
        t = t.Trim();
        // Italic markers around the whole text: *(In millions)*, _Segment results_.
        while (t.Length >= 2 && (t[0] is '*' or '_') && t[^1] == t[0]) t = t[1..^1].Trim();
        return t;
    }
}
