using Taxonomy.Extraction.Segmentation;

namespace Taxonomy.Extraction.Narrative;

/// <summary>A sentence of running text and where it starts in the document.</summary>
internal sealed record Sentence(string Text, int Offset)
{
    /// <summary>Splits the prose lines into sentences: a period, then a space and a capital letter or a quote, ends one.</summary>
    public static List<Sentence> Split(IReadOnlyList<TextLine> lines)
    {
        var result = new List<Sentence>();
        foreach (var line in lines)
        {
            if (line.Kind != LineKind.Prose) continue;
            // Markdown escapes ("\$") become a space: same length, so offsets still point into the document.
            string text = line.Text.Replace("\\$", " $", StringComparison.Ordinal);
            int start = 0;
            for (int i = 0; i < text.Length - 2; i++)
            {
                if (text[i] is '.' or '!' or '?' && text[i + 1] == ' ' && (char.IsUpper(text[i + 2]) || text[i + 2] == '"') && !Abbreviation(text, i))
                {
                    result.Add(new Sentence(text[start..(i + 1)], line.Offset + start));
                    start = i + 2;
                }
            }
            if (start < text.Length) result.Add(new Sentence(text[start..], line.Offset + start));
        }
        return result;
    }

    private static bool Abbreviation(string text, int dot)
    {
        int s = dot;
        while (s > 0 && char.IsLetter(text[s - 1])) s--;
        string word = text[s..dot];
        return word is "Inc" or "Corp" or "Co" or "Ltd" or "No" or "Mr" or "Ms" or "Dr" or "St" or "U.S" or "vs" || word.Length == 1;
    }
}
