namespace Taxonomy.Extraction.Evaluation;

/// <summary>One fact of a ground-truth file.</summary>
/// <param name="Concept">The expected concept, or null when any concept (an extension) will do.</param>
/// <param name="Label">The line item's label as printed.</param>
/// <param name="Period">The period.</param>
/// <param name="Value">The exact value in base units.</param>
/// <param name="Unit">The unit as the truth file writes it: <c>USD</c>, <c>USD/shares</c>, <c>shares</c>.</param>
/// <param name="Decimals">The expected decimals, if stated.</param>
/// <param name="Statement">Where the fact is printed: balance, income, cashflow, narrative, other.</param>
/// <param name="Accept">Other concepts that count as correct; <c>*</c> means any concept.</param>
public sealed record TruthFact(QName? Concept, string Label, Period Period, decimal Value, string Unit, int? Decimals, string Statement, IReadOnlyList<string> Accept)
{
    /// <summary>True when any concept (an extension included) counts as correct.</summary>
    public bool AcceptsAnyConcept => Concept is null || Accept.Contains("*");

    /// <summary>True when <paramref name="concept"/> is the expected concept or an accepted one (not counting <c>*</c>).</summary>
    public bool Names(QName concept) => Concept == concept || Accept.Contains(concept.ToString());
}
