namespace Taxonomy.Extraction.Periods;

/// <summary>
/// What a table's header says of one duration column (<see cref="Column"/> of <see cref="Columns"/>): the date it ends on
/// and its length, when printed; the year printed over it (-1 when the header prints years that do not line up with the
/// columns, null when it prints none); the first column's length, for the second column; and how many quarters the
/// header names by their ordinals.
/// </summary>
internal sealed record ColumnHeading(int Column, int Columns, DateOnly? End, PeriodGroups.GroupLength Length, int? Year, PeriodGroups.GroupLength? FirstLength, int Quarters);
