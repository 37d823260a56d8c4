namespace Taxonomy.Validation;

/// <summary>
/// The range of true values a reported number stands for under XBRL Calculations 1.1:
/// <c>[v − ½·10^−d, v + ½·10^−d]</c>, a single point for <c>INF</c>. Arithmetic saturates at the decimal range
/// instead of overflowing, so a very imprecise value gives a very wide interval rather than an exception.
/// </summary>
public readonly record struct ValueInterval(decimal Low, decimal High)
{
    /// <summary>The interval a value with the given decimals stands for.</summary>
    public static ValueInterval Of(decimal value, Decimals decimals)
    {
        decimal half = decimals.HalfUnit;
        return new ValueInterval(Add(value, -half), Add(value, half));
    }

    /// <summary>The interval of one amount.</summary>
    public static ValueInterval Of(INumericAmount amount) => Of(amount.Value, amount.Decimals);

    /// <summary>The zero-width interval around 0, the start of a sum.</summary>
    public static ValueInterval Zero => default;

    /// <summary>Interval addition.</summary>
    public static ValueInterval operator +(ValueInterval a, ValueInterval b) => new(Add(a.Low, b.Low), Add(a.High, b.High));

    /// <summary>Multiplies by a weight; a negative weight swaps the ends.</summary>
    public ValueInterval Times(decimal weight) =>
        weight >= 0 ? new ValueInterval(Multiply(Low, weight), Multiply(High, weight)) : new ValueInterval(Multiply(High, weight), Multiply(Low, weight));

    /// <summary>True when the two intervals share at least one value (ends included).</summary>
    public bool Overlaps(ValueInterval other) => Low <= other.High && other.Low <= High;

    /// <summary>The common part of two intervals, or <see langword="null"/> when they do not overlap.</summary>
    public ValueInterval? Intersect(ValueInterval other) =>
        Overlaps(other) ? new ValueInterval(Math.Max(Low, other.Low), Math.Min(High, other.High)) : null;

    /// <summary>The midpoint.</summary>
    public decimal Midpoint => Low / 2m + High / 2m;

    private static decimal Add(decimal a, decimal b)
    {
        try
        {
            return a + b;
        }
        catch (OverflowException)
        {
            return a > 0 ? decimal.MaxValue : decimal.MinValue;
        }
    }

    private static decimal Multiply(decimal a, decimal b)
    {
        try
        {
            return a * b;
        }
        catch (OverflowException)
        {
            return (a > 0) == (b > 0) ? decimal.MaxValue : decimal.MinValue;
        }
    }
}
