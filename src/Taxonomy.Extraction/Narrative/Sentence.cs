using System.Text;
using Taxonomy.Extraction.Segmentation;

namespace Taxonomy.Extraction.Narrative;

/// <summary>A sentence of running text and where it starts in the document.</summary>
internal sealed record Sentence(string Text, int Offset)
{
    /// <summary>
    /// True when the sentence starts a line that continues the line of prose before it (no blank line between, no full stop
    /// ending it) but is not joined to it (a bullet item): wrapped text, whose subject may be on the line before.
    /// </summary>
    public bool Continues { get; init; }

    /// <summary>
    /// Splits the prose into sentences: a period, then a space and a capital letter or a quote, ends one. A paragraph wrapped
    /// over several lines ("… reported that its net income" / "was $3.1 million, …") is read as one text, so a sentence keeps
    /// its subject, verb and amounts together whichever line they are printed on.
    /// </summary>
    public static List<Sentence> Split(IReadOnlyList<TextLine> lines)
    {
        var result = new List<Sentence>();
        var paragraph = new StringBuilder();
        int paragraphOffset = 0;
        bool paragraphContinues = false;
        TextLine? last = null; // the last line of the open paragraph
        TextLine? previous = null;
        foreach (var line in lines)
        {
            var before = previous;
            previous = line;
            if (last is not null && Wraps(last, line))
            {
                // The line break (and any indentation) becomes spaces: same length, so offsets still point into the document.
                paragraph.Append(' ', line.Offset - (last.Offset + last.Text.Length));
                paragraph.Append(line.Text);
                last = line;
                continue;
            }
            if (last is not null) SplitParagraph(paragraph.ToString(), paragraphOffset, paragraphContinues, result);
            paragraph.Clear();
            last = null;
            if (line.Kind != LineKind.Prose) continue;
            paragraph.Append(line.Text);
            paragraphOffset = line.Offset;
            paragraphContinues = before is { Kind: LineKind.Prose } && before.Number + 1 == line.Number && !EndsSentence(before.Text);
            last = line;
        }
        if (last is not null) SplitParagraph(paragraph.ToString(), paragraphOffset, paragraphContinues, result);
        return result;
    }

    private static void SplitParagraph(string paragraph, int offset, bool continues, List<Sentence> result)
    {
        // Markdown escapes ("\$") become a space: same length, so offsets still point into the document.
        string text = paragraph.Replace("\\$", " $", StringComparison.Ordinal);
        int start = 0;
        for (int i = 0; i < text.Length - 2; i++)
        {
            if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && (char.IsUpper(text[i + 2]) || text[i + 2] == '"') && !Abbreviation(text, i))
            {
                result.Add(new Sentence(text[start..(i + 1)], offset + start) { Continues = continues && start == 0 });
                start = i + 2;
            }
        }
        if (start < text.Length) result.Add(new Sentence(text[start..], offset + start) { Continues = continues && start == 0 });
    }

    /// <summary>
    /// True when <paramref name="line"/> carries on the sentence <paramref name="last"/> leaves open: the next line of the text,
    /// running text (or a short last line ending the sentence), not a bullet item, and <paramref name="last"/> ends with no
    /// colon and no sentence end (a full stop before a word in lower case, "Inc." / "today reported", ends none).
    /// </summary>
    private static bool Wraps(TextLine last, TextLine line)
    {
        if (last.Number + 1 != line.Number || line.Offset < last.Offset + last.Text.Length) return false;
        var text = line.Text.AsSpan().Trim();
        if (text.IsEmpty || Segmenter.IsBullet(text)) return false;
        bool prose = line.Kind == LineKind.Prose || line.Kind == LineKind.Heading && line.Filled.Count == 1 && EndsSentence(line.Text);
        if (!prose) return false;
        var open = last.Text.AsSpan().TrimEnd();
        if (open is [.., ':' or '"' or '\u201D']) return false;
        return !EndsSentence(last.Text) || open is [.., '.'] && char.IsLower(text[0]);
    }

    internal static bool EndsSentence(string text) => text.AsSpan().TrimEnd() is [.., '.' or '!' or '?' or ':' or '"' or '\u201D'];

    private static bool Abbreviation(string text, int dot)
    {
        int s = dot;
        while (s > 0 && char.IsLetter(text[s - 1])) s--;
        string word = text[s..dot];
        return word is "Inc" or "Corp" or "Co" or "Ltd" or "No" or "Mr" or "Ms" or "Dr" or "St" or "U.S" or "vs" || word.Length == 1;
    }
}
