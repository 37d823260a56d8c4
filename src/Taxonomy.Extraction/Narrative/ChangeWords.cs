namespace Taxonomy.Extraction.Narrative;

/// <summary>
/// The wordings of a change between two periods' figures. "Revenue increased $40 million to $1.1 billion" and "was up 12%
/// to $4.5 billion" state the figure after "to"; "an increase in revenue of $40 million", "a decrease of $5 million in
/// operating expenses" and "$12 million lower than a year ago" state only the difference, which is never a figure.
/// </summary>
internal static class ChangeWords
{
    private static readonly string[] Verbs =
    [
        "up", "down", "rose", "risen", "increased", "decreased", "declined", "grew", "grown", "fell", "fallen", "dropped",
        "climbed", "improved", "jumped", "narrowed", "widened", "expanded", "advanced",
    ];

    // What may stand between the verb and "to": the size of the change ("by $40 million, or 4%,", "8 percent"),
    // "sequentially" (the reader decides whether the quarter before is dated), and "year-over-year" (a change from the
    // year before, the figure after "to" the period's own).
    private static readonly string[] Sizes =
    [
        "by", "approximately", "about", "nearly", "almost", "or", "percent", "percentage", "points", "point", "million", "billion", "thousand",
        "sequentially", "year-over-year", "year-on-year",
    ];

    // The words naming the quarter before after the figure changed from ("from $41.0 million in the preceding quarter to").
    private static readonly string[] QuarterBefore = ["in", "the", "preceding", "prior", "previous", "linked", "quarter"];

    private static readonly string[] Nouns =
    [
        "increase", "increases", "decrease", "decreases", "decline", "declines", "growth", "reduction", "reductions", "rise",
        "drop", "improvement", "change", "changes",
    ];

    private static readonly string[] Comparatives = ["higher", "lower", "more", "less", "above", "below", "greater", "ahead"];

    private static readonly char[] Spaces = [' ', '\u00A0'];

    /// <summary>
    /// True when <paramref name="before"/> (the text up to an amount) ends in a change verb, the size of the change and "to"
    /// ("was up 12% to", "increased by $40 million, or 4%, to", "rose 8 percent to a record").
    /// </summary>
    public static bool EndsChangedTo(string before)
    {
        if (!before.EndsWith("to", StringComparison.Ordinal) && !before.EndsWith("record", StringComparison.Ordinal)) return false;
        var words = before.Split(Spaces, StringSplitOptions.RemoveEmptyEntries);
        int k = words.Length - 1;
        if (k >= 0 && words[k] == "record") k--;
        if (k >= 0 && words[k] == "a") k--;
        if (k < 1 || words[k] != "to") return false;
        // "grew from $40.1 million to": the figure changed from stands where the size would.
        return VerbBefore(words, k, fromAllowed: true);
    }

    /// <summary>
    /// True when <paramref name="before"/> (the text up to an amount) ends in a change verb, the size of the change and
    /// "from" ("grew from", "increased 13% from"): the amount is the figure changed from, the comparative of the one after "to".
    /// </summary>
    public static bool EndsChangedFrom(string before)
    {
        if (!before.EndsWith("from", StringComparison.Ordinal)) return false;
        var words = before.Split(Spaces, StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && VerbBefore(words, words.Length - 1, fromAllowed: false);
    }

    // A change verb before words[at], with only the change's size (and, when fromAllowed, "from" and its figure) between.
    private static bool VerbBefore(string[] words, int at, bool fromAllowed)
    {
        for (int k = at - 1; k >= 0; k--)
        {
            string word = words[k].Trim(',').ToLowerInvariant();
            if (Verbs.Contains(word)) return true;
            if (!Sizes.Contains(word) && !IsFigure(word) && !(fromAllowed && (word == "from" || QuarterBefore.Contains(word)))) return false;
        }
        return false;
    }

    /// <summary>
    /// True when the amount from <paramref name="start"/> to <paramref name="end"/> is a change: named by a change noun
    /// before it in its phrase ("an increase in revenue of", "a decrease of", "net income growth of"), or compared by the word
    /// after it ("$40 million higher than").
    /// </summary>
    public static bool Names(string text, int segStart, int start, int end)
    {
        var after = text.AsSpan(end).TrimStart();
        int word = 0;
        while (word < after.Length && char.IsLetter(after[word])) word++;
        foreach (string comparative in Comparatives)
        {
            if (after[..word].Equals(comparative, StringComparison.OrdinalIgnoreCase)) return true;
        }
        var before = text.AsSpan(segStart, start - segStart).TrimEnd();
        if (!before.EndsWith(" of", StringComparison.Ordinal) && !before.EndsWith(" of approximately", StringComparison.Ordinal)) return false;
        // The words of the amount's noun phrase: back to punctuation, at most six.
        for (int seen = 0; seen < 6 && !before.IsEmpty; seen++)
        {
            int space = before.LastIndexOfAny(Spaces);
            var w = before[(space + 1)..];
            before = space < 0 ? [] : before[..space].TrimEnd();
            var bare = w.TrimEnd(",;:");
            foreach (string noun in Nouns)
            {
                if (bare.Equals(noun, StringComparison.OrdinalIgnoreCase)) return true;
            }
            if (bare.Length != w.Length || w.EndsWith('.')) break;
        }
        return false;
    }

    /// <summary>A figure of the change's size: "12%", "$40", "4.5", "(3)%".</summary>
    private static bool IsFigure(string word) =>
        word.Any(char.IsAsciiDigit) && word.All(c => char.IsAsciiDigit(c) || c is '$' or '%' or '.' or ',' or '(' or ')') || word is "%" or "$";
}
