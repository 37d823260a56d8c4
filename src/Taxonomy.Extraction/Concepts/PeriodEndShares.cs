using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Concepts;

/// <summary>
/// A share count a duration table states at the end of its periods ("End of period shares outstanding", "Shares
/// outstanding at end of year"): the balance sheet's item of that name, reported at the instant each column ends.
/// </summary>
internal static class PeriodEndShares
{
    private static readonly string[] AtEnd = [" at end of period ", " at end of year ", " at period end ", " at year end ", " end of period ", " end of year ", " period end ", " year end "];

    /// <summary>The label without its "end of period" words when it names a share count so stated, or null.</summary>
    public static string? Subject(string label)
    {
        string n = " " + LabelNormalizer.Normalize(label) + " ";
        if (!n.Contains(" shares ", StringComparison.Ordinal) || n.Contains(" average ", StringComparison.Ordinal) || n.Contains(" per ", StringComparison.Ordinal)) return null;
        foreach (string phrase in AtEnd)
        {
            int at = n.IndexOf(phrase, StringComparison.Ordinal);
            if (at < 0) continue;
            string rest = (n[..at] + " " + n[(at + phrase.Length)..]).Trim();
            while (rest.Contains("  ", StringComparison.Ordinal)) rest = rest.Replace("  ", " ", StringComparison.Ordinal);
            if (rest.StartsWith("of ", StringComparison.Ordinal)) rest = rest[3..];
            return rest.Length > 0 ? rest : null;
        }
        return null;
    }
}
