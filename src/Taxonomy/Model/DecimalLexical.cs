using System.Globalization;

namespace Taxonomy;

/// <summary>
/// The canonical lexical form of <c>xs:decimal</c> (no exponent, no leading <c>+</c>, no trailing fractional zeros,
/// no <c>-0</c>) and an exact parser that refuses values a <see cref="decimal"/> cannot hold exactly.
/// </summary>
public static class DecimalLexical
{
    private const NumberStyles Styles = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    /// <summary>The canonical form, e.g. <c>-9397000</c>, <c>-0.19</c>, <c>1.5</c> for <c>1.50m</c>.</summary>
    public static string Format(decimal value)
    {
        if (value == 0m) return "0";
        string text = value.ToString(CultureInfo.InvariantCulture);
        if (text.Contains('.')) text = text.TrimEnd('0').TrimEnd('.');
        return text;
    }

    /// <summary>
    /// Parses an <c>xs:decimal</c> lexical value (optional sign, digits, optional point and digits; invariant culture).
    /// Returns false for anything else, and for values with more significant digits than a <see cref="decimal"/> holds
    /// (parsing them would round silently).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0m;
        if (text.IsEmpty || !IsDecimalLexical(text)) return false;
        if (!decimal.TryParse(text, Styles, CultureInfo.InvariantCulture, out value)) return false;
        return Normalize(text) == Format(value);
    }

    /// <summary>Parses like <see cref="TryParse"/>.</summary>
    /// <exception cref="FormatException">The text is not an <c>xs:decimal</c> a <see cref="decimal"/> holds exactly.</exception>
    public static decimal Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var value)
            ? value
            : throw new FormatException($"'{text}' is not a decimal number that can be held exactly (digits with an optional sign and point, at most 28 significant digits).");
    }

    private static bool IsDecimalLexical(ReadOnlySpan<char> text)
    {
        int i = 0;
        if (text[0] is '+' or '-') i++;
        int digits = 0;
        bool point = false;
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsAsciiDigit(c)) digits++;
            else if (c == '.' && !point) point = true;
            else return false;
        }
        return digits > 0;
    }

    // The canonical form of a lexically valid xs:decimal, computed on the text so that no rounding can hide.
    private static string Normalize(ReadOnlySpan<char> text)
    {
        bool negative = text[0] == '-';
        if (text[0] is '+' or '-') text = text[1..];
        int point = text.IndexOf('.');
        var integer = (point < 0 ? text : text[..point]).TrimStart('0');
        var fraction = point < 0 ? ReadOnlySpan<char>.Empty : text[(point + 1)..].TrimEnd('0');
        if (integer.IsEmpty && fraction.IsEmpty) return "0";
        string result = (integer.IsEmpty ? "0" : integer.ToString()) + (fraction.IsEmpty ? "" : "." + fraction.ToString());
        return negative ? "-" + result : result;
    }
}
