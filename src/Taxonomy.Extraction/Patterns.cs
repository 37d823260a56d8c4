using System.Text.RegularExpressions;

namespace Taxonomy.Extraction;

/// <summary>
/// The options of every pattern the extraction matches text with. NonBacktracking matches in time linear in the input
/// whatever the pattern and the filing, so no input can make a match backtrack catastrophically (no timeouts needed);
/// CultureInvariant keeps case-insensitive matching the same on every machine. The names say NonBacktracking so that a
/// reader (and the source scan of RegexAuditTests) sees the protection where each pattern is built.
/// Each pattern is built on first use (<c>static Regex P => field ??= new(...)</c>): a NonBacktracking pattern costs
/// milliseconds to build, and a process reading one filing need not build the patterns of formats and phrases it never
/// meets. Two threads may both build one on first use; either instance serves.
/// </summary>
internal static class Patterns
{
    /// <summary>
    /// Where the first match of <paramref name="pattern"/> in <paramref name="text"/> is, or null. For patterns read
    /// without groups, their parts taken from the match text: NonBacktracking pays a second pass per match for captures.
    /// </summary>
    public static (int Index, int Length)? FirstMatch(Regex pattern, string text)
    {
        foreach (var m in pattern.EnumerateMatches(text)) return (m.Index, m.Length);
        return null;
    }

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
