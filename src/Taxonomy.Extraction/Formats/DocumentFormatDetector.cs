namespace Taxonomy.Extraction.Formats;

/// <summary>Decides the <see cref="DocumentFormat"/> of a content from its first kilobytes.</summary>
/// <remarks>
/// Rules, in order:
/// <list type="number">
/// <item><see cref="DocumentFormat.EdgarSubmission"/>: <c>&lt;SEC-DOCUMENT&gt;</c> or <c>&lt;SEC-HEADER&gt;</c> in the first kilobytes,
/// or the first non-blank line is <c>&lt;DOCUMENT&gt;</c> or <c>&lt;TYPE&gt;…</c> (a single exhibit as stored by EDGAR tools).</item>
/// <item><see cref="DocumentFormat.PlainText"/>: a 1990s SGML text document, recognised by the upper-case <c>&lt;C&gt;</c>
/// column tag or a <c>&lt;PAGE&gt;</c> marker line, and no <c>&lt;html</c>/<c>&lt;body</c>.</item>
/// <item><see cref="DocumentFormat.Html"/>: <c>&lt;html</c> or <c>&lt;body</c> in the first kilobytes, or the first non-blank line
/// (comment lines aside: <see cref="MarkdownComments"/>) starts with markup, or lines starting with <c>&lt;table</c>, <c>&lt;p</c>, <c>&lt;div</c> or <c>&lt;font</c> (case-insensitive) are at
/// least as many as the lines of prose there.</item>
/// <item><see cref="DocumentFormat.Markdown"/> (checked before the count of markup lines, so that markdown embedding HTML tables
/// stays markdown): a YAML front matter block at the top, or a pipe-table delimiter row (<c>| --- | --- |</c>), or at least
/// three lines that are <c>#</c> headings or hold <c>**bold**</c> text.</item>
/// <item><see cref="DocumentFormat.Markdown"/> too: plain text whose rows of figures are runs separated by single spaces, as PDF
/// text extraction prints them (<see cref="SpacedRuns"/>), or that prints its tables a cell to a line (<see cref="CellLines"/>), read
/// anywhere in the content since tables often follow pages of prose.</item>
/// <item>Otherwise <see cref="DocumentFormat.PlainText"/>.</item>
/// </list>
/// </remarks>
public static class DocumentFormatDetector
{
    /// <summary>How many characters from the start are examined.</summary>
    public const int Window = 8192;

    private static readonly string[] HtmlTags = ["<html", "<body", "<table", "<p", "<div", "<font"];

    /// <summary>The format of <paramref name="content"/>.</summary>
    public static DocumentFormat Detect(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        ReadOnlySpan<char> head = content.AsSpan(0, Math.Min(content.Length, Window));
        if (head.Contains("<SEC-DOCUMENT>", StringComparison.OrdinalIgnoreCase) || head.Contains("<SEC-HEADER>", StringComparison.OrdinalIgnoreCase))
            return DocumentFormat.EdgarSubmission;
        ReadOnlySpan<char> first = FirstNonBlankLine(head);
        if (first.StartsWith("<DOCUMENT>", StringComparison.OrdinalIgnoreCase) || first.StartsWith("<TYPE>", StringComparison.OrdinalIgnoreCase))
            return DocumentFormat.EdgarSubmission;
        bool declaresHtml = head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<body", StringComparison.OrdinalIgnoreCase);
        if (!declaresHtml && IsSgmlText(head)) return DocumentFormat.PlainText;
        if (declaresHtml || StartsWithMarkup(first)) return DocumentFormat.Html;
        if (IsMarkdown(head)) return DocumentFormat.Markdown;
        if (MostlyMarkupLines(head)) return DocumentFormat.Html;
        return SpacedRuns.Dominate(content) || CellLines.Dominate(content) ? DocumentFormat.Markdown : DocumentFormat.PlainText;
    }

    private static bool IsSgmlText(ReadOnlySpan<char> head)
    {
        if (head.Contains("<C>", StringComparison.Ordinal)) return true;
        foreach (var range in head.Split('\n'))
        {
            if (head[range].TrimStart().StartsWith("<PAGE>", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static bool IsMarkdown(ReadOnlySpan<char> head)
    {
        int marked = 0;
        bool firstLine = true;
        bool inFrontMatter = false;
        foreach (var range in head.Split('\n'))
        {
            ReadOnlySpan<char> line = head[range].TrimEnd();
            if (firstLine)
            {
                firstLine = false;
                if (line.SequenceEqual("---")) { inFrontMatter = true; continue; }
            }
            if (inFrontMatter)
            {
                if (line.SequenceEqual("---")) return true;
                if (line.Length > 0 && line.IndexOf(':') < 0) inFrontMatter = false;
                continue;
            }
            if (PipeTable.IsDelimiter(line)) return true;
            ReadOnlySpan<char> t = line.TrimStart();
            int hashes = 0;
            while (hashes < t.Length && t[hashes] == '#') hashes++;
            bool heading = hashes is >= 1 and <= 6 && hashes < t.Length && t[hashes] == ' ';
            int bold = t.IndexOf("**", StringComparison.Ordinal);
            bool strong = bold >= 0 && t[(bold + 2)..].IndexOf("**", StringComparison.Ordinal) > 0;
            if ((heading || strong) && ++marked >= 3) return true;
        }
        return false;
    }

    private static bool StartsWithMarkup(ReadOnlySpan<char> line) =>
        line.Length >= 2 && line[0] == '<' && (char.IsAsciiLetter(line[1]) || line[1] is '!' or '?');

    private static bool MostlyMarkupLines(ReadOnlySpan<char> head)
    {
        int tagged = 0, text = 0;
        foreach (var range in head.Split('\n'))
        {
            ReadOnlySpan<char> line = head[range].Trim();
            if (line.IsEmpty) continue;
            bool isTag = false;
            foreach (string tag in HtmlTags)
            {
                if (line.StartsWith(tag, StringComparison.OrdinalIgnoreCase) && line.Length > tag.Length && !char.IsAsciiLetterOrDigit(line[tag.Length]))
                {
                    isTag = true;
                    break;
                }
            }
            if (isTag) tagged++;
            else if (!StartsWithMarkup(line) && !line.StartsWith("</", StringComparison.Ordinal)) text++;
        }
        return tagged > 0 && tagged >= text;
    }

    private static ReadOnlySpan<char> FirstNonBlankLine(ReadOnlySpan<char> head)
    {
        foreach (var range in head.Split('\n'))
        {
            ReadOnlySpan<char> line = head[range].Trim();
            // A converter's comment (a page's number or header) opens many markdown conversions.
            if (!line.IsEmpty && !MarkdownComments.IsCommentLine(line.TrimStart('\uFEFF'))) return line.TrimStart('\uFEFF');
        }
        return [];
    }
}
