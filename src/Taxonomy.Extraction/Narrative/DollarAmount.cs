using System.Globalization;
using System.Text.RegularExpressions;
using Taxonomy.Extraction.Periods;

namespace Taxonomy.Extraction.Narrative;

/// <summary>
/// A dollar amount written in prose: "$9.4 million", "$0.19", "$1,250", a negative one in parentheses "$(0.19)", or a
/// range "$1.2 to $1.5 million".
/// The pattern has no capturing groups: NonBacktracking finds matches in linear time, but recovering groups costs it
/// an extra pass per match (about ten times the search on a typical sentence), so the parts of a match are read here
/// from its text instead. Reading is exact because every part after the number is optional and greedy.
/// </summary>
internal readonly record struct DollarAmount(int Index, int Length, bool IsRange, decimal? Magnitude, Decimals Decimals)
{
    /// <summary>True when the figure is printed in parentheses after the sign ("$(0.19)"): a negative amount.</summary>
    public bool Negative { get; init; }

    public static Regex Pattern => field ??= new(
        @"\$\s?(?:\(\d[\d,]*(?:\.\d+)?\)|\d[\d,]*(?:\.\d+)?(?:\s*(?:-|\u2013|to)\s*\$?\d)?)(?:\s+(?:million|billion|thousand))?",
        Patterns.NonBacktrackingIgnoreCase);

    /// <summary>The amount a match of <see cref="Pattern"/> at <paramref name="index"/> spells.</summary>
    public static DollarAmount Read(string text, int index, int length)
    {
        var match = text.AsSpan(index, length);
        int at = 1; // past '$'
        if (at < match.Length && char.IsWhiteSpace(match[at])) at++;
        bool negative = at < match.Length && match[at] == '(';
        if (negative) at++;
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
