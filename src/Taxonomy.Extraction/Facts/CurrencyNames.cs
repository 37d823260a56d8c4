using System.Text.RegularExpressions;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// The currencies text names, as ISO 4217 codes: words ("thousands of euros", "Canadian dollars", "pounds sterling"),
/// codes ("EUR millions") and signs ("€", "£", "C$", "US$"). A bare "$" names no currency (every dollar currency prints
/// it) and "¥" names none either (the yen and the renminbi share it): <see cref="Dollar"/> and <see cref="YenOrYuan"/>
/// stand for them until something else decides.
/// </summary>
internal static partial class CurrencyNames
{
    /// <summary>A bare dollar sign: some dollar currency.</summary>
    public const string Dollar = "$";

    /// <summary>A bare yen sign: the yen or the renminbi.</summary>
    public const string YenOrYuan = "¥";

    /// <summary>A currency named in words the list above does not know ("thousands of Chilean pesos", "in Thai baht").</summary>
    public const string Unlisted = "?";

    // Currency nouns, any of which a heading may name with a nationality the list does not know.
    private const string Nouns =
        @"(?:pesos?|dollars?|francs?|rupees?|liras?|lire|rubles?|roubles?|zlot(?:y|ys|ies)|ringgits?|rupiahs?|baht|dinars?|dirhams?|riyals?|rials?"
        + @"|rand|forints?|korun[ay]|koruny|shekels?|nairas?|shillings?|dong|reals?|reais|pounds?|kron(?:or|er|a|e)|yuan|won|leus?|lei|levs?|leva|tenge|hryvnias?)";

    // The same places a heading or a document names its currency, with any one-word nationality before a currency noun.
    [GeneratedRegex(
        $@"(?:thousands|millions|billions)\s+of\s+[a-z][a-z.]*\s+{Nouns}\b"
        + $@"|(?:expressed|stated|presented|reported|denominated)\s+in\s+[a-z][a-z.]*\s+{Nouns}\b"
        + $@"|\(\s*in\s+[a-z][a-z.]*\s+{Nouns}\b"
        + $@"|\b[a-z][a-z.]*\s+{Nouns}\s+in\s+(?:thousands|millions|billions)",
        Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex UnlistedPhrase { get; }

    private static readonly System.Buffers.SearchValues<string> NounParts = System.Buffers.SearchValues.Create(
        ["peso", "dollar", "franc", "rupee", "lira", "lire", "ruble", "rouble", "zlot", "ringgit", "rupiah", "baht", "dinar", "dirham", "riyal", "rial",
         "rand", "forint", "korun", "shekel", "naira", "shilling", "dong", "real", "reais", "pound", "kron", "yuan", "won", "leu", "lei", "lev", "tenge", "hryvnia"],
        StringComparison.OrdinalIgnoreCase);

    // The words the noun alternation above spells out, whole.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NounWords = new HashSet<string>(
        ["peso", "pesos", "dollar", "dollars", "franc", "francs", "rupee", "rupees", "lira", "liras", "lire", "ruble", "rubles", "rouble", "roubles",
         "zloty", "zlotys", "zloties", "ringgit", "ringgits", "rupiah", "rupiahs", "baht", "dinar", "dinars", "dirham", "dirhams", "riyal", "riyals",
         "rial", "rials", "rand", "forint", "forints", "koruna", "koruny", "shekel", "shekels", "naira", "nairas", "shilling", "shillings", "dong",
         "real", "reals", "reais", "pound", "pounds", "kronor", "kroner", "krona", "krone", "yuan", "won", "leu", "leus", "lei", "lev", "levs", "leva",
         "tenge", "hryvnia", "hryvnias"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether <paramref name="text"/> holds a currency noun as a whole word after a white space, as every unlisted phrase
    /// does: most lines that hold a noun's letters hold them inside another word ("material", "brand", "level"). Non-ASCII
    /// text always may (case-insensitive matching maps some of its letters onto ASCII ones, and its word characters differ).
    /// </summary>
    private static bool MayHoldNoun(string text)
    {
        var span = text.AsSpan();
        if (!System.Text.Ascii.IsValid(span)) return span.ContainsAny(NounParts);
        for (int at = span.IndexOfAny(NounParts); at >= 0; at = NextOf(span, at + 1, NounParts))
        {
            if (at == 0 || !char.IsWhiteSpace(span[at - 1])) continue;
            int end = at;
            while (end < span.Length && (char.IsAsciiLetterOrDigit(span[end]) || span[end] == '_')) end++;
            if (NounWords.Contains(span[at..end])) return true;
        }
        return false;
    }

    /// <summary>Where the next of <paramref name="values"/> in <paramref name="span"/> from <paramref name="from"/> starts, or -1.</summary>
    private static int NextOf(ReadOnlySpan<char> span, int from, System.Buffers.SearchValues<string> values)
    {
        int next = span[from..].IndexOfAny(values);
        return next < 0 ? -1 : from + next;
    }

    // Every unlisted phrase holds one of these or "(" before "in", whatever its spacing (most prose lines that hold a
    // currency noun hold none). "(" is looked for apart: a one-character value makes the search of the words several
    // times slower, and most lines that hold a "(" hold no "(in".
    private static readonly System.Buffers.SearchValues<string> PhraseAnchors = System.Buffers.SearchValues.Create(
        ["thousands", "millions", "billions", "expressed", "stated", "presented", "reported", "denominated"], StringComparison.OrdinalIgnoreCase);

    private static bool MayHoldPhrase(ReadOnlySpan<char> text)
    {
        if (text.ContainsAny(PhraseAnchors)) return true;
        for (int open = text.IndexOf('('); open >= 0; open = text.IndexOf('('))
        {
            text = text[(open + 1)..];
            var rest = text.TrimStart();
            if (rest.Length > 0 && rest[0] is 'i' or 'I') return true;
        }
        return false;
    }

    // A currency code in capitals where a heading names its currency ("(CLP millions)", "Amounts in: ARS thousands",
    // "thousands of COP", "(in PEN)", "(IN THOUSANDS OF CLP)"): one the list does not know is a currency all the same.
    [GeneratedRegex(
        @"\b[A-Z]{3}\s+(?:in\s+)?(?:thousands|millions|billions|THOUSANDS|MILLIONS|BILLIONS|'000|000s?|m|mn|bn)\b"
        + @"|(?:thousands|millions|billions|THOUSANDS|MILLIONS|BILLIONS)\s+of\s+[A-Z]{3}\b|\(\s*(?:in|IN)\s+[A-Z]{3}\s*\)"
        // In capitals only where the code closes the heading: "THOUSANDS OF NEW STORES" is no currency.
        + @"|(?:THOUSANDS|MILLIONS|BILLIONS)\s+OF\s+[A-Z]{3}\s*(?:\)|$)",
        Patterns.Timed, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex CodePhrase { get; }

    // Every code phrase holds one of these, "(" then "in" or "IN", or a white space then "m", "mn" or "bn" as a word: a line
    // that holds none holds no code phrase, and the pattern is not built for a document none of whose lines does.
    private static readonly System.Buffers.SearchValues<string> CodePhraseWords = System.Buffers.SearchValues.Create(
        ["thousands", "millions", "billions", "THOUSANDS", "MILLIONS", "BILLIONS", "000"], StringComparison.Ordinal);

    private static bool MayHoldCodePhrase(ReadOnlySpan<char> text)
    {
        if (text.ContainsAny(CodePhraseWords)) return true;
        for (int i = text.IndexOfAny('(', 'm', 'b'); i >= 0; i = Next(text, i))
        {
            var rest = text[(i + 1)..];
            if (text[i] == '(')
            {
                rest = rest.TrimStart();
                if (rest.StartsWith("in", StringComparison.Ordinal) || rest.StartsWith("IN", StringComparison.Ordinal)) return true;
                continue;
            }
            if (i == 0 || !char.IsWhiteSpace(text[i - 1])) continue;
            if (text[i] == 'm' && rest.StartsWith('n')) rest = rest[1..];
            else if (text[i] == 'b')
            {
                if (!rest.StartsWith('n')) continue;
                rest = rest[1..];
            }
            // The word ends there (a letter, digit or underscore after it would continue it).
            if (rest.IsEmpty || !(char.IsLetterOrDigit(rest[0]) || rest[0] == '_')) return true;
        }
        return false;

        static int Next(ReadOnlySpan<char> text, int at)
        {
            int next = text[(at + 1)..].IndexOfAny('(', 'm', 'b');
            return next < 0 ? -1 : at + 1 + next;
        }
    }

    // Words of three capitals that stand where a code would in a heading in capitals ("(ALL AMOUNTS IN MILLIONS)").
    private static readonly HashSet<string> NotCodes = new(StringComparer.Ordinal) { "ALL", "NET", "THE", "AND", "ARE", "PER", "NOT", "OUR", "ITS", "FOR", "USE" };

    /// <summary>True when <paramref name="text"/> names, where a heading names its currency, a code in capitals the list does not know.</summary>
    private static bool NamesUnlistedCode(string text)
    {
        foreach (var m in CodePhrase.EnumerateMatches(text))
        {
            var found = text.AsSpan(m.Index, m.Length);
            for (int i = 0; i + 3 <= found.Length; i++)
            {
                var word = found.Slice(i, 3);
                if ((i > 0 && char.IsAsciiLetter(found[i - 1])) || (i + 3 < found.Length && char.IsAsciiLetter(found[i + 3]))) continue;
                if (word.ContainsAnyExceptInRange('A', 'Z')) continue;
                string code = word.ToString();
                if (code is "IN" || NotCodes.Contains(code)) continue;
                return !Codes.Contains(code);
            }
        }
        return false;
    }

    /// <summary>True when <paramref name="text"/> holds three ASCII capitals in a row, as every code phrase does (most prose lines hold none).</summary>
    private static bool HoldsThreeCapitals(ReadOnlySpan<char> text)
    {
        for (int at = text.IndexOfAnyInRange('A', 'Z'); at >= 0 && at + 2 < text.Length; at = NextCapital(text, at + 1))
        {
            if (char.IsAsciiLetterUpper(text[at + 1]) && char.IsAsciiLetterUpper(text[at + 2])) return true;
        }
        return false;
    }

    private static int NextCapital(ReadOnlySpan<char> text, int from)
    {
        int next = text[from..].IndexOfAnyInRange('A', 'Z');
        return next < 0 ? -1 : from + next;
    }

    /// <summary>Adds <see cref="Unlisted"/> when <paramref name="text"/> names a currency in words that no known name covers.</summary>
    private static void CollectUnlisted(string text, ISet<string> into)
    {
        if (HoldsThreeCapitals(text) && MayHoldCodePhrase(text) && NamesUnlistedCode(text))
        {
            into.Add(Unlisted);
            return;
        }
        if (!MayHoldPhrase(text) || !MayHoldNoun(text)) return;
        foreach (var m in UnlistedPhrase.EnumerateMatches(text))
        {
            // "thousands of U.S. dollars", "(in Canadian dollars", "South African rand in millions": a name the list knows
            // (reaching a few words back for the names of two words) decides it.
            int from = Math.Max(0, m.Index - 16);
            if (!Name.IsMatch(text.AsSpan(from, m.Index + m.Length - from)) && !Quantities.IsMatch(text.AsSpan(m.Index, m.Length)))
            {
                into.Add(Unlisted);
                return;
            }
        }
    }

    // Determiners and measures where the nationality would stand ("thousands of the pesos it owes", "millions of net
    // pounds"): these name no currency.
    [GeneratedRegex(@"\b(?:of|in)\s+(?:the|these|those|their|its|our|such|other|all|net|total|gross|certain)\s", Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex Quantities { get; }

    private const string Words =
        @"(?:u\.?\s?s\.?|united\s+states|canadian|australian|hong\s+kong|new\s+zealand|singapore|new\s+taiwan)\s+dollars?|euros?|(?:pounds?\s+)?sterling|british\s+pounds?"
        + @"|(?:japanese\s+)?yen|renminbi|(?:chinese\s+)?yuan|swiss\s+francs?|indian\s+rupees?|(?:brazilian\s+)?reais|mexican\s+pesos?|(?:swedish|norwegian|danish)\s+kron(?:or|er|a|e)"
        + @"|south\s+african\s+rand|korean\s+won|new\s+israeli\s+shekels?";

    // Codes are read as words; the signs with a prefix name their dollar ("C$", "US$", "HK$").
    private const string Signs =
        @"\b(?:USD|EUR|CAD|GBP|JPY|CHF|AUD|CNY|RMB|HKD|NZD|SGD|TWD|INR|BRL|MXN|SEK|NOK|DKK|ZAR|KRW|ILS)\b|€|£|¥|￥|₹|₩|₪|\b(?:US|U\.S\.|C|CA|CDN|A|AU|HK|NZ|S|NT|R|MX)\$";

    /// <summary>
    /// The phrases of a table's heading that say which currency its amounts are in: "(in thousands of euros)",
    /// "(EUR millions)", "(£m)", "(C$ in millions)", "(in euros)", "(€)", "expressed in Canadian dollars", "(Swiss francs in millions)".
    /// </summary>
    [GeneratedRegex(
        $@"(?:thousands|millions|billions)\s+of\s+(?:{Words}|{Signs})"
        + $@"|(?:expressed|stated|presented|reported|denominated|amounts|figures)\s+(?:are\s+)?in\s+(?:{Words}|{Signs})"
        + $@"|\(\s*in\s+(?:{Words}|{Signs})"
        + $@"|(?:{Signs})\s*(?:in\s+)?(?:thousands|millions|billions|'000|000s?|m|mn|bn)\b"
        + $@"|(?:{Words})\s+in\s+(?:thousands|millions|billions)"
        + $@"|\(\s*(?:{Signs})\s*\)",
        Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex HeadingPhrase { get; }

    /// <summary>
    /// The sentences of a document that state the currency of all its amounts: "All amounts are in Canadian dollars unless
    /// otherwise stated", "expressed in euros".
    /// </summary>
    [GeneratedRegex(
        $@"(?:expressed|stated|presented|reported|denominated)\s+in\s+(?:{Words})"
        + $@"|(?:amounts|figures|results)\s+(?:are\s+|herein\s+are\s+)?in\s+(?:{Words})"
        + $@"|in\s+(?:{Words})\s*,?\s+unless\s+otherwise",
        Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex StatementPhrase { get; }

    [GeneratedRegex($"{Words}|{Signs}", Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex Name { get; }

    // Every currency word holds one of the first (any case); every code one of the second (codes are written in capitals);
    // a sign is "$" or not ASCII. Non-ASCII text always may name one: case-insensitive matching maps some of its letters
    // to ASCII ones (the Kelvin sign to k).
    private static readonly System.Buffers.SearchValues<string> WordParts = System.Buffers.SearchValues.Create(
        ["dollar", "euro", "sterling", "pound", "yen", "renminbi", "yuan", "franc", "rupee", "reais", "peso", "kron", "rand", "won", "shekel"], StringComparison.OrdinalIgnoreCase);

    // The codes a currency is named by; declared before the search values built from it (static fields start in order).
    private static readonly HashSet<string> Codes = new(StringComparer.Ordinal)
    {
        "USD", "EUR", "CAD", "GBP", "JPY", "CHF", "AUD", "CNY", "RMB", "HKD", "NZD", "SGD", "TWD", "INR", "BRL", "MXN", "SEK", "NOK", "DKK", "ZAR", "KRW", "ILS",
    };

    private static readonly System.Buffers.SearchValues<string> CodesAndDollar = System.Buffers.SearchValues.Create(["$", .. Codes], StringComparison.Ordinal);

    private static bool MayNameWord(string text) => text.AsSpan().ContainsAny(WordParts) || !System.Text.Ascii.IsValid(text);

    private static bool MayName(string text) => text.AsSpan().ContainsAny(CodesAndDollar) || MayNameWord(text);

    /// <summary>
    /// <see cref="MayNameWord"/> where a statement phrase names its currency: after "in" and a white space, so a currency
    /// word (or the word after its nationality) starts after a white space ("in Canadian dollars"; not "brand", "wonder" does).
    /// </summary>
    private static bool MayNameWordAfterSpace(string text)
    {
        var span = text.AsSpan();
        if (!System.Text.Ascii.IsValid(span)) return true;
        for (int at = span.IndexOfAny(WordParts); at >= 0; at = NextOf(span, at + 1, WordParts))
        {
            if (at > 0 && char.IsWhiteSpace(span[at - 1])) return true;
        }
        return false;
    }

    private static readonly System.Buffers.SearchValues<string> CodesAnyCase = System.Buffers.SearchValues.Create([.. Codes], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a heading phrase may name a currency in <paramref name="text"/>: every one holds a currency word, a code (the
    /// pattern ignores case), a sign that is not ASCII, or "$" after its country's letters ("C$", "U.S.$"). A bare "$",
    /// which most headings print ("($ in millions)"), names none.
    /// </summary>
    private static bool MayNameInHeading(string text)
    {
        if (MayNameWord(text) || text.AsSpan().ContainsAny(CodesAnyCase)) return true;
        for (int at = text.IndexOf('$'); at >= 0; at = text.IndexOf('$', at + 1))
        {
            if (at > 0 && (char.IsAsciiLetter(text[at - 1]) || text[at - 1] == '.')) return true;
        }
        return false;
    }

    /// <summary>The currencies the heading phrases in <paramref name="text"/> name (codes, or <see cref="YenOrYuan"/>).</summary>
    public static void InHeading(string text, ISet<string> into)
    {
        if (MayNameInHeading(text)) Collect(HeadingPhrase, text, into);
        CollectUnlisted(text, into);
    }

    /// <summary>
    /// The currency a column heading cell names when it is nothing but a currency's name or sign, in parentheses or not
    /// ("RMB", "US$", "(€)", "Euros"), or null.
    /// </summary>
    public static string? OfColumnHeading(string cell)
    {
        var name = cell.AsSpan().Trim(" \t()");
        if (name.IsEmpty || name.Length > 30 || !MayName(cell)) return null;
        foreach (var m in Name.EnumerateMatches(name))
        {
            return m.Index == 0 && m.Length == name.Length ? CodeOf(name) : null;
        }
        return null;
    }

    // Every statement phrase holds one of these (most prose lines that name a currency hold none). Non-ASCII text always
    // may hold one, as for the currency words.
    private static readonly System.Buffers.SearchValues<string> StatementAnchors = System.Buffers.SearchValues.Create(
        ["expressed", "stated", "presented", "reported", "denominated", "amounts", "figures", "results", "unless"], StringComparison.OrdinalIgnoreCase);

    /// <summary>The currencies the document-wide statements in <paramref name="text"/> name.</summary>
    public static void InStatement(string text, ISet<string> into)
    {
        if ((text.AsSpan().ContainsAny(StatementAnchors) || !System.Text.Ascii.IsValid(text)) && MayNameWordAfterSpace(text)) Collect(StatementPhrase, text, into);
        CollectUnlisted(text, into);
    }

    private static void Collect(Regex phrase, string text, ISet<string> into)
    {
        if (!MayName(text)) return;
        foreach (var m in phrase.EnumerateMatches(text))
        {
            string found = text.Substring(m.Index, m.Length);
            foreach (var n in Name.EnumerateMatches(found))
            {
                if (CodeOf(found.AsSpan(n.Index, n.Length)) is { } code) into.Add(code);
            }
        }
    }

    /// <summary>
    /// The currencies the signs printed in <paramref name="cells"/> (a row's text after its label) name: codes,
    /// <see cref="Dollar"/> for a bare "$", <see cref="YenOrYuan"/> for "¥".
    /// </summary>
    public static void InCells(ReadOnlySpan<char> cells, ISet<string> into)
    {
        for (int i = 0; i < cells.Length; i++)
        {
            char c = cells[i];
            switch (c)
            {
                case '€': into.Add("EUR"); break;
                case '£': into.Add("GBP"); break;
                case '¥' or '￥': into.Add(YenOrYuan); break;
                case '₹': into.Add("INR"); break;
                case '₩': into.Add("KRW"); break;
                case '₪': into.Add("ILS"); break;
                case '$':
                    int start = i;
                    while (start > 0 && (char.IsAsciiLetter(cells[start - 1]) || cells[start - 1] == '.')) start--;
                    into.Add(start == i ? Dollar : CodeOf(cells[start..(i + 1)]) ?? Dollar);
                    break;
                default:
                    if (char.IsAsciiLetterUpper(c) && i + 3 <= cells.Length && (i == 0 || !char.IsAsciiLetter(cells[i - 1]))
                        && (i + 3 == cells.Length || !char.IsAsciiLetter(cells[i + 3])) && Codes.Contains(cells.Slice(i, 3).ToString()))
                    {
                        into.Add(CodeOf(cells.Slice(i, 3))!);
                        i += 2;
                    }
                    break;
            }
        }
    }

    private static readonly HashSet<string> DollarCodes = new(StringComparer.Ordinal) { "USD", "CAD", "AUD", "HKD", "NZD", "SGD", "TWD" };

    /// <summary>True when a bare "$" may print amounts of the currency <paramref name="code"/>.</summary>
    public static bool IsDollar(string code) => DollarCodes.Contains(code);

    /// <summary>The ISO 4217 code a currency name spells, <see cref="YenOrYuan"/> for a bare "¥", or null.</summary>
    public static string? CodeOf(ReadOnlySpan<char> name)
    {
        Span<char> buffer = stackalloc char[name.Length];
        int n = 0;
        foreach (char c in name)
        {
            if (!char.IsWhiteSpace(c) && c != '.') buffer[n++] = char.ToLowerInvariant(c);
        }
        var t = buffer[..n];
        if (t.EndsWith("$"))
        {
            return t[..^1] switch
            {
                "us" => "USD",
                "c" or "ca" or "cdn" => "CAD",
                "a" or "au" => "AUD",
                "hk" => "HKD",
                "nz" => "NZD",
                "s" => "SGD",
                "nt" => "TWD",
                "r" => "BRL",
                "mx" => "MXN",
                _ => null,
            };
        }
        if (t.Length == 1 || t is "￥")
        {
            return t[0] switch { '€' => "EUR", '£' => "GBP", '¥' or '￥' => YenOrYuan, '₹' => "INR", '₩' => "KRW", '₪' => "ILS", _ => null };
        }
        if (t.Length == 3 && Codes.Contains(t.ToString().ToUpperInvariant()))
        {
            return t is "rmb" ? "CNY" : t.ToString().ToUpperInvariant();
        }
        if (t.Contains("canadian", StringComparison.Ordinal)) return "CAD";
        if (t.Contains("australian", StringComparison.Ordinal)) return "AUD";
        if (t.Contains("hongkong", StringComparison.Ordinal)) return "HKD";
        if (t.Contains("newzealand", StringComparison.Ordinal)) return "NZD";
        if (t.Contains("singapore", StringComparison.Ordinal)) return "SGD";
        if (t.Contains("taiwan", StringComparison.Ordinal)) return "TWD";
        if (t.StartsWith("usdollar", StringComparison.Ordinal) || t.StartsWith("unitedstates", StringComparison.Ordinal)) return "USD";
        if (t.StartsWith("euro", StringComparison.Ordinal)) return "EUR";
        if (t.Contains("sterling", StringComparison.Ordinal) || t.Contains("pound", StringComparison.Ordinal)) return "GBP";
        if (t.EndsWith("yen", StringComparison.Ordinal)) return "JPY";
        if (t.Contains("renminbi", StringComparison.Ordinal) || t.EndsWith("yuan", StringComparison.Ordinal)) return "CNY";
        if (t.Contains("franc", StringComparison.Ordinal)) return "CHF";
        if (t.Contains("rupee", StringComparison.Ordinal)) return "INR";
        if (t.EndsWith("reais", StringComparison.Ordinal)) return "BRL";
        if (t.Contains("peso", StringComparison.Ordinal)) return "MXN";
        if (t.StartsWith("swedish", StringComparison.Ordinal)) return "SEK";
        if (t.StartsWith("norwegian", StringComparison.Ordinal)) return "NOK";
        if (t.StartsWith("danish", StringComparison.Ordinal)) return "DKK";
        if (t.EndsWith("rand", StringComparison.Ordinal)) return "ZAR";
        if (t.EndsWith("won", StringComparison.Ordinal)) return "KRW";
        if (t.Contains("shekel", StringComparison.Ordinal)) return "ILS";
        return null;
    }
}
