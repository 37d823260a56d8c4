using System.Globalization;

namespace Taxonomy.Extraction.Tables;

/// <summary>
/// Reads the numbers of financial tables exactly as <see cref="decimal"/>: <c>$</c> signs, parentheses, angle
/// brackets and leading or trailing minus signs for negatives, thousands separators (damaged ones flagged, not guessed), decimal fractions.
/// Span scanning, no regular expressions.
/// </summary>
internal static class NumberParser
{
    /// <summary>Reads one number that fills <paramref name="text"/> (after markup removal); null when the text is not one number.</summary>
    public static NumberReading? ParseSingle(string text, int offset)
    {
        // Every number holds a digit: text without one is not read (most cells are labels).
        if (!text.AsSpan().ContainsAnyInRange('0', '9')) return null;
        NumberReading? only = null;
        int i = 0;
        while (true)
        {
            var reading = Next(text, ref i, offset, allowSpaceGroups: true, out bool failed);
            if (failed) return null;
            if (reading is null) return only;
            // A second number: not one number, whatever follows.
            if (only is not null) return null;
            only = reading;
        }
    }

    /// <summary>
    /// Reads a run of numbers separated by spaces (a second printing like <c>$ 3,207 2,223 (9,412)</c>). With
    /// <paramref name="allowSpaceGroups"/>, <c>12 345</c> is one number with a damaged separator; without, two numbers.
    /// Returns null when something other than numbers, <c>$</c> and whitespace is present, or no number at all.
    /// </summary>
    public static List<NumberReading>? ParseRun(string text, int offset, bool allowSpaceGroups)
    {
        // Every number holds a digit: text without one is no run (most cells are labels).
        if (!text.AsSpan().ContainsAnyInRange('0', '9')) return null;
        var result = new List<NumberReading>();
        int i = 0;
        while (true)
        {
            var reading = Next(text, ref i, offset, allowSpaceGroups, out bool failed);
            if (failed) return null;
            if (reading is null) return result;
            result.Add(reading);
        }
    }

    /// <summary>
    /// The next number of a run from <paramref name="i"/>, which moves past it; null at the end of the text, or with
    /// <paramref name="failed"/> when something other than a number comes next.
    /// </summary>
    private static NumberReading? Next(string text, ref int i, int offset, bool allowSpaceGroups, out bool failed)
    {
        failed = true;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == '$')) i++;
        if (i >= text.Length)
        {
            failed = false;
            return null;
        }
        char c = text[i];
        int start = i;
        bool negative = false;
        char close = '\0';
        // Parentheses, or angle brackets in some accounting printouts ("<8,000>"), enclose a negative amount.
        if (c is '(' or '<') { close = c == '(' ? ')' : '>'; negative = true; i++; }
        while (i < text.Length && (text[i] == ' ' || text[i] == '$')) i++;
        if (i < text.Length && (text[i] == '-' || text[i] == '\u2212' || text[i] == '\u2013'))
        {
            negative = true;
            i++;
            while (i < text.Length && (text[i] == ' ' || text[i] == '$')) i++;
        }
        if (i >= text.Length || !(char.IsAsciiDigit(text[i]) || (text[i] == '.' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))))
        {
            return null;
        }
        var reading = ReadDigits(text, ref i, allowSpaceGroups);
        if (reading is null) return null;
        if (close != '\0')
        {
            while (i < text.Length && text[i] == ' ') i++;
            if (i >= text.Length || text[i] != close) return null;
            i++;
        }
        else if (i < text.Length && text[i] is ')' or '>')
        {
            return null;
        }
        else if (!negative && i < text.Length && text[i] is '-' or '\u2212' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || text[i + 1] == '$'))
        {
            // A trailing minus ("2,000-"), as some ledgers print a negative amount.
            negative = true;
            i++;
        }
        if (i < text.Length && text[i] == '%') return null;
        if (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '$') return null;
        var (value, fraction, quality, alternative) = reading.Value;
        if (negative)
        {
            value = -value;
            alternative = -alternative;
        }
        failed = false;
        return new NumberReading(value, fraction, quality, quality == NumberQuality.AmbiguousPoint ? alternative : null,
            offset + start, i - start, text[start..i]);
    }

    /// <summary>
    /// Reads digit groups and the single separators between them (<c>,</c>, <c>.</c>, a space where allowed) from
    /// <paramref name="i"/>, which moves past them; the number is read from the span they fill.
    /// </summary>
    private static (decimal Value, int Fraction, NumberQuality Quality, decimal? Alternative)? ReadDigits(string text, ref int i, bool allowSpaceGroups)
    {
        if (text[i] == '.') return LeadingPoint(text, ref i);
        int start = i;
        int group = i; // where the current digit group starts
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsAsciiDigit(c)) { i++; continue; }
            bool sep = c is ',' or '.' || (allowSpaceGroups && c == ' ');
            if (sep && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && i > group)
            {
                if (c == ' ')
                {
                    // A space joins digit groups only when exactly three digits follow and then no further digit.
                    int k = i + 1;
                    while (k < text.Length && char.IsAsciiDigit(text[k])) k++;
                    if (k - (i + 1) != 3 || i - group > 3) break;
                }
                i++;
                group = i;
                continue;
            }
            break;
        }
        if (i == start) return null;
        return Interpret(text.AsSpan(start, i - start));
    }

    /// <summary>A fraction printed without its leading zero (<c>$ .93</c>, as older statements print per-share amounts).</summary>
    private static (decimal, int, NumberQuality, decimal?)? LeadingPoint(string text, ref int i)
    {
        int k = i + 1;
        while (k < text.Length && char.IsAsciiDigit(text[k])) k++;
        int digits = k - i - 1;
        // A second point or a group separator after the digits (".5.3", ".500,000") is no fraction.
        if (digits is 0 or > 10 || k < text.Length && text[k] is '.' or ',') return null;
        decimal value = decimal.Parse(text.AsSpan(i + 1, digits), NumberStyles.None, CultureInfo.InvariantCulture);
        for (int d = 0; d < digits; d++) value /= 10m;
        i = k;
        return (value, digits, NumberQuality.Clean, null);
    }

    /// <summary>
    /// The value of digit groups separated by single separators (<paramref name="number"/> starts and ends with a digit).
    /// </summary>
    private static (decimal, int, NumberQuality, decimal?)? Interpret(ReadOnlySpan<char> number)
    {
        int firstSeparator = number.IndexOfAnyExceptInRange('0', '9');
        if (firstSeparator < 0) return Exact(number) is { } whole ? (whole, 0, NumberQuality.Clean, null) : null;
        int lastSeparator = number.LastIndexOfAnyExceptInRange('0', '9');
        int lastPoint = number.LastIndexOf('.');
        bool spaces = number.Contains(' ');
        Span<char> buffer = number.Length <= 64 ? stackalloc char[number.Length + 1] : new char[number.Length + 1];
        if (lastPoint == lastSeparator && number.IndexOf('.') == lastPoint)
        {
            // One point, last: digits after it are a fraction unless the integer part is comma-grouped oddly.
            var integerPart = number[..lastPoint];
            if (!ValidGroups(integerPart)) return null;
            var fraction = number[(lastPoint + 1)..];
            int integerDigits = DigitsOf(integerPart, buffer);
            buffer[integerDigits] = '.';
            fraction.CopyTo(buffer[(integerDigits + 1)..]);
            if (Exact(buffer[..(integerDigits + 1 + fraction.Length)]) is not { } literal) return null;
            // "0.125" is no thousands group: a first group of digits never starts with a zero.
            bool ambiguous = fraction.Length == 3 && firstSeparator == lastSeparator && firstSeparator <= 3 && number[0] != '0';
            if (ambiguous)
            {
                fraction.CopyTo(buffer[integerDigits..]);
                return (literal, 3, NumberQuality.AmbiguousPoint, Exact(buffer[..(integerDigits + fraction.Length)]));
            }
            return (literal, fraction.Length, spaces ? NumberQuality.SpaceSeparated : NumberQuality.Clean, null);
        }
        if (!ValidGroups(number)) return null;
        var digits = buffer[..DigitsOf(number, buffer)];
        // Several points, or a point before commas: all are damaged thousands separators.
        if (lastPoint >= 0) return Exact(digits) is { } joined ? (joined, 0, NumberQuality.SpaceSeparated, null) : null;
        return Exact(digits) is { } value ? (value, 0, spaces ? NumberQuality.SpaceSeparated : NumberQuality.Clean, null) : null;
    }

    /// <summary>Copies the digits of <paramref name="groups"/> (without separators) into <paramref name="into"/>; returns how many.</summary>
    private static int DigitsOf(ReadOnlySpan<char> groups, Span<char> into)
    {
        int n = 0;
        foreach (char c in groups)
        {
            if (char.IsAsciiDigit(c)) into[n++] = c;
        }
        return n;
    }

    /// <summary>Thousands groups: a first group of one to three digits, then groups of exactly three (or one group alone).</summary>
    private static bool ValidGroups(ReadOnlySpan<char> groups)
    {
        int separator = groups.IndexOfAnyExceptInRange('0', '9');
        if (separator < 0) return true;
        // "0,450" is no thousands grouping (a first group never starts with a zero): a decimal comma, not read.
        if (separator is 0 or > 3 || groups[0] == '0') return false;
        var rest = groups[(separator + 1)..];
        while (true)
        {
            int next = rest.IndexOfAnyExceptInRange('0', '9');
            if ((next < 0 ? rest.Length : next) != 3) return false;
            if (next < 0) return true;
            rest = rest[(next + 1)..];
        }
    }

    /// <summary>
    /// The digits as a decimal, or null when a decimal cannot hold them exactly: more than 28 significant digits would
    /// be rounded (or overflow), and a rounded number is not the number printed.
    /// </summary>
    private static decimal? Exact(ReadOnlySpan<char> digits)
    {
        int significant = 0;
        foreach (char c in digits)
        {
            if (c == '.') continue;
            if (significant > 0 || c != '0') significant++;
        }
        if (significant > 28) return null;
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
