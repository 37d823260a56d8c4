using Taxonomy.Concepts;

namespace Taxonomy.Extraction;

/// <summary>
/// A company's name as the places that print it differ: EDGAR's conformed name ("AMAZON COM INC", "SOUTHERN CO /DE/"),
/// a release's issuer listing ("Amazon.com, Inc."), a title above a subsidiary's statements ("IRONBRIDGE ELECTRIC
/// COMPANY AND SUBSIDIARIES"). Its core words leave out what varies between them: capitals, punctuation and apostrophes
/// (the label normaliser's words, "&amp;" read as "and"), EDGAR's state suffix, a leading "the", an ending naming the
/// group and the legal form.
/// </summary>
internal static class CompanyNames
{
    // Legal forms, one or two words once punctuation is dropped ("N.V." is "n v").
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "inc", "incorporated", "corp", "corporation", "co", "company", "llc", "lp", "l p", "plc", "nv", "n v",
        "sa", "s a", "ag", "se", "ltd", "limited", "na", "n a", "gmbh",
    };

    // Words of a group ending: "and subsidiaries", "and its consolidated subsidiaries", "and subsidiary companies", "and consolidated affiliates".
    private static readonly HashSet<string> GroupWords = new(StringComparer.Ordinal) { "its", "consolidated", "subsidiary", "subsidiaries", "companies", "affiliates" };

    /// <summary>True when <paramref name="word"/> (lower case, without full stops) is a legal form ("inc", "ltd", "gmbh").</summary>
    public static bool IsLegalForm(string word) => LegalForms.Contains(word);

    /// <summary>
    /// The name's core words: normalised, without EDGAR's state suffix ("/DE/"), a leading "the", a group ending ("… and
    /// subsidiaries") and legal forms at its end. A name that is nothing but a legal form keeps it.
    /// </summary>
    public static List<string> Core(string name)
    {
        var words = Words(WithoutStateSuffix(name));
        if (words.Count > 0 && words[0] == "the") words.RemoveAt(0);
        int n = WithoutGroupEnding(words);
        while (n > 1)
        {
            if (LegalForms.Contains(words[n - 1])) n--;
            else if (n > 2 && LegalForms.Contains(words[n - 2] + " " + words[n - 1])) n -= 2;
            else break;
        }
        words.RemoveRange(n, words.Count - n);
        return words;
    }

    /// <summary>True when both names have the same core words: one company printed two ways.</summary>
    public static bool Equal(string a, string b)
    {
        var core = Core(a);
        return core.Count > 0 && core.SequenceEqual(Core(b), StringComparer.Ordinal);
    }

    /// <summary>
    /// Whether two names (as <see cref="Core"/> words) name one company as releases print it: one is the other's start
    /// ("apple" and "apple computer"), spelled with or without spaces ("wal mart" and "walmart"; apostrophes are dropped
    /// with the words), the other's initials ("ibe" and "international bolt exchange"), or the other with
    /// words left out ("tilly" and "eli tilly").
    /// </summary>
    public static bool SameCompany(List<string> a, List<string> b)
    {
        var (shorter, longer) = a.Count <= b.Count ? (a, b) : (b, a);
        return StartsAs(string.Concat(shorter), longer) || StartsAs(string.Concat(longer), shorter)
            || IsInitials(a, b) || IsInitials(b, a) || shorter.TrueForAll(longer.Contains);
    }

    // The label normaliser's words: lower case, punctuation and apostrophes dropped, "&" read as "and".
    public static List<string> Words(string text) => [.. LabelNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>The name without the state EDGAR adds to tell companies of one name apart ("SOUTHERN CO /DE/").</summary>
    private static string WithoutStateSuffix(string name)
    {
        string trimmed = name.TrimEnd();
        if (trimmed.Length < 4 || trimmed[^1] != '/') return name;
        int open = trimmed.LastIndexOf('/', trimmed.Length - 2);
        return open > 0 && trimmed[open - 1] == ' ' && trimmed.AsSpan(open + 1, trimmed.Length - open - 2).IndexOf(' ') < 0 ? trimmed[..open] : name;
    }

    /// <summary>How many words are left when an ending naming the group ("… and subsidiaries") is dropped.</summary>
    public static int WithoutGroupEnding(List<string> words)
    {
        for (int k = words.Count - 2; k >= 1 && GroupWords.Contains(words[k + 1]); k--)
        {
            if (words[k] != "and") continue;
            for (int i = k + 1; i < words.Count; i++)
            {
                if (words[i] is "subsidiary" or "subsidiaries" or "affiliates") return k;
            }
            break;
        }
        return words.Count;
    }

    /// <summary>Whether the first words of <paramref name="words"/>, run together, spell <paramref name="spelled"/>.</summary>
    private static bool StartsAs(string spelled, List<string> words)
    {
        int at = 0;
        foreach (string word in words)
        {
            if (!spelled.AsSpan(at).StartsWith(word, StringComparison.Ordinal)) return false;
            at += word.Length;
            if (at == spelled.Length) return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="acronym"/> ("ibm", or "p and g" for "P&amp;G") is the initials of the first two or more of <paramref name="words"/>.</summary>
    private static bool IsInitials(List<string> acronym, List<string> words)
    {
        if (acronym.Count > 1 && !acronym.TrueForAll(w => w == "and" || w.Length == 1)) return false;
        string letters = string.Concat(acronym.Where(w => w != "and"));
        if (letters.Length < 2) return false;
        int matched = 0;
        foreach (string word in words)
        {
            if (word is "and" or "of") continue;
            if (matched == letters.Length || word[0] != letters[matched]) return false;
            matched++;
            if (matched == letters.Length) return matched >= 2;
        }
        return false;
    }
}
