using System.Globalization;

namespace Taxonomy;

/// <summary>
/// XBRL <c>decimals</c>: how many digits right of the decimal point are accurate
/// (<c>-3</c> for a table in thousands, <c>2</c> for cents), or <c>INF</c> for an exact value.
/// </summary>
public readonly record struct Decimals : IComparable<Decimals>
{
    private readonly int _value;
    private readonly bool _infinite;

    private Decimals(int value, bool infinite)
    {
        _value = value;
        _infinite = infinite;
    }

    /// <summary>An exact value (XBRL <c>INF</c>).</summary>
    public static Decimals Infinite { get; } = new(0, true);

    /// <summary>Accurate to <paramref name="digits"/> places right of the point (negative: left of it).</summary>
    public static Decimals Of(int digits) => new(digits, false);

    /// <summary>True for <c>INF</c>.</summary>
    public bool IsInfinite => _infinite;

    /// <summary>The number of accurate decimal places.</summary>
    /// <exception cref="InvalidOperationException">The value is <c>INF</c>.</exception>
    public int Value => _infinite ? throw new InvalidOperationException("decimals is INF") : _value;

    /// <summary>
    /// Half the width of the rounding interval, <c>½·10^−d</c>: the most a value reported with these
    /// decimals can differ from the true value. Zero for <c>INF</c>.
    /// </summary>
    public decimal HalfUnit => _infinite ? 0m : 0.5m * Pow10(-_value);

    /// <summary>An integer number of decimals.</summary>
    public static implicit operator Decimals(int digits) => Of(digits);

    /// <summary>Parses an integer or <c>INF</c>.</summary>
    public static Decimals Parse(string text) =>
        text == "INF" ? Infinite : Of(int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));

    /// <summary>The lower precision of two (the one that says less).</summary>
    public static Decimals Min(Decimals a, Decimals b) => a.CompareTo(b) <= 0 ? a : b;

    /// <inheritdoc />
    public int CompareTo(Decimals other) =>
        (_infinite, other._infinite) switch
        {
            (true, true) => 0,
            (true, false) => 1,
            (false, true) => -1,
            _ => _value.CompareTo(other._value),
        };

    /// <summary><c>INF</c> or the integer.</summary>
    public override string ToString() => _infinite ? "INF" : _value.ToString(CultureInfo.InvariantCulture);

    /// <summary>10 raised to <paramref name="exponent"/>, exactly, as a decimal.</summary>
    internal static decimal Pow10(int exponent)
    {
        decimal result = 1m;
        if (exponent >= 0)
        {
            for (int i = 0; i < exponent; i++) result *= 10m;
        }
        else
        {
            for (int i = 0; i < -exponent; i++) result /= 10m;
        }
        return result;
    }
}
