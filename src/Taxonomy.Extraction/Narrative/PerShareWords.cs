using Taxonomy.Concepts;

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

    private static readonly QName Diluted = new("us-gaap", "EarningsPerShareDiluted");
    private static readonly QName Basic = new("us-gaap", "EarningsPerShareBasic");
    private static readonly QName BasicAndDiluted = new("us-gaap", "EarningsPerShareBasicAndDiluted");

    // Earnings per share named before its amount, with the basis (basic, diluted) stated; longest first. A loss per share is a negative amount.
    private static readonly (string Phrase, QName Concept, int Sign)[] EarningsNames =
    [
        ("basic and diluted earnings per share", BasicAndDiluted, 1), ("basic and diluted net income per share", BasicAndDiluted, 1),
        ("net income per basic and diluted share", BasicAndDiluted, 1), ("earnings per basic and diluted share", BasicAndDiluted, 1),
        ("basic and diluted net loss per share", BasicAndDiluted, -1), ("net loss per basic and diluted share", BasicAndDiluted, -1),
        ("basic and diluted loss per share", BasicAndDiluted, -1), ("loss per basic and diluted share", BasicAndDiluted, -1),
        ("diluted net income per share", Diluted, 1), ("net income per diluted share", Diluted, 1), ("diluted earnings per share", Diluted, 1),
        ("earnings per diluted share", Diluted, 1), ("diluted eps", Diluted, 1),
        ("diluted net loss per share", Diluted, -1), ("net loss per diluted share", Diluted, -1), ("diluted loss per share", Diluted, -1),
        ("loss per diluted share", Diluted, -1),
        ("basic net income per share", Basic, 1), ("net income per basic share", Basic, 1), ("basic earnings per share", Basic, 1),
        ("earnings per basic share", Basic, 1), ("basic eps", Basic, 1),
        ("basic net loss per share", Basic, -1), ("net loss per basic share", Basic, -1),
    ];

    private static readonly string[] EarningsVerbs = [" of", " was", " were", " of approximately", " was approximately", " were approximately"];

    /// <summary>
    /// Earnings per share named right before the amount at <paramref name="amountStart"/> ("diluted EPS of $0.41", "net loss
    /// per basic and diluted share was $0.19"), searched from <paramref name="clauseStart"/>; with where the name starts.
    /// Names that do not say basic or diluted ("earnings per share of $0.41") are not read.
    /// </summary>
    public static (ProseConcept Concept, int PhraseStart)? NamedBefore(string text, int clauseStart, int amountStart)
    {
        string before = text[clauseStart..amountStart].TrimEnd();
        string? verb = EarningsVerbs.Where(v => before.EndsWith(v, StringComparison.OrdinalIgnoreCase)).OrderByDescending(v => v.Length).FirstOrDefault();
        if (verb is null) return null;
        string name = before[..^verb.Length].TrimEnd();
        foreach (var (phrase, concept, sign) in EarningsNames)
        {
            if (name.Length < phrase.Length || !Spelled(name.AsSpan(name.Length - phrase.Length), phrase)) continue;
            int start = name.Length - phrase.Length;
            if (start > 0 && char.IsLetter(name[start - 1])) continue;
            return (new ProseConcept(concept, ConceptDataType.PerShare, PeriodType.Duration, sign, phrase), clauseStart + start);
        }
        return null;
    }

    /// <summary>True when <paramref name="words"/> spell <paramref name="phrase"/>, ignoring case, with a hyphen or a no-break space for a space.</summary>
    private static bool Spelled(ReadOnlySpan<char> words, string phrase)
    {
        if (words.Length != phrase.Length) return false;
        for (int i = 0; i < words.Length; i++)
        {
            char c = words[i] is '-' or '\u00A0' ? ' ' : char.ToLowerInvariant(words[i]);
            if (c != phrase[i]) return false;
        }
        return true;
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
