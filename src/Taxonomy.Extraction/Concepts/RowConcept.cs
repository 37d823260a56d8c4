using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Concepts;

/// <summary>
/// The concept a table row reports: a catalog line item or a company extension, how it was decided, and its
/// data type and period type.
/// </summary>
internal sealed record RowConcept(QName Concept, string Label, ConceptDataType DataType, PeriodType PeriodType, DecisionMethod Method, ConceptDefinition? Definition, string? Note = null)
{
    /// <summary>For an extension solved as a component of a total: that total.</summary>
    public QName? ComponentOf { get; init; }

    /// <summary>True for a company extension concept.</summary>
    public bool IsExtension => Definition is null;
}
