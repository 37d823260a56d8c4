using System.Globalization;
using System.Text.RegularExpressions;
using Taxonomy.Extraction.Periods;

namespace Taxonomy.Extraction.Narrative;

/// <summary>
/// A dollar amount written in prose: "$9.4 million", "$0.19", "$1,250", a negative one in parentheses ("$(0.19)",
/// "($0.19)", "($2.9) million"), or a range "$1.2 to $1.5 million"; with <see cref="WithCents"/>, also "41 cents".
/// The pattern has no capturing groups: NonBacktracking finds matches in linear time, but recovering groups costs it
/// an extra pass per match (about ten times the search on a typical sentence), so the parts of a match are read here
/// from its text instead. Reading is exact because every part after the number is optional and greedy.
/// </summary>
internal readonly partial record struct DollarAmount(int Index, int Length, bool IsRange, decimal? Magnitude, Decimals Decimals)
{
    /// <summary>True when the figure is printed in parentheses ("$(0.19)", "($0.19)", "($2.9) million"): a negative amount.</summary>
    public bool Negative { get; init; }

    /// <summary>True when the amount is written in cents ("41 cents"): a per-share amount or none.</summary>
    public bool InCents { get; init; }

    // "($41.2 million)" is not read as negative: parentheses around the scale word too may as well set an amount aside.
    private const string Dollars =
        @"\(\$\s?\d[\d,]*(?:\.\d+)?\)(?:\s+(?:million|billion|thousand))?|\$\s?(?:\(\d[\d,]*(?:\.\d+)?\)|\d[\d,]*(?:\.\d+)?(?:\s*(?:-|\u2013|to)\s*\$?\d)?)(?:\s+(?:million|billion|thousand))?";

    [GeneratedRegex(Dollars, Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    public static partial Regex Pattern { get; }

    /// <summary><see cref="Pattern"/> or an amount in cents ("41 cents", "7.5 cents"), for text that says "cent".</summary>
    [GeneratedRegex(Dollars + @"|\b\d{1,3}(?:\.\d+)?\s+cents?\b", Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    public static partial Regex WithCents { get; }

    /// <summary>The pattern to read <paramref name="text"/> with: <see cref="WithCents"/> only where it says "cent".</summary>
    public static Regex For(string text) => Patterns.MayContain(text, "cent") ? WithCents : Pattern;

    /// <summary>The amount a match of <see cref="Pattern"/> at <paramref name="index"/> spells.</summary>
    public static DollarAmount Read(string text, int index, int length)
    {
        var match = text.AsSpan(index, length);
        if (char.IsAsciiDigit(match[0])) return Cents(match, index, length);
        // "($0.19)": the parenthesis before the sign; "$(0.19)": after it.
        bool negative = match[0] == '(';
        int at = negative ? 2 : 1; // past '$'
        if (at < match.Length && char.IsWhiteSpace(match[at])) at++;
        if (!negative && at < match.Length && match[at] == '(')
        {
            negative = true;
            at++;
        }
        int numberStart = at;
        while (at < match.Length && (char.IsDigit(match[at]) || match[at] == ',')) at++;
        if (at + 1 < match.Length && match[at] == '.' && char.IsDigit(match[at + 1]))
        {
            at++;
            while (at < match.Length && char.IsDigit(match[at])) at++;
        }
        var number = match[numberStart..at];
        if (negative) at++; // ')
        var rest = match[at..].TrimStart();
        bool range = rest.Length > 0 && (rest[0] is '-' or '\u2013' || rest.StartsWith("to", StringComparison.OrdinalIgnoreCase));
        int power = range || rest.Length == 0 ? 0
            : rest.Equals("million", StringComparison.OrdinalIgnoreCase) ? 6
            : rest.Equals("billion", StringComparison.OrdinalIgnoreCase) ? 9 : 3;
        var (magnitude, decimals) = Value(number, power);
        return new DollarAmount(index, length, range, magnitude, decimals) { Negative = negative };
    }

    /// <summary>"41 cents": 0.41 at decimals 2.</summary>
    private static DollarAmount Cents(ReadOnlySpan<char> match, int index, int length)
    {
        int at = 0;
        while (at < match.Length && (char.IsAsciiDigit(match[at]) || match[at] == '.')) at++;
        var (magnitude, decimals) = Value(match[..at], -2);
        return new DollarAmount(index, length, false, magnitude, decimals) { InCents = true };
    }

    private static (decimal? Magnitude, Decimals Decimals) Value(ReadOnlySpan<char> number, int power)
    {
        Span<char> digits = stackalloc char[number.Length];
        int n = 0;
        foreach (char c in number)
        {
            if (c != ',') digits[n++] = c;
        }
        var text = digits[..n];
        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value)) return (null, default);
        int point = text.IndexOf('.');
        int fraction = point >= 0 ? text.Length - point - 1 : 0;
        return (value * Powers.Of10(power), Taxonomy.Decimals.Of(fraction - power));
    }
}
