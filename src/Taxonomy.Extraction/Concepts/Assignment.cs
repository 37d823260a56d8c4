using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Concepts;

/// <summary>What the solver decided for a row.</summary>
internal enum AssignmentKind
{
    /// <summary>A catalog line item.</summary>
    Concept,
    /// <summary>A component the taxonomy lacks, summing with others into <see cref="Assignment.ExtensionTotal"/>.</summary>
    Extension,
    /// <summary>Fits no consistent assignment: dropped.</summary>
    Noise,
    /// <summary>Two assignments fit equally: not decided.</summary>
    Ambiguous,
}

/// <summary>The solver's decision for one row.</summary>
internal sealed record Assignment(int RowIndex, AssignmentKind Kind, ConceptDefinition? Concept, ConceptDefinition? ExtensionTotal, bool ByCalculation, bool ByNarrative);

/// <summary>
/// The solver's result: one assignment per row, cells whose lost value the calculations determine, suspect cells the
/// calculations confirmed, and notes on ambiguities.
/// </summary>
internal sealed record SolverResult(
    IReadOnlyList<Assignment> Rows,
    IReadOnlyDictionary<(int Row, int Column), decimal> Recovered,
    IReadOnlySet<(int Row, int Column)> Confirmed,
    IReadOnlyList<string> Notes,
    bool Exhausted)
{
    /// <summary>How many search steps the solver took.</summary>
    public int Steps { get; init; }
}
