namespace Taxonomy.Extraction.Tables;

/// <summary>
/// Statements of another entity printed in the registrant's release: a holding company's release that also prints its
/// bank's or utility's statements under that subsidiary's name ("IRONBRIDGE ELECTRIC COMPANY" above "BALANCE SHEETS",
/// or "(a wholly owned subsidiary of …)"). Their figures are the subsidiary's, not the registrant's, so the table is
/// kept without values (a finding says why). A statement continuing such a table with no name of its own above it is
/// the same entity's. A name that agrees with the registrant's up to punctuation, a corporate suffix or "and
/// subsidiaries" is the registrant's; without a registrant name only the "subsidiary of" caption decides.
/// </summary>
internal static class OtherEntityTables
{
    // Legal forms: left out when two names are compared ("Oracle Corp" is "Oracle Corporation").
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "inc", "incorporated", "corp", "corporation", "co", "company", "llc", "lp", "l p", "plc", "nv", "n v",
        "sa", "s a", "ag", "se", "ltd", "limited", "na", "n a",
    };

    // Last words of a company's name beyond its legal form: they tell a bank from its holding company, so they stay in the comparison.
    private static readonly HashSet<string> NameEndings = new(StringComparer.Ordinal) { "companies", "group", "holdings", "bancorp", "bank", "trust" };

    /// <summary>The tables, those of another entity than <paramref name="registrant"/> kept without their values.</summary>
    public static IReadOnlyList<StatementTable> Skip(IReadOnlyList<StatementTable> tables, string? registrant)
    {
        var own = registrant is null ? null : Core(registrant);
        if (own is { Count: 0 }) own = null;
        List<StatementTable>? result = null;
        string? previousOther = null;
        for (int i = 0; i < tables.Count; i++)
        {
            var table = tables[i];
            var named = NamedEntity(table, own);
            string? other = named switch
            {
                { IsOther: true } => named.Value.Name,
                null when table.ContinuesPrevious => previousOther,
                _ => null,
            };
            previousOther = other;
            if (other is null || table.SkippedBecause is not null) continue;
            result ??= [.. tables];
            result[i] = table.Skipped($"the figures of {other}, an entity other than the registrant");
        }
        return result ?? tables;
    }

    /// <summary>The entity the lines above the title name, and whether it is another than the registrant; null when they name none.</summary>
    private static (string Name, bool IsOther)? NamedEntity(StatementTable table, List<string>? own)
    {
        (string Name, bool IsOther)? found = null;
        var preamble = table.Preamble;
        for (int k = 0; k < preamble.Count - 1; k++)
        {
            string text = preamble[k].Text.Trim();
            if (text.Length is 0 or > 120) continue;
            string lower = text.ToLowerInvariant();
            if (lower.Contains("subsidiary of", StringComparison.Ordinal))
            {
                string name = k > 0 ? preamble[k - 1].Text.Trim() : text.Trim('(', ')', ' ');
                return (name, true);
            }
            if (found is null && own is not null && NamesCompany(lower))
            {
                // "The Company" or "Results of the Company" names no company.
                var core = Core(text);
                bool namesOne = core.Count > 1 || core is [var only] && !IsEnding(only);
                if (namesOne && !lower.Contains(" of the ", StringComparison.Ordinal)) found = (text, !SameCompany(core, own));
            }
        }
        return found;
    }

    /// <summary>A line that ends on a corporate suffix ("… Company", "… Inc.", "… Corporation and Subsidiaries").</summary>
    private static bool NamesCompany(string lower)
    {
        var words = Words(lower);
        int n = WithoutGroupEnding(words);
        return n >= 2 && (IsEnding(words[n - 1]) || (n >= 3 && LegalForms.Contains(words[n - 2] + " " + words[n - 1])));
    }

    /// <summary>The name's words without a leading "the", corporate suffixes and "and subsidiaries"-style endings.</summary>
    internal static List<string> Core(string name)
    {
        var words = Words(name);
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

    // Words of a group ending: "and subsidiaries", "and its consolidated subsidiaries", "and subsidiary companies", "and consolidated affiliates".
    private static readonly HashSet<string> GroupWords = new(StringComparer.Ordinal) { "its", "consolidated", "subsidiary", "subsidiaries", "companies", "affiliates" };

    /// <summary>How many words are left when an ending naming the group ("… and subsidiaries") is dropped.</summary>
    private static int WithoutGroupEnding(List<string> words)
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

    /// <summary>
    /// Whether two names (as <see cref="Core"/> words) name one company as releases print it: one is the other's start
    /// ("apple" and "apple computer"), spelled with or without spaces ("wal mart" and "walmart"; apostrophes are dropped
    /// with the words), the other's initials ("ibe" and "international bolt exchange"), or the other with
    /// words left out ("tilly" and "eli tilly").
    /// </summary>
    internal static bool SameCompany(List<string> a, List<string> b)
    {
        var (shorter, longer) = a.Count <= b.Count ? (a, b) : (b, a);
        return StartsAs(string.Concat(shorter), longer) || StartsAs(string.Concat(longer), shorter)
            || IsInitials(a, b) || IsInitials(b, a) || shorter.TrueForAll(longer.Contains);
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

    private static bool IsEnding(string word) => LegalForms.Contains(word) || NameEndings.Contains(word);

    // The label normaliser's words: lower case, punctuation and apostrophes dropped, "&" read as "and".
    private static List<string> Words(string text) => [.. Taxonomy.Concepts.LabelNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)];
}
