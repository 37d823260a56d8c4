namespace Taxonomy.Extraction.Narrative;

/// <summary>
/// "per share", "per diluted share", "per basic and diluted common share" after a phrase or an amount: what it names is a
/// per-share measure, never a monetary total ("profit per share was $2.86" is not $2.86 of profit).
/// </summary>
internal static class PerShareWords
{
    private static readonly string[] Between = ["basic", "diluted", "and", "common", "ordinary", "fully"];

    /// <summary>True when the words from <paramref name="at"/> on are "per", up to three qualifiers, then "share" or "shares".</summary>
    public static bool Follow(string text, int at)
    {
        var rest = text.AsSpan(at);
        if (!NextWord(ref rest).Equals("per", StringComparison.OrdinalIgnoreCase)) return false;
        for (int i = 0; i < 4; i++)
        {
            var word = NextWord(ref rest);
            if (word.Equals("share", StringComparison.OrdinalIgnoreCase) || word.Equals("shares", StringComparison.OrdinalIgnoreCase)) return true;
            if (!IsQualifier(word)) return false;
        }
        return false;
    }

    private static bool IsQualifier(ReadOnlySpan<char> word)
    {
        foreach (string q in Between)
        {
            if (word.Equals(q, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>The next run of letters, skipping what is not a letter (spaces, hyphens); <paramref name="rest"/> moves past it.</summary>
    private static ReadOnlySpan<char> NextWord(ref ReadOnlySpan<char> rest)
    {
        int start = 0;
        while (start < rest.Length && (rest[start] == ' ' || rest[start] == '-' || rest[start] == '\u00A0')) start++;
        int end = start;
        while (end < rest.Length && char.IsLetter(rest[end])) end++;
        var word = rest[start..end];
        rest = rest[end..];
        return word;
    }
}
