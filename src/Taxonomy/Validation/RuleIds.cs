namespace Taxonomy.Validation;

/// <summary>The identifiers of the validation rules the generated validators and the report validator apply.</summary>
public static class RuleIds
{
    /// <summary>A total does not equal the weighted sum of its calculation children within rounding (XBRL Calculations 1.1).</summary>
    public const string CalculationSummation = "calc11.summation";

    /// <summary>
    /// A total does not equal the weighted sum of its reported children within rounding while some children of its
    /// calculation are not reported (a condensed statement): a warning, since the absent lines may explain it.
    /// </summary>
    public const string CalculationSummationPartial = "calc11.summation.partial";

    /// <summary>Two facts that must be equal (an accounting identity, e.g. Assets = LiabilitiesAndStockholdersEquity, DQC.US.0004) are not, within rounding.</summary>
    public const string Identity = "identity";

    /// <summary>A value that must not be negative is negative (the DQC.US.0015 idea).</summary>
    public const string NegativeValue = "dqc.0015.negative-value";

    /// <summary>A value has the sign its balance type makes unusual.</summary>
    public const string SignByBalance = "sign.balance";

    /// <summary>A line item the statement requires is missing.</summary>
    public const string RequiredMissing = "required.missing";

    /// <summary>A per-share amount is not the ratio of its numerator and denominator within rounding.</summary>
    public const string PerShareRatio = "per-share.ratio";

    /// <summary>Net income in the income statement differs from net income in the cash flow statement for the same period.</summary>
    public const string NetIncomeAgreement = "report.net-income";

    /// <summary>Cash at the end of the period in the cash flow statement differs from cash in the balance sheet at that instant.</summary>
    public const string CashAgreement = "report.cash";

    /// <summary>Two statements report the same concept for the same period with values that differ beyond rounding.</summary>
    public const string SameConceptAgreement = "report.same-concept";

    /// <summary>Facts with the same concept, period, entity and unit whose values are inconsistent (their Calculations 1.1 intervals share no value, or texts differ).</summary>
    public const string DuplicateInconsistent = "duplicate.inconsistent";

    /// <summary>A numeric fact without decimals (every numeric fact must say its precision).</summary>
    public const string DecimalsMissing = "fact.decimals-missing";

    /// <summary>A fact uses a prefix the report does not declare.</summary>
    public const string UndeclaredPrefix = "fact.undeclared-prefix";
}
