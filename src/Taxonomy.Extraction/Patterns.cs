using System.Text.RegularExpressions;

namespace Taxonomy.Extraction;

/// <summary>
/// The options of every pattern the extraction matches text with, and the two ways none can backtrack catastrophically:
/// <list type="bullet">
/// <item>Source-generated (<c>[GeneratedRegex(pattern, Timed…, matchTimeoutMilliseconds: MatchTimeoutMilliseconds)]</c>):
/// cost nothing to build, so they serve the patterns every filing meets. Only for patterns that cannot backtrack
/// catastrophically: no repeated group (a group under <c>*</c>, <c>+</c> or <c>{n,}</c>), so no quantifier inside a
/// quantifier and no repeated alternation of branches that match the same text; what they may still do is step back
/// over one run of white space between two quantifiers. The timeout is the guard for what review misses: a match that
/// exceeds it throws <see cref="RegexMatchTimeoutException"/>, which <see cref="FilingExtractor"/> reports as an
/// <see cref="InputException"/>.</item>
/// <item>NonBacktracking (names that say so): linear in the input whatever the pattern, for the rest (repeated groups,
/// several quantifiers over the same run). Each is built on first use (<c>static Regex P => field ??= new(...)</c>): one
/// costs 10-80 milliseconds and megabytes to build, and a process reading one filing need not build the patterns of
/// formats and phrases it never meets. Two threads may both build one on first use; either instance serves.</item>
/// </list>
/// CultureInvariant keeps case-insensitive matching the same on every machine. RegexAuditTests scans the sources and
/// reflects over the assemblies for both rules.
/// </summary>
internal static class Patterns
{
    /// <summary>
    /// Where the first match of <paramref name="pattern"/> in <paramref name="text"/> is, or null. For patterns read
    /// without groups, their parts taken from the match text (NonBacktracking pays a second pass per match for captures).
    /// </summary>
    public static (int Index, int Length)? FirstMatch(Regex pattern, string text)
    {
        foreach (var m in pattern.EnumerateMatches(text)) return (m.Index, m.Length);
        return null;
    }

    /// <summary>
    /// The match timeout of every source-generated pattern, in milliseconds: a match of one of them on one line or
    /// sentence takes microseconds, so only input built to defeat the pattern (or a pattern review got wrong) reaches it.
    /// </summary>
    public const int MatchTimeoutMilliseconds = 2000;

    /// <summary>Culture-invariant, case-sensitive: for source-generated patterns, with <see cref="MatchTimeoutMilliseconds"/>.</summary>
    public const RegexOptions Timed = RegexOptions.CultureInvariant;

    /// <summary>Culture-invariant, ignoring case: for source-generated patterns, with <see cref="MatchTimeoutMilliseconds"/>.</summary>
    public const RegexOptions TimedIgnoreCase = Timed | RegexOptions.IgnoreCase;

    /// <summary>Linear-time, culture-invariant, case-sensitive.</summary>
    public const RegexOptions NonBacktracking = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    /// <summary>Linear-time, culture-invariant, ignoring case.</summary>
    public const RegexOptions NonBacktrackingIgnoreCase = NonBacktracking | RegexOptions.IgnoreCase;

    /// <summary>
    /// False only when <paramref name="text"/> cannot hold a match of a case-insensitive pattern every match of which
    /// contains <paramref name="keyword"/> (ASCII letters): a cheap test before running the pattern on every line. Text
    /// with a non-ASCII character always may: case-insensitive matching maps some of them to ASCII letters (the Kelvin
    /// sign to k).
    /// </summary>
    public static bool MayContain(string text, string keyword) =>
        text.Contains(keyword, StringComparison.OrdinalIgnoreCase) || !System.Text.Ascii.IsValid(text);

    /// <summary><see cref="MayContain(string, string)"/> for a pattern every match of which contains one of <paramref name="keywords"/>.</summary>
    public static bool MayContainAny(string text, params ReadOnlySpan<string> keywords)
    {
        foreach (string keyword in keywords)
        {
            if (text.Contains(keyword, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return !System.Text.Ascii.IsValid(text);
    }
}
