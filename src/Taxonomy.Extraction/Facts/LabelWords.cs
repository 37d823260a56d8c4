namespace Taxonomy.Extraction.Facts;

/// <summary>Whole-word search in a normalised label (see <see cref="Taxonomy.Concepts.LabelNormalizer"/>), without padding it with spaces.</summary>
internal static class LabelWords
{
    /// <summary>
    /// True when <paramref name="text"/> holds <paramref name="phrase"/> (not empty) as whole words, between the text's
    /// ends or spaces: what <c>(" " + text + " ").Contains(" " + phrase + " ")</c> tests, without building either string.
    /// </summary>
    public static bool Holds(string text, string phrase)
    {
        for (int at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            int end = at + phrase.Length;
            if ((at == 0 || text[at - 1] == ' ') && (end == text.Length || text[end] == ' ')) return true;
        }
        return false;
    }

    /// <summary>True when a word of <paramref name="text"/> begins with <paramref name="prefix"/> ("expense" in "operating expenses"): what <c>(" " + text).Contains(" " + prefix)</c> tests.</summary>
    public static bool HasWordStarting(string text, string prefix)
    {
        for (int at = text.IndexOf(prefix, StringComparison.Ordinal); at >= 0; at = text.IndexOf(prefix, at + 1, StringComparison.Ordinal))
        {
            if (at == 0 || text[at - 1] == ' ') return true;
        }
        return false;
    }

    /// <summary>True when <paramref name="text"/> begins with <paramref name="phrase"/> as whole words.</summary>
    public static bool StartsWith(string text, string phrase) =>
        text.StartsWith(phrase, StringComparison.Ordinal) && (text.Length == phrase.Length || text[phrase.Length] == ' ');
}
