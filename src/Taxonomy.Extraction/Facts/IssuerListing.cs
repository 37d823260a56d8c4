using System.Text.RegularExpressions;
using Taxonomy.Extraction.Segmentation;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// The issuer a release names with its stock listing, "The Buckle, Inc. (NYSE: BKE) announced today …": the exchange as
/// an EDGAR exchange code, the trading symbols, and the issuer's name as printed before the parenthesis (when a
/// dateline dash, a date, a line start or a "…-based" word bounds it). The first such listing in the document counts.
/// </summary>
internal sealed record IssuerListing(string Exchange, IReadOnlyList<string> Symbols, int Offset, int Length, (string Value, int Offset, int Length)? Name)
{
    // The listing as printed: "(NYSE: S)", "(Nasdaq: IMGN)", "(NASDAQ: GOOG, GOOGL)". Case matters for the symbols.
    private static Regex Pattern => field ??= new(
        @"\((?:NYSE American|NYSE MKT|NYSE Amex|NYSE|Nasdaq|NASDAQ|NasdaqGS|NASDAQ-GS|Nasdaq Global Select Market|Nasdaq Global Market|AMEX)\s*:\s*[A-Z]{1,5}(?:[.-][A-Z])?(?:\s*(?:,|and)\s*[A-Z]{1,5}(?:[.-][A-Z])?)*\)",
        RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

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
            foreach (var m in Pattern.EnumerateMatches(line.Text))
            {
                var listing = line.Text.AsSpan(m.Index + 1, m.Length - 2);
                int colon = listing.IndexOf(':');
                string exchange = ExchangeCode(listing[..colon].Trim().ToString());
                var symbols = new List<string>();
                foreach (var part in listing[(colon + 1)..].ToString().Replace(" and ", ",", StringComparison.Ordinal).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    symbols.Add(part);
                }
                var previous = i > 0 && lines[i - 1].Kind != LineKind.Blank && lines[i - 1].Index == line.Index - 1 ? lines[i - 1] : null;
                return new IssuerListing(exchange, symbols, line.Offset + m.Index, m.Length, NameBefore(previous, line, m.Index));
            }
        }
        return null;
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
