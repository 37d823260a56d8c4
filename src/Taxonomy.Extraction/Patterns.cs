using System.Text.RegularExpressions;

namespace Taxonomy.Extraction;

/// <summary>
/// The options of every pattern the extraction matches text with. NonBacktracking matches in time linear in the input
/// whatever the pattern and the filing, so no input can make a match backtrack catastrophically (no timeouts needed);
/// CultureInvariant keeps case-insensitive matching the same on every machine. The names say NonBacktracking so that a
/// reader (and the source scan of RegexAuditTests) sees the protection where each pattern is built.
/// </summary>
internal static class Patterns
{
    /// <summary>Linear-time, culture-invariant, case-sensitive.</summary>
    public const RegexOptions NonBacktracking = RegexOptions.NonBacktracking | RegexOptions.CultureInvariant;

    /// <summary>Linear-time, culture-invariant, ignoring case.</summary>
    public const RegexOptions NonBacktrackingIgnoreCase = NonBacktracking | RegexOptions.IgnoreCase;
}
