using Taxonomy.Concepts;
using Taxonomy.Extraction.Facts;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Validation;

/// <summary>
/// Earnings per share divide the income available to common stockholders: net income, and income from continuing
/// operations, less preferred stock dividends (ASC 260-10-45-11). The schema declares each per-share amount's numerator
/// as the income line itself, so a statement that reports preferred dividends fails the ratio check while printing
/// correct amounts. Such a failed check is re-made with the income available to common stockholders as the numerator (the
/// line the statement prints, else net income less the dividends); when it then holds, the finding is replaced by an
/// informational one.
/// </summary>
internal static class PreferredDividends
{
    public const string RuleId = "per-share.after-preferred-dividends";

    private const string DividendsItem = "PreferredStockDividendsIncomeStatementImpact";

    private const string AvailableItem = "NetIncomeLossAvailableToCommonStockholdersBasic";

    /// <summary>The income lines preferred dividends are deducted from (not discontinued operations, which stand apart).</summary>
    private static readonly string[] IncomeNumerators = ["NetIncomeLoss", "ProfitLoss", "IncomeLossFromContinuingOperations"];

    public static ValidationFinding Recheck(ValidationFinding finding, StatementDefinition definition, FactLookup facts, Period period)
    {
        if (finding.RuleId != RuleIds.PerShareRatio || finding.Concept is not { } name) return finding;
        if (definition.Concepts.FirstOrDefault(c => c.Concept == name) is not { PerShareOf: { } ratio } perShare) return finding;
        if (!IncomeNumerators.Contains(ratio.Numerator, StringComparer.Ordinal)) return finding;
        var numerator = definition.FindProperty(ratio.Numerator);
        var denominator = definition.FindProperty(ratio.Denominator);
        if (numerator is null || denominator is null) return finding;
        string? why = null;
        CalculationTerm? available = null;
        if (definition.FindProperty(DividendsItem) is { } dividends && facts.Term(dividends, period) is { Value: { } paid } dividendsTerm && paid != 0m
            && facts.Term(numerator, period) is { Value: { } n } income)
        {
            available = new CalculationTerm(n - paid, Decimals.Min(income.Decimals, dividendsTerm.Decimals), 1);
            why = $"{numerator.Concept} less {dividends.Concept} ({DecimalLexical.Format(paid)}), the income available to common stockholders";
        }
        // Without preferred dividends the statement may print what is left for the common stockholders after other
        // deductions (accretion of redeemable preferred stock, deemed dividends): that line is the numerator.
        else if (ratio.Numerator == "NetIncomeLoss" && definition.FindProperty(AvailableItem) is { } printed && facts.Term(printed, period) is { } left)
        {
            available = left;
            why = $"{printed.Concept}, the income available to common stockholders the statement prints";
        }
        if (available is not { } numeratorTerm) return finding;
        var recheck = new List<ValidationFinding>();
        StatementRules.PerShare(recheck, perShare, period, facts.Term(perShare, period) ?? default, numeratorTerm, facts.Term(denominator, period) ?? default);
        if (recheck.Count > 0) return finding;
        return Findings.Make(RuleId, Severity.Info,
            $"{perShare.Labels.Standard} ({perShare.Concept}) divides {why}, by {denominator.Concept}. {finding.Message}",
            finding.Span, perShare.Concept, finding.Period, finding.Expected, finding.Actual);
    }
}
