using Taxonomy.Extraction.Segmentation;

namespace Taxonomy.Extraction.Narrative;

/// <summary>A sentence of running text and where it starts in the document.</summary>
internal sealed record Sentence(string Text, int Offset)
{
    /// <summary>
    /// True when the sentence starts a line that continues the line of prose before it (no blank line between, no full stop
    /// ending it): wrapped text, whose subject may be on the line before.
    /// </summary>
    public bool Continues { get; init; }

    /// <summary>Splits the prose lines into sentences: a period, then a space and a capital letter or a quote, ends one.</summary>
    public static List<Sentence> Split(IReadOnlyList<TextLine> lines)
    {
        var result = new List<Sentence>();
        TextLine? previous = null;
        foreach (var line in lines)
        {
            var before = previous;
            previous = line;
            if (line.Kind != LineKind.Prose) continue;
            bool continues = before is { Kind: LineKind.Prose } && before.Number + 1 == line.Number && !EndsSentence(before.Text);
            // Markdown escapes ("\$") become a space: same length, so offsets still point into the document.
            string text = line.Text.Replace("\\$", " $", StringComparison.Ordinal);
            int start = 0;
            for (int i = 0; i < text.Length - 2; i++)
            {
                if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && (char.IsUpper(text[i + 2]) || text[i + 2] == '"') && !Abbreviation(text, i))
                {
                    result.Add(new Sentence(text[start..(i + 1)], line.Offset + start) { Continues = continues && start == 0 });
                    start = i + 2;
                }
            }
            if (start < text.Length) result.Add(new Sentence(text[start..], line.Offset + start) { Continues = continues && start == 0 });
        }
        return result;
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
