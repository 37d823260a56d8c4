using System.Globalization;

namespace Taxonomy.Extraction.Tables;

/// <summary>
/// Reads the numbers of financial tables exactly as <see cref="decimal"/>: <c>$</c> signs, parentheses and minus
/// signs for negatives, thousands separators (damaged ones flagged, not guessed), decimal fractions.
/// Span scanning, no regular expressions.
/// </summary>
internal static class NumberParser
{
    /// <summary>Reads one number that fills <paramref name="text"/> (after markup removal); null when the text is not one number.</summary>
    public static NumberReading? ParseSingle(string text, int offset)
    {
        // Every number holds a digit: text without one is not read (most cells are labels).
        if (!text.AsSpan().ContainsAnyInRange('0', '9')) return null;
        var all = ParseRun(text, offset, allowSpaceGroups: true);
        return all is [var only] ? only : null;
    }

    /// <summary>
    /// Reads a run of numbers separated by spaces (a second printing like <c>$ 3,207 2,223 (9,412)</c>). With
    /// <paramref name="allowSpaceGroups"/>, <c>12 345</c> is one number with a damaged separator; without, two numbers.
    /// Returns null when something other than numbers, <c>$</c> and whitespace is present.
    /// </summary>
    public static List<NumberReading>? ParseRun(string text, int offset, bool allowSpaceGroups)
    {
        var result = new List<NumberReading>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || c == '$') { i++; continue; }
            int start = i;
            bool negative = false;
            bool paren = false;
            if (c == '(') { paren = true; negative = true; i++; }
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
            if (paren)
            {
                while (i < text.Length && text[i] == ' ') i++;
                if (i >= text.Length || text[i] != ')') return null;
                i++;
            }
            else if (i < text.Length && text[i] == ')')
            {
                return null;
            }
            if (i < text.Length && text[i] == '%') return null;
            if (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '$') return null;
            var (value, fraction, quality, alternative) = reading.Value;
            if (negative)
            {
                value = -value;
                alternative = -alternative;
            }
            result.Add(new NumberReading(value, fraction, quality, quality == NumberQuality.AmbiguousPoint ? alternative : null,
                offset + start, i - start, text[start..i]));
        }
        return result;
    }

    private static (decimal Value, int Fraction, NumberQuality Quality, decimal? Alternative)? ReadDigits(string text, ref int i, bool allowSpaceGroups)
    {
        var groups = new List<string>();
        var separators = new List<char>();
        int start = i;
        var current = new System.Text.StringBuilder();
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsAsciiDigit(c)) { current.Append(c); i++; continue; }
            bool sep = c is ',' or '.' || (allowSpaceGroups && c == ' ');
            if (sep && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && current.Length > 0)
            {
                if (c == ' ')
                {
                    // A space joins digit groups only when exactly three digits follow and then no further digit.
                    int k = i + 1;
                    while (k < text.Length && char.IsAsciiDigit(text[k])) k++;
                    if (k - (i + 1) != 3 || current.Length > 3) break;
                }
                groups.Add(current.ToString());
                separators.Add(c);
                current.Clear();
                i++;
                continue;
            }
            break;
        }
        groups.Add(current.ToString());
        if (i == start) return null;
        return Interpret(groups, separators);
    }

    private static (decimal, int, NumberQuality, decimal?)? Interpret(List<string> groups, List<char> separators)
    {
        if (separators.Count == 0) return Exact(groups[0]) is { } whole ? (whole, 0, NumberQuality.Clean, null) : null;
        int lastPoint = separators.LastIndexOf('.');
        bool spaces = separators.Contains(' ');
        if (lastPoint == separators.Count - 1 && separators.IndexOf('.') == lastPoint)
        {
            // One point, last: digits after it are a fraction unless the integer part is comma-grouped oddly.
            string integer = string.Concat(groups.Take(groups.Count - 1));
            if (!ValidGroups(groups.Take(groups.Count - 1).ToList())) return null;
            string fraction = groups[^1];
            if (Exact(integer + "." + fraction) is not { } literal) return null;
            bool ambiguous = fraction.Length == 3 && separators.Count == 1 && groups[0].Length <= 3;
            if (ambiguous) return (literal, 3, NumberQuality.AmbiguousPoint, Exact(integer + fraction));
            return (literal, fraction.Length, spaces ? NumberQuality.SpaceSeparated : NumberQuality.Clean, null);
        }
        if (separators.Contains('.'))
        {
            // Several points, or a point before commas: all are damaged thousands separators.
            if (!ValidGroups(groups)) return null;
            return Exact(string.Concat(groups)) is { } joined ? (joined, 0, NumberQuality.SpaceSeparated, null) : null;
        }
        if (!ValidGroups(groups)) return null;
        return Exact(string.Concat(groups)) is { } value ? (value, 0, spaces ? NumberQuality.SpaceSeparated : NumberQuality.Clean, null) : null;
    }

    private static bool ValidGroups(List<string> groups)
    {
        if (groups.Count == 0 || groups[0].Length is 0 or > 3 && groups.Count > 1) return groups.Count == 1 && groups[0].Length > 0;
        for (int g = 1; g < groups.Count; g++)
        {
            if (groups[g].Length != 3) return false;
        }
        return true;
    }

    /// <summary>
    /// The digits as a decimal, or null when a decimal cannot hold them exactly: more than 28 significant digits would
    /// be rounded (or overflow), and a rounded number is not the number printed.
    /// </summary>
    private static decimal? Exact(string digits)
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
