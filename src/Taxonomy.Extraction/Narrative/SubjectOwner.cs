namespace Taxonomy.Extraction.Narrative;

/// <summary>
/// Whose line item a phrase names. A possessive proper noun in front of it ("Marine Division's total sales",
/// "Harbor &amp; Rail's profit") makes it a segment's, a subsidiary's or a product line's, not the consolidated company's,
/// unless the name is the registrant's ("Bluefin's revenues", "Bluefin Robotics' revenues" for Bluefin Robotics, Inc.) or the
/// company itself ("the Company's net income"). A longer name that starts like the registrant's ("Bluefin Capital's") is a
/// subsidiary's. So does a proper name after the phrase, behind "for", "at", "from", "in" or "of" ("Operating income for
/// Motion Systems", "Net sales in North America"), unless it is the company, a period ("for the Fourth Quarter", "in
/// Fiscal 2031") or a measure's own words ("Income from Continuing Operations").
/// </summary>
internal sealed class SubjectOwner
{
    private static readonly string[] Company = ["company", "corporation", "registrant", "group"];

    private static readonly string[] TimeWords =
    [
        "quarter", "year", "fiscal", "today", "month", "week", "period", "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december", "first", "second", "third", "fourth",
        "quarters", "years", "months", "weeks", "periods", "three", "six", "nine", "twelve", "thirteen", "fourteen",
        "twenty-six", "thirty-nine", "fifty-two", "fifty-three", "ended", "ending", "full", "half", "annual", "quarterly",
        "year-to-date", "fy", "ytd", "ttm", "ltm",
    ];

    // Words a sentence or clause may start with before the name ("In Harbor Marine's …", "The Buckle's …").
    private static readonly string[] LeadingWords = ["the", "in", "for", "at", "during", "with", "and", "of", "by", "while"];

    // Prepositions that attach an owner after the phrase, and the words that may stand between them and the name.
    private static readonly string[] OwnerPrepositions = ["for", "at", "from", "in", "of"];
    private static readonly string[] Determiners = ["the", "its", "our"];

    // Capitalised words of a line item's own name or a basis of measurement, not of a segment or a region.
    private static readonly string[] MeasureWords =
    [
        "continuing", "discontinued", "operations", "operating", "activities", "gaap", "non-gaap", "income", "taxes", "tax",
        "interest", "total", "net",
    ];

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

    private static readonly string[] ReportingVerbs = ["reported", "had", "posted", "generated", "recorded", "delivered", "achieved"];
    private static readonly string[] SubsidiaryWords = ["subsidiary", "subsidiaries", "affiliate", "affiliates"];
    private static readonly string[] Pronouns = ["we", "it", "they"];

    /// <summary>
    /// True when the clause before the phrase at <paramref name="phraseStart"/> (from <paramref name="clauseStart"/>) makes a
    /// subsidiary its subject: it names one ("our Brazilian subsidiary reported revenue of …"), or a capitalised name other
    /// than the company's reports it ("Northwind Canada reported net income of …" for Northwind Outfitters, Inc.).
    /// </summary>
    public bool IsSubsidiarySubject(string text, int clauseStart, int phraseStart)
    {
        var before = text.AsSpan(clauseStart, phraseStart - clauseStart);
        foreach (string word in SubsidiaryWords)
        {
            int at = before.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || !char.IsLetter(before[at - 1])) && (at + word.Length == before.Length || !char.IsLetter(before[at + word.Length]))) return true;
        }
        // The reporting verb right before the phrase (an article or "total" may stand between), then the name before it:
        // another's only when the registrant's name is known to tell them apart.
        if (_registrant.Length == 0) return false;
        var (start, end) = WordBefore(text, clauseStart, phraseStart);
        if (start < end && text[start..end] is "a" or "an" or "total" or "record") (start, end) = WordBefore(text, clauseStart, start);
        if (start == end || !ReportingVerbs.Contains(text[start..end])) return false;
        var words = new List<string>();
        int from = start;
        while (true)
        {
            var (s, e) = WordBefore(text, clauseStart, from);
            if (s == e) break;
            string w = text[s..e];
            if (!(char.IsUpper(w[0]) || words.Count > 0 && w is "&" or "and" or "of")) break;
            words.Insert(0, w);
            from = s;
        }
        while (words.Count > 0 && (LeadingWords.Contains(words[0].ToLowerInvariant()) || words[0] is "&" or "and" or "of")) words.RemoveAt(0);
        if (words.Count == 0 || Pronouns.Contains(words[0].ToLowerInvariant())) return false;
        return !IsCompany(words);
    }

    /// <summary>
    /// True when a preposition and a capitalised name follow the phrase ending at <paramref name="phraseEnd"/>
    /// ("… for Motion Systems", "… in the Americas") and the name is not the company, a period or a measure's words.
    /// </summary>
    public bool IsAnotherAfter(string text, int phraseEnd)
    {
        int at = phraseEnd;
        var (start, end) = WordAfter(text, at);
        if (start == end || !OwnerPrepositions.Contains(text[start..end])) return false;
        at = end;
        (start, end) = WordAfter(text, at);
        if (start < end && Determiners.Contains(text[start..end])) { at = end; (start, end) = WordAfter(text, at); }
        if (start < end && char.IsLower(text[start]) && OwnedByCommonNoun(text, start)) return true;
        var words = new List<string>();
        while (start < end)
        {
            string word = text[start..end];
            if (!(char.IsUpper(word[0]) || words.Count > 0 && word is "&" or "and" or "of")) break;
            words.Add(word);
            at = end;
            (start, end) = WordAfter(text, at);
        }
        while (words.Count > 0 && words[^1] is "&" or "and" or "of") words.RemoveAt(words.Count - 1);
        if (words.Count == 0) return false;
        if (words.Any(w => MeasureWords.Contains(w.ToLowerInvariant()))) return false;
        return !IsCompany(words);
    }

    /// <summary>
    /// "Revenue of our largest competitor, … was", "Net sales from our services business were": after the preposition, a
    /// common noun phrase that is neither a period, the company, a measure's own words nor the amount itself ("of
    /// approximately $…") owns the line item. Read up to the first punctuation or verb; at most four words.
    /// </summary>
    private static bool OwnedByCommonNoun(string text, int at)
    {
        int count = 0;
        bool named = false;
        var (start, end) = WordAfter(text, at);
        while (start < end && count < 5)
        {
            var word = text.AsSpan(start, end - start);
            if (word.ContainsAnyExcept(LowerWord) || Contains(SubjectVerbWords, word)) break;
            named |= Contains(TimeWords, word) || Contains(MeasureWords, word) || Contains(Company, word) || Contains(NotOwners, word);
            count++;
            (start, end) = WordAfter(text, end);
        }
        if (count is 0 or > 4 || named) return false;
        // Followed by the amount or a number ("of approximately $2.1 billion", "in fiscal 2024"): not an owner.
        int next = start;
        while (next < text.Length && text[next] == ' ') next++;
        return next < text.Length && text[next] != '$' && !char.IsDigit(text[next]);
    }

    private static readonly System.Buffers.SearchValues<char> LowerWord = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz-");

    private static bool Contains(string[] words, ReadOnlySpan<char> word)
    {
        foreach (string w in words)
        {
            if (word.SequenceEqual(w)) return true;
        }
        return false;
    }

    // Words that follow a preposition without naming an owner: verbs and adverbs of the clause, amounts' qualifiers.
    private static readonly string[] SubjectVerbWords = ["was", "were", "is", "are", "totaled", "totalled", "reached", "amounted", "rose", "fell", "increased", "decreased", "grew", "declined"];

    private static readonly string[] NotOwners =
    [
        "approximately", "about", "nearly", "almost", "over", "more", "less", "up", "down", "this", "that", "prior", "previous",
        "last", "same", "current", "comparable", "basis", "accordance", "aggregate", "each", "both", "all",
    ];

    /// <summary>The word after <paramref name="at"/> past spaces (letters, digits, apostrophes, hyphens, periods inside a name, or a lone "&amp;"); empty at punctuation.</summary>
    private static (int Start, int End) WordAfter(string text, int at)
    {
        int start = at;
        while (start < text.Length && text[start] is ' ' or '\u00A0') start++;
        int end = start;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '\'' or '\u2019' or '-' or '&')) end++;
        return (start, end);
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

    /// <summary>The registrant's name words, in lower case, without leading articles or corporate suffixes (empty when unknown).</summary>
    public IReadOnlyList<string> RegistrantWords => _registrant;

    /// <summary>
    /// The words of a name in lower case, without leading "the", "in"… or trailing legal forms ("Inc.", "Corp."). Split at
    /// spaces and commas only, unlike <see cref="CompanyNames.Core"/>: a hyphenated or possessive word stays one word, as
    /// the sentence and heading words it is compared with do.
    /// </summary>
    private static string[] NameWords(string name)
    {
        var words = name.Split(NameBreaks, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Replace(".", string.Empty, StringComparison.Ordinal).ToLowerInvariant()).Where(w => w.Length > 0).ToList();
        while (words.Count > 1 && LeadingWords.Contains(words[0])) words.RemoveAt(0);
        while (words.Count > 1 && CompanyNames.IsLegalForm(words[^1])) words.RemoveAt(words.Count - 1);
        return [.. words];
    }

    private static readonly char[] NameBreaks = [' ', ',', '\u00A0'];
}
