using System.Globalization;
using System.Text.RegularExpressions;
using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// The par or stated value per share a share-capital caption prints: "$0.01 par value", "par value $.001 per share",
/// "stated value of $1 per share". A caption that prints two different values (one per class) names none.
/// </summary>
internal static partial class ParValues
{
    [GeneratedRegex(@"(?:\$\s*)+(\d*\.\d+|\d+)\s+(?:par|stated)\s+value|(?:par|stated)\s+value\s+(?:of\s+)?(?:\$\s*)+(\d*\.\d+|\d+)",
        Patterns.NonBacktrackingIgnoreCase)]
    private static partial Regex Pattern();

    /// <summary>A value read from a caption, where its digits are printed.</summary>
    public sealed record ParValue(decimal Value, Decimals Decimals, int Offset, int Length);

    /// <summary>The one par or stated value printed in <paramref name="caption"/> from <paramref name="start"/> on, or null.</summary>
    public static ParValue? Read(string caption, int start)
    {
        ParValue? found = null;
        foreach (Match m in Pattern().Matches(caption[start..]))
        {
            var digits = m.Groups[1].Success ? m.Groups[1] : m.Groups[2];
            string text = digits.Value;
            // More digits than a decimal holds: no value this library can report, so the caption names none.
            if (!decimal.TryParse(text.StartsWith('.') ? "0" + text : text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal value)) return null;
            int fraction = text.Contains('.', StringComparison.Ordinal) ? text.Length - text.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
            if (found is not null && found.Value != value) return null;
            found ??= new ParValue(value, Decimals.Of(fraction), start + digits.Index, digits.Length);
        }
        return found;
    }
}
