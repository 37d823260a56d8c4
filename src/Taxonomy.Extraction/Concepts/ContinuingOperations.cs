using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Concepts;

/// <summary>
/// "Income from continuing operations before income taxes": a label that spells out "from continuing operations" names
/// the line item its other words name when that item is itself of continuing operations (its standard label says so,
/// as us-gaap's pre-tax income does), though filings without discontinued operations print the shorter wording.
/// </summary>
internal static class ContinuingOperations
{
    private const string Phrase = " from continuing operations";

    /// <summary>The normalised label without "from continuing operations" inside it, or null when it has none or nothing else.</summary>
    public static string? Without(string label)
    {
        string normalized = LabelNormalizer.Normalize(label);
        int at = normalized.IndexOf(Phrase, StringComparison.Ordinal);
        if (at <= 0) return null;
        int end = at + Phrase.Length;
        if (end < normalized.Length && normalized[end] != ' ') return null;
        return normalized[..at] + normalized[end..];
    }

    /// <summary>Whether the line item's standard label names continuing operations.</summary>
    public static bool IsNamedBy(ConceptDefinition definition) =>
        LabelNormalizer.Normalize(definition.Labels.Standard).Contains("continuing operations", StringComparison.Ordinal);
}
