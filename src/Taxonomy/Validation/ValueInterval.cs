namespace Taxonomy.Validation;

/// <summary>
/// The range of true values a reported number stands for under XBRL Calculations 1.1:
/// <c>[v − ½·10^−d, v + ½·10^−d]</c>, a single point for <c>INF</c>.
/// </summary>
public readonly record struct ValueInterval(decimal Low, decimal High)
{
    /// <summary>The interval a value with the given decimals stands for.</summary>
    public static ValueInterval Of(decimal value, Decimals decimals)
    {
        decimal half = decimals.HalfUnit;
        return new ValueInterval(value - half, value + half);
    }

    /// <summary>The interval of one amount.</summary>
    public static ValueInterval Of(INumericAmount amount) => Of(amount.Value, amount.Decimals);

    /// <summary>The zero-width interval around 0, the start of a sum.</summary>
    public static ValueInterval Zero => default;

    /// <summary>Interval addition.</summary>
    public static ValueInterval operator +(ValueInterval a, ValueInterval b) => new(a.Low + b.Low, a.High + b.High);

    /// <summary>Multiplies by a weight; a negative weight swaps the ends.</summary>
    public ValueInterval Times(decimal weight) =>
        weight >= 0 ? new ValueInterval(Low * weight, High * weight) : new ValueInterval(High * weight, Low * weight);

    /// <summary>True when the two intervals share at least one value (ends included).</summary>
    public bool Overlaps(ValueInterval other) => Low <= other.High && other.Low <= High;

    /// <summary>The midpoint.</summary>
    public decimal Midpoint => (Low + High) / 2m;
}
