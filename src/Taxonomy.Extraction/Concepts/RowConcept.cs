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

    /// <summary>The row reports the catalog's line item <paramref name="item"/>, decided by <paramref name="method"/>.</summary>
    public static RowConcept Of(ConceptDefinition item, DecisionMethod method, string? note = null) =>
        new(item.Concept, item.Labels.Standard, item.DataType, item.PeriodType, method, item, note);

    /// <summary>True for a company extension concept.</summary>
    public bool IsExtension => Definition is null;
}
