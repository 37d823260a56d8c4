using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Concepts;

/// <summary>
/// A cash-flow row that names the direction of a working-capital change before its subject ("Decrease in trade
/// receivables", "(Increase) decrease in inventories"): the subject alone is what the catalog's change line items list
/// as their synonyms ("Trade receivables", "Inventories"). The direction says nothing about the sign of the amount, which
/// the table's calculations decide as for any other row.
/// </summary>
internal static class ChangeLabels
{
    private static readonly string[] Directions =
    [
        "increase decrease in ", "decrease increase in ", "increase in ", "decrease in ",
    ];

    /// <summary>The subject of a change label ("trade receivables net"), normalized; null when the label names no direction first.</summary>
    public static string? Subject(string label)
    {
        string normalized = LabelNormalizer.Normalize(label);
        foreach (string direction in Directions)
        {
            if (normalized.StartsWith(direction, StringComparison.Ordinal) && normalized.Length > direction.Length) return normalized[direction.Length..];
        }
        return null;
    }

    /// <summary>True for a line item that reports the change of a balance over the period ("Increase (Decrease) in Inventories").</summary>
    public static bool IsChange(ConceptDefinition concept) =>
        concept.PeriodType == PeriodType.Duration && concept.Labels.Standard.StartsWith("Increase (Decrease) in ", StringComparison.OrdinalIgnoreCase);
}
