namespace Taxonomy.Validation;

/// <summary>A contributing item of a calculation as the validators see it: a value, its precision and its weight.</summary>
public readonly record struct CalculationTerm(decimal? Value, Decimals Decimals, int Weight)
{
    /// <summary>A term from an optional amount of any numeric kind.</summary>
    public static CalculationTerm From<T>(T? amount, int weight) where T : struct, INumericAmount =>
        amount is { } a ? new CalculationTerm(a.Value, a.Decimals, weight) : new CalculationTerm(null, default, weight);

    /// <summary>True when the item is reported.</summary>
    public bool IsPresent => Value.HasValue;
}
