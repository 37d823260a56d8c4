using System.Text.RegularExpressions;

namespace Taxonomy.Extraction.Formats;

/// <summary>
/// Removes markdown's inline and line markup from one line: headings' <c>#</c>, block quotes' <c>&gt;</c>, list bullets, bold and
/// italic markers, escapes (<c>\$</c>), bracketed footnote markers (<c>[(1)]</c>, <c>[2]</c>) and <c>&lt;br&gt;</c>.
/// </summary>
internal static partial class MarkdownInline
{
    [GeneratedRegex(@"\s*\[\(?\d{1,2}\)?\]", Patterns.Timed, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex Footnote { get; }
    private static Regex BoldRuns => field ??= new(@"^(?:(?:\*\*|__)[^*_]+?(?:\*\*|__)\s*){2,}$", Patterns.NonBacktracking);
    // Each run is its own match, read without a capturing group (NonBacktracking pays a second pass per match for
    // groups): a run's text is the match less its two-character markers.
    [GeneratedRegex(@"(?:\*\*|__)[^*_]+?(?:\*\*|__)", Patterns.Timed, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex BoldRun { get; }
    [GeneratedRegex(@"\\([^\w\s])", Patterns.Timed, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex Escape { get; }
    [GeneratedRegex(@"<br\s*/?>", Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex Break { get; }

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
        string text = WithoutHeadingMarker(line);
        if (text.AsSpan().TrimStart().StartsWith('>')) text = text.TrimStart()[1..];
        text = WithoutBullet(text);
        text = text.Trim();
        if (MayBeBoldRuns(text) && BoldRuns.IsMatch(text))
        {
            var cells = new List<string>();
            foreach (var run in BoldRun.EnumerateMatches(text)) cells.Add(Clean(text.Substring(run.Index + 2, run.Length - 4)));
            return string.Join('\t', cells);
        }
        return Clean(text);
    }

    /// <summary>
    /// The line without a heading's marker: up to three white spaces, one to six <c>#</c>, then at least one white space (all of
    /// it removed); the line itself when it does not start so.
    /// </summary>
    internal static string WithoutHeadingMarker(string line)
    {
        int i = 0;
        while (i < line.Length && char.IsWhiteSpace(line[i])) i++;
        if (i > 3) return line;
        int hashes = i;
        while (i < line.Length && line[i] == '#') i++;
        if (i - hashes is < 1 or > 6) return line;
        int end = i;
        while (end < line.Length && char.IsWhiteSpace(line[end])) end++;
        return end == i ? line : line[end..];
    }

    /// <summary>
    /// Whether trimmed text can be two or more bold runs and nothing else: it starts and ends with a marker (<c>**</c> or
    /// <c>__</c>), and holds at least eight marker characters (two per side of each run, which holds none). Most lines with bold
    /// text are a single run (a heading) or bold inside a sentence, and the pattern is not tried on them.
    /// </summary>
    private static bool MayBeBoldRuns(string text) =>
        text.Length >= 8 && (text.StartsWith("**", StringComparison.Ordinal) || text.StartsWith("__", StringComparison.Ordinal))
        && (text.EndsWith("**", StringComparison.Ordinal) || text.EndsWith("__", StringComparison.Ordinal))
        && text.AsSpan().Count('*') + text.AsSpan().Count('_') >= 8;

    /// <summary>
    /// The line without a list bullet: optional white space, then <c>-</c>, <c>*</c>, <c>+</c> or a one- or two-digit
    /// number followed by <c>.</c> or <c>)</c>, then at least one white space (all of it removed).
    /// </summary>
    internal static string WithoutBullet(string text)
    {
        int i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        if (i == text.Length) return text;
        int after;
        if (text[i] is '-' or '*' or '+') after = i + 1;
        else if (!char.IsDigit(text[i])) return text;
        else if (i + 2 < text.Length && char.IsDigit(text[i + 1]) && text[i + 2] is '.' or ')') after = i + 3;
        else if (i + 1 < text.Length && text[i + 1] is '.' or ')') after = i + 2;
        else return text;
        int end = after;
        while (end < text.Length && char.IsWhiteSpace(text[end])) end++;
        return end == after ? text : text[end..];
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
