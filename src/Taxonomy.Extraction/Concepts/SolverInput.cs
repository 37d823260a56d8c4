using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Concepts;

/// <summary>One column's value of a row as the solver sees it, in printed units (before scale).</summary>
internal readonly record struct SolverCell(decimal? Value, bool Lost, bool Suspect)
{
    public static SolverCell Nil => new(0m, false, false);
}

/// <summary>
/// A row for the assignment solver: its cells, its fixed concept when its label matched, whether prose names it with a
/// phrase the taxonomy lacks, and the line item the caption of its section names ("Operating expenses:"), which the
/// label-less total closing that section is.
/// </summary>
internal sealed record SolverRow(int RowIndex, SolverCell[] Cells, ConceptDefinition? Fixed, bool NamedByUnknownPhrase, ConceptDefinition? Captioned = null);

/// <summary>
/// What the solver may use: the statement's line items and calculations, the rows, and a narrative check
/// (does prose state a value for this concept and column, and does it agree with this printed value?).
/// </summary>
internal sealed record SolverInput(
    StatementDefinition Statement,
    PeriodType ColumnPeriodType,
    IReadOnlyList<SolverRow> Rows,
    Func<QName, int, decimal, bool?> Narrative);
