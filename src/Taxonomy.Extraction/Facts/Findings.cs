using Taxonomy.Validation;

namespace Taxonomy.Extraction.Facts;

/// <summary>Rule identifiers of extraction findings, and a helper to create them.</summary>
internal static class Findings
{
    public const string InferredHeader = "extract.header-inferred";
    public const string InferredPeriodRefuted = "extract.header-inferred-refuted";
    public const string MissingPeriod = "extract.period-missing";
    public const string NoiseRow = "extract.noise-dropped";
    public const string Ambiguous = "extract.ambiguous";
    public const string UncertainValue = "extract.value-uncertain";
    public const string LostValue = "extract.value-lost";
    public const string RecoveredValue = "extract.value-recovered";
    public const string NarrativeConflict = "extract.narrative-conflict";
    public const string NarrativePeriodAmbiguous = "extract.narrative-period-ambiguous";
    public const string NarrativeUnread = "extract.narrative-unread";
    public const string Extension = "extract.extension";
    public const string ScaleMissing = "extract.scale-missing";
    public const string NoStatements = "extract.no-statements";
    public const string SignConvention = "extract.sign-by-effect";
    public const string SkippedColumns = "extract.columns-skipped";
    public const string SkippedTable = "extract.table-skipped";
    public const string UnreadTable = "extract.table-unread";
    public const string UnreadStatement = "extract.statement-unread";
    public const string DuplicateConflict = "extract.duplicate-conflict";
    public const string SkippedRow = "extract.row-skipped";
    public const string RowReading = "extract.row-reading";
    public const string FiscalFocusUndecided = "extract.fiscal-focus-undecided";
    public const string SeveralTradingSymbols = "extract.trading-symbols-several";
    public const string SegmentProse = "extract.segment-prose";
    public const string CurrencyUndecided = "extract.currency-undecided";
    public const string EncodedExhibit = "extract.exhibit-encoded";
    public const string SeveralRegistrants = "extract.registrants-several";

    public static ValidationFinding Make(string rule, Severity severity, string message, SourceSpan? span = null, QName? concept = null, Period? period = null,
        decimal? expected = null, decimal? actual = null) => new()
    {
        RuleId = rule,
        Severity = severity,
        Message = message,
        Span = span,
        Concept = concept,
        Period = period,
        Expected = expected,
        Actual = actual,
    };
}
