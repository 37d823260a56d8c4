namespace Taxonomy.Extraction.Periods;

/// <summary>The period of one table column; <see cref="Inferred"/> when the header was missing and the period was inferred.</summary>
internal sealed record ColumnPeriod(Period? Period, bool Inferred, string? Note);
