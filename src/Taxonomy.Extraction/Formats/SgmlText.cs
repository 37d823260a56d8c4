namespace Taxonomy.Extraction.Formats;

/// <summary>
/// Cleans a plain-text EDGAR document: drops <c>&lt;PAGE&gt;</c> marker lines and removes the 1990s SGML table tags
/// (<c>&lt;TABLE&gt;</c>, <c>&lt;CAPTION&gt;</c>, <c>&lt;S&gt;</c>, <c>&lt;C&gt;</c>, <c>&lt;FN&gt;</c> and their closing forms), keeping the
/// column text as preformatted lines. These tables are not HTML.
/// </summary>
/// <remarks>
/// A tag inside a line is replaced by as many spaces as it is wide, so that fixed-width columns stay aligned; a line made only of
/// tags is dropped. Tags are matched in upper case only (EDGAR's form), so HTML or markdown in lower case is left alone.
/// Line ends become <c>\n</c> and trailing blanks are trimmed.
/// </remarks>
public static class SgmlText
{
    private static readonly string[] Tags = ["<TABLE>", "</TABLE>", "<CAPTION>", "</CAPTION>", "<S>", "<C>", "<FN>", "</FN>"];

    /// <summary>Cleans <paramref name="text"/>; line offsets are positions in it plus <paramref name="baseOffset"/>.</summary>
    public static ConvertedText Clean(string text, int baseOffset = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        var output = new System.Text.StringBuilder(text.Length);
        var offsets = new List<int>();
        int start = 0;
        while (start <= text.Length)
        {
            int newline = text.IndexOf('\n', start);
            int end = newline < 0 ? text.Length : newline;
            if (newline < 0 && start == text.Length) break;
            string? line = CleanLine(text.AsSpan(start, end - start));
            if (line is not null)
            {
                if (offsets.Count > 0) output.Append('\n');
                output.Append(line);
                offsets.Add(baseOffset + start);
            }
            start = end + 1;
        }
        // Trailing blank lines carry nothing.
        while (offsets.Count > 0 && output.Length > 0 && EndsWithBlankLine(output))
        {
            output.Length -= 1;
            offsets.RemoveAt(offsets.Count - 1);
        }
        if (offsets.Count == 1 && output.Length == 0) offsets.Clear();
        return new ConvertedText(output.ToString(), offsets);
    }

    private static bool EndsWithBlankLine(System.Text.StringBuilder output) => output[^1] == '\n';

    private static string? CleanLine(ReadOnlySpan<char> raw)
    {
        ReadOnlySpan<char> line = raw.TrimEnd();
        if (line.TrimStart().StartsWith("<PAGE>", StringComparison.Ordinal)) return null;
        if (line.IndexOf('<') < 0) return line.ToString();
        var builder = new System.Text.StringBuilder(line.Length);
        bool hadTag = false;
        int i = 0;
        while (i < line.Length)
        {
            string? tag = line[i] == '<' ? MatchTag(line[i..]) : null;
            if (tag is null)
            {
                builder.Append(line[i]);
                i++;
                continue;
            }
            hadTag = true;
            builder.Append(' ', tag.Length);
            i += tag.Length;
        }
        string cleaned = builder.ToString().TrimEnd();
        return hadTag && cleaned.Length == 0 ? null : cleaned;
    }

    private static string? MatchTag(ReadOnlySpan<char> at)
    {
        foreach (string tag in Tags)
        {
            if (at.StartsWith(tag, StringComparison.Ordinal)) return tag;
        }
        return null;
    }
}
