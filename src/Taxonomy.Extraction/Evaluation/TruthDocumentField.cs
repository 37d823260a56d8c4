namespace Taxonomy.Extraction.Evaluation;

/// <summary>
/// One document-and-entity value of a truth file (its <c>document</c> block, <c>cik</c>, <c>commission_file_number</c>,
/// <c>ein</c>) and the dei concept that reports it.
/// </summary>
/// <param name="Field">The truth file's name for it: <c>form</c>, <c>fiscal_year_focus</c>, <c>cik</c>, …</param>
/// <param name="Concept">The dei concept's local name: DocumentType, DocumentFiscalYearFocus, EntityCentralIndexKey, …</param>
/// <param name="Value">The expected text.</param>
public sealed record TruthDocumentField(string Field, string Concept, string Value)
{
    /// <summary>The truth file's names for document values and the dei concepts that report them.</summary>
    public static IReadOnlyList<(string Field, string Concept)> Concepts { get; } =
    [
        ("form", "DocumentType"),
        ("period_of_report", "DocumentPeriodEndDate"),
        ("fiscal_year_focus", "DocumentFiscalYearFocus"),
        ("fiscal_period_focus", "DocumentFiscalPeriodFocus"),
        ("fiscal_year_end", "CurrentFiscalYearEndDate"),
        ("cik", "EntityCentralIndexKey"),
        ("commission_file_number", "EntityFileNumber"),
        ("ein", "EntityTaxIdentificationNumber"),
    ];

    /// <summary>True when <paramref name="reported"/> states this value (a CIK with or without its leading zeros).</summary>
    public bool Matches(string reported) => Concept == "EntityCentralIndexKey"
        ? reported.TrimStart('0') == Value.TrimStart('0')
        : string.Equals(reported.Trim(), Value.Trim(), StringComparison.Ordinal);
}
