namespace Taxonomy.Validation;

/// <summary>The identifiers of the validation rules the generated validators and the report validator apply.</summary>
public static class RuleIds
{
    /// <summary>A total does not equal the weighted sum of its calculation children within rounding (XBRL Calculations 1.1).</summary>
    public const string CalculationSummation = "calc11.summation";

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
}
