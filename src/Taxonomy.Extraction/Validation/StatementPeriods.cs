using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Validation;

/// <summary>The period a line item of a statement column is reported for.</summary>
internal static class StatementPeriods
{
    /// <summary>
    /// An instant item in a duration column is at the column's end, or, anchored at the start (an opening balance), at
    /// the instant before its first day; any other item is reported for the column's own period.
    /// </summary>
    public static Period Of(ConceptDefinition concept, Period column) =>
        concept.PeriodType == PeriodType.Instant && !column.IsInstant
            ? concept.PeriodAnchor == PeriodAnchor.Start ? column.StartInstant : column.EndInstant
            : column;
}
