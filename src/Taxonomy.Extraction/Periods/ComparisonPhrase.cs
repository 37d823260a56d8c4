using System.Text.RegularExpressions;

namespace Taxonomy.Extraction.Periods;

/// <summary>
/// The words that turn prose from an amount to its comparative: "compared with", "compares to", "versus", "as compared to".
/// One definition for the prose reader's comparative segments and for the quarters a sentence names as comparatives.
/// </summary>
internal static partial class ComparisonPhrase
{
    [GeneratedRegex(
        @"\b(?:compare[sd]?\s+(?:to|with)|versus|as\s+compared\s+(?:to|with))\b",
        Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    public static partial Regex Pattern { get; }
}
