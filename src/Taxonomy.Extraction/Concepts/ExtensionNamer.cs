using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Concepts;

/// <summary>
/// Names company extension concepts: the prefix is the filer's ticker in lower case ("(Nasdaq: ABCD)"), else
/// letters of its name, else <c>ext</c>; the namespace is <c>http://{web domain}/{period end yyyyMMdd}</c> when the
/// document names a web domain, else <c>https://taxonomy.dev/extension/{prefix}/{yyyyMMdd}</c> (our documented scheme).
/// </summary>
internal sealed partial class ExtensionNamer
{
    [GeneratedRegex(@"\((?:NASDAQ|Nasdaq|NYSE|AMEX|NYSE\s+American|NASDAQ\s+GS|OTC)\s*(?:GS|GM|CM)?\s*:\s*[A-Za-z.]{1,6}\)",
        Patterns.Timed, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex Ticker { get; }

    private static Regex Domain => field ??= new(@"(?:www\.|@)[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|biz|co|us|io)\b",
        Patterns.NonBacktrackingIgnoreCase);

    public ExtensionNamer(string prefix, string namespaceUri)
    {
        Prefix = prefix;
        NamespaceUri = namespaceUri;
    }

    public string Prefix { get; }

    public string NamespaceUri { get; }

    public static ExtensionNamer For(string text, string? registrantName, DateOnly? periodEnd)
    {
        string prefix = Patterns.FirstMatch(Ticker, text) is { } ticker ? TickerSymbol(text.Substring(ticker.Index, ticker.Length)).Replace(".", string.Empty, StringComparison.Ordinal).ToLowerInvariant()
            : Initials(registrantName);
        string date = periodEnd is { } d ? d.ToString("yyyyMMdd", CultureInfo.InvariantCulture) : "undated";
        string ns = FirstDomain(text) is { } domain
            ? $"http://www.{DomainName(text.Substring(domain.Index, domain.Length)).ToLowerInvariant()}/{date}"
            : $"https://taxonomy.dev/extension/{prefix}/{date}";
        return new ExtensionNamer(prefix, ns);
    }

    /// <summary>
    /// The first match of <see cref="Domain"/>: every one starts with "www." or "@", so the pattern runs from the first of
    /// those (a release names its web site near its end; most submissions' text before it is long).
    /// </summary>
    private static (int Index, int Length)? FirstDomain(string text)
    {
        int www = text.IndexOf("www.", StringComparison.OrdinalIgnoreCase), at = text.IndexOf('@');
        int start = www < 0 ? at : at < 0 ? www : Math.Min(www, at);
        if (start < 0) return null;
        foreach (var m in Domain.EnumerateMatches(text.AsSpan(start))) return (start + m.Index, m.Length);
        return null;
    }

    /// <summary>The symbol of a ticker match ("(Nasdaq: ABCD)"): after its only colon and the white space after it, before the closing parenthesis.</summary>
    private static string TickerSymbol(string match)
    {
        int colon = match.LastIndexOf(':');
        return match.AsSpan(colon + 1, match.Length - colon - 2).TrimStart().ToString();
    }

    /// <summary>The domain of a domain match: after the "www." or "@" it starts with.</summary>
    private static string DomainName(string match) => match[(match[0] == '@' ? 1 : 4)..];

    /// <summary>An extension concept for a line item labelled <paramref name="label"/>.</summary>
    public QName Concept(string label)
    {
        var builder = new StringBuilder();
        foreach (var word in LabelNormalizer.Normalize(label).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
        }
        string name = builder.Length == 0 || char.IsDigit(builder[0]) ? "Item" + builder : builder.ToString();
        return new QName(Prefix, name);
    }

    private static readonly char[] ClosingPunctuation = ['.', ',', ':', ';'];

    /// <summary>A label in sentence case from a phrase as printed.</summary>
    public static string Label(string phrase)
    {
        string trimmed = WithoutFiguresByYear(phrase).Trim().TrimEnd(ClosingPunctuation);
        return trimmed.Length == 0 ? trimmed : char.ToUpperInvariant(trimmed[0]) + trimmed[1..];
    }

    /// <summary>
    /// The phrase without the figures by year closing it after its last colon ("…; shares outstanding: 2025, 1,900; 2024,
    /// 1,100"): they qualify one printing of the item, not the item, and differ between the statements that print it.
    /// </summary>
    private static string WithoutFiguresByYear(string phrase)
    {
        int colon = phrase.LastIndexOf(':');
        if (colon < 0) return phrase;
        string rest = phrase[(colon + 1)..].Trim();
        return rest.Length > 5 && Tables.HeaderLines.IsYear(rest[..4]) && rest[4] == ',' ? phrase[..colon] : phrase;
    }

    private static string Initials(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return "ext";
        var letters = new string(LabelNormalizer.Normalize(name).Where(char.IsAsciiLetter).Take(6).ToArray());
        return letters.Length >= 2 ? letters : "ext";
    }
}
