using Taxonomy.Extraction.Segmentation;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// The issuer a release names with its stock listing, "The Buckle, Inc. (NYSE: BKE) announced today …": the exchange as
/// an EDGAR exchange code, the trading symbols, and the issuer's name as printed before the parenthesis (when a
/// dateline dash, a date, a line start or a "…-based" word bounds it). The first such listing in the document counts.
/// </summary>
internal sealed record IssuerListing(string Exchange, IReadOnlyList<string> Symbols, int Offset, int Length, (string Value, int Offset, int Length)? Name)
{
    // Longest first: "NYSE American" before "NYSE".
    private static readonly string[] Exchanges =
    [
        "Nasdaq Global Select Market", "Nasdaq Global Market", "NYSE American", "NYSE MKT", "NYSE Amex", "NASDAQ-GS", "NasdaqGS",
        "NYSE", "Nasdaq", "NASDAQ", "AMEX",
    ];

    private const int MaxNameWords = 8;

    public static IssuerListing? Find(IReadOnlyList<TextLine> lines)
    {
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!(line.Text.Contains("NYSE", StringComparison.Ordinal) || line.Text.Contains("asdaq", StringComparison.Ordinal)
                || line.Text.Contains("NASDAQ", StringComparison.Ordinal) || line.Text.Contains("AMEX", StringComparison.Ordinal)))
            {
                continue;
            }
            string text = line.Text;
            for (int open = text.IndexOf('('); open >= 0; open = text.IndexOf('(', open + 1))
            {
                if (ListingAt(text, open) is not { } listing) continue;
                var previous = i > 0 && lines[i - 1].Kind != LineKind.Blank && lines[i - 1].Index == line.Index - 1 ? lines[i - 1] : null;
                return new IssuerListing(ExchangeCode(listing.Exchange), listing.Symbols, line.Offset + open, listing.End - open, NameBefore(previous, line, open));
            }
        }
        return null;
    }

    /// <summary>
    /// The listing printed at <paramref name="open"/> (a parenthesis): "(NYSE: S)", "(Nasdaq: IMGN)", "(NASDAQ: GOOG, GOOGL)",
    /// an exchange, a colon and symbols of one to five capitals (a class letter after "." or "-"), separated by commas or
    /// "and". Case matters for the symbols. Read by hand: a pattern would be built in every process for one line.
    /// </summary>
    private static (string Exchange, List<string> Symbols, int End)? ListingAt(string text, int open)
    {
        string? exchange = null;
        foreach (string name in Exchanges)
        {
            if (text.AsSpan(open + 1).StartsWith(name, StringComparison.Ordinal)) { exchange = name; break; }
        }
        if (exchange is null) return null;
        int i = SkipSpace(text, open + 1 + exchange.Length);
        if (i >= text.Length || text[i] != ':') return null;
        i = SkipSpace(text, i + 1);
        var symbols = new List<string>();
        while (true)
        {
            int end = SymbolEnd(text, i);
            if (end < 0) return null;
            symbols.Add(text[i..end]);
            i = SkipSpace(text, end);
            if (i >= text.Length) return null;
            if (text[i] == ')') return (exchange, symbols, i + 1);
            if (text[i] == ',') i = SkipSpace(text, i + 1);
            else if (text.AsSpan(i).StartsWith("and", StringComparison.Ordinal)) i = SkipSpace(text, i + 3);
            else return null;
        }
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    /// <summary>Where a symbol starting at <paramref name="i"/> ends ("S", "GOOGL", "BRK.B"), or −1 when none starts there.</summary>
    private static int SymbolEnd(string text, int i)
    {
        int j = i;
        while (j < text.Length && j - i < 5 && char.IsAsciiLetterUpper(text[j])) j++;
        if (j == i) return -1;
        if (j + 1 < text.Length && text[j] is '.' or '-' && char.IsAsciiLetterUpper(text[j + 1])) j += 2;
        return j;
    }

    /// <summary>EDGAR's code for the exchange: NYSE, NASDAQ (any of its markets), NYSEAMER (the former American Stock Exchange).</summary>
    private static string ExchangeCode(string printed) => printed switch
    {
        "NYSE" => "NYSE",
        "NYSE American" or "NYSE MKT" or "NYSE Amex" or "AMEX" => "NYSEAMER",
        _ => "NASDAQ",
    };

    /// <summary>
    /// The capitalised words just before the listing ("Sears, Roebuck and Co."), continuing from the line before when
    /// they start the line; null unless a boundary (a dash, a date, "…-based", a blank line) precedes them.
    /// </summary>
    private static (string, int, int)? NameBefore(TextLine? previous, TextLine line, int parenthesis)
    {
        var words = new List<(string Word, int Offset)>();
        bool bounded = Collect(line.Text, line.Offset, parenthesis, words, out bool reachedStart);
        if (!bounded && reachedStart && words.Count < MaxNameWords)
        {
            bounded = previous is null || Collect(previous.Text, previous.Offset, previous.Text.Length, words, out _);
        }
        while (words.Count > 0 && !char.IsAsciiLetterUpper(words[^1].Word[0])) words.RemoveAt(words.Count - 1);
        if (!bounded || words.Count == 0 || words.Count > MaxNameWords) return null;
        words.Reverse();
        int start = words[0].Offset, end = words[^1].Offset + words[^1].Word.Length;
        return (string.Join(' ', words.Select(w => w.Word)), start, end - start);
    }

    /// <summary>Walks back from <paramref name="end"/> over name words; true when a boundary ends the walk.</summary>
    private static bool Collect(string text, int lineOffset, int end, List<(string, int)> words, out bool reachedStart)
    {
        reachedStart = false;
        int i = end;
        while (true)
        {
            while (i > 0 && char.IsWhiteSpace(text[i - 1])) i--;
            if (i == 0) { reachedStart = true; return false; }
            int wordEnd = i;
            while (i > 0 && !char.IsWhiteSpace(text[i - 1])) i--;
            string word = text[i..wordEnd];
            bool connector = word is "and" or "&" or "of" or "de";
            if (!connector && (!word.Any(char.IsLetter) || word.EndsWith("-based", StringComparison.OrdinalIgnoreCase) || word.EndsWith('/'))) return true;
            if (!(connector || char.IsAsciiLetterUpper(word[0]))) return false;
            words.Add((word, lineOffset + i));
            if (words.Count > MaxNameWords) return false;
        }
    }
}
