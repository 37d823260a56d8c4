namespace Taxonomy.Extraction.Narrative;

/// <summary>
/// Whose line item a phrase names. A possessive proper noun in front of it ("Marine Division's total sales",
/// "Harbor &amp; Rail's profit") makes it a segment's, a subsidiary's or a product line's, not the consolidated company's,
/// unless the name is the registrant's ("Bluefin's revenues", "Bluefin Robotics' revenues" for Bluefin Robotics, Inc.) or the
/// company itself ("the Company's net income"). A longer name that starts like the registrant's ("Bluefin Capital's") is a
/// subsidiary's.
/// </summary>
internal sealed class SubjectOwner
{
    private static readonly string[] Company = ["company", "corporation", "registrant"];

    private static readonly string[] TimeWords =
    [
        "quarter", "year", "fiscal", "today", "month", "week", "period", "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december", "first", "second", "third", "fourth",
    ];

    private static readonly string[] CorporateSuffixes = ["inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc", "plc", "lp", "nv", "sa", "ag"];

    // Words a sentence or clause may start with before the name ("In Harbor Marine's …", "The Buckle's …").
    private static readonly string[] LeadingWords = ["the", "in", "for", "at", "during", "with", "and", "of", "by", "while"];

    private readonly string[] _registrant;

    public SubjectOwner(string? registrant)
    {
        _registrant = registrant is null ? [] : NameWords(registrant);
    }

    /// <summary>
    /// True when a capitalised possessive ("Resource Unit's"), at most two lower-case words before the phrase at
    /// <paramref name="phraseStart"/> ("… total sales", "… segment revenues"), names another subject than the company.
    /// </summary>
    public bool IsAnother(string text, int segStart, int phraseStart, int phraseEnd)
    {
        // "Harbor Products' revenues" may spell a known phrase ("harbor products revenues") once apostrophes are dropped:
        // a possessive inside the phrase is its owner all the same.
        int at = phraseStart;
        for (int i = phraseEnd - 1; i > phraseStart; i--)
        {
            if (text[i] is '\'' or '\u2019' && (i + 1 >= phraseEnd || text[i + 1] is 's' or ' ') && (text[i - 1] == 's' || i + 1 < phraseEnd && text[i + 1] == 's'))
            {
                at = i + 1 < phraseEnd && text[i + 1] == 's' ? i + 2 : i + 1;
                break;
            }
        }
        for (int k = 0; k < 3; k++)
        {
            var (start, end) = WordBefore(text, segStart, at);
            if (start == end) return false;
            string word = text[start..end];
            if (Possessive(word) is { } owner)
            {
                if (!char.IsUpper(owner[0])) return false;
                var words = new List<string> { owner };
                int from = start;
                while (true)
                {
                    var (s, e) = WordBefore(text, segStart, from);
                    if (s == e) break;
                    string w = text[s..e];
                    if (!(char.IsUpper(w[0]) || w is "&" or "and" or "of")) break;
                    words.Insert(0, w);
                    from = s;
                }
                return !IsCompany(words);
            }
            if (!word.All(char.IsLower)) return false;
            at = start;
        }
        return false;
    }

    private bool IsCompany(List<string> words)
    {
        if (words.Any(w => w.Any(char.IsDigit) || TimeWords.Contains(w.ToLowerInvariant()))) return true;
        if (Company.Contains(words[^1].ToLowerInvariant())) return true;
        var owner = NameWords(string.Join(' ', words));
        if (_registrant.Length == 0 || owner.Length == 0) return false;
        return owner.AsSpan().SequenceEqual(_registrant) || owner.Length == 1 && owner[0] == _registrant[0];
    }

    /// <summary>The name of a possessive word ("Unit's" → "Unit", "Industries'" → "Industries"), or null.</summary>
    private static string? Possessive(string word)
    {
        if (word.Length > 2 && word[^1] is 's' && word[^2] is '\'' or '\u2019') return word[..^2];
        if (word.Length > 2 && word[^1] is '\'' or '\u2019' && word[^2] == 's') return word[..^1];
        return null;
    }

    /// <summary>The word before <paramref name="at"/>: letters, digits, apostrophes, hyphens, or a lone "&amp;"; empty at the segment start or punctuation.</summary>
    private static (int Start, int End) WordBefore(string text, int segStart, int at)
    {
        int end = at;
        while (end > segStart && text[end - 1] is ' ' or '\u00A0') end--;
        int start = end;
        while (start > segStart && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '\'' or '\u2019' or '-' or '&')) start--;
        return (start, end);
    }

    /// <summary>The words of a name in lower case, without leading "the", "in"… or trailing corporate suffixes ("Inc.", "Corp.").</summary>
    private static string[] NameWords(string name)
    {
        var words = name.Split(NameBreaks, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Replace(".", string.Empty, StringComparison.Ordinal).ToLowerInvariant()).Where(w => w.Length > 0).ToList();
        while (words.Count > 1 && LeadingWords.Contains(words[0])) words.RemoveAt(0);
        while (words.Count > 1 && CorporateSuffixes.Contains(words[^1])) words.RemoveAt(words.Count - 1);
        return [.. words];
    }

    private static readonly char[] NameBreaks = [' ', ',', '\u00A0'];
}
