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
    /// decimals can differ from the true value. Zero for <c>INF</c>. Saturates at <see cref="decimal.MaxValue"/> for
    /// decimals below −29 (an interval wider than any decimal), and is 0 above 28 (narrower than a decimal resolves).
    /// </summary>
    public decimal HalfUnit => _infinite ? 0m
        : _value < -29 ? decimal.MaxValue
        : _value <= 0 ? 5m * Pow10(-_value - 1)
        : _value > 28 ? 0m
        : 0.5m * Pow10(-_value);

    /// <summary>An integer number of decimals.</summary>
    public static implicit operator Decimals(int digits) => Of(digits);

    /// <summary>Parses an integer or <c>INF</c>.</summary>
    /// <exception cref="FormatException">The text is neither.</exception>
    public static Decimals Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text == "INF") return Infinite;
        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int digits)
            ? Of(digits)
            : throw new FormatException($"'{text}' is not an XBRL decimals value (an integer or INF).");
    }

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

    /// <summary>10 raised to <paramref name="exponent"/>, exactly, as a decimal (−28 ≤ exponent ≤ 28; 0 below).</summary>
    internal static decimal Pow10(int exponent)
    {
        if (exponent > 28) throw new OverflowException($"10^{exponent} exceeds the decimal range.");
        if (exponent < -28) return 0m;
        return Powers.OfTen[exponent + 28];
    }

    /// <summary>The powers of ten from 10^−28 to 10^28, computed once (validation asks for them for every amount it checks).</summary>
    private static class Powers
    {
        public static readonly decimal[] OfTen = Build();

        private static decimal[] Build()
        {
            var powers = new decimal[57];
            for (int exponent = -28; exponent <= 28; exponent++)
            {
                // Multiplied or divided up from one, so that each power keeps the scale it always had (10^-2 is 0.01).
                decimal result = 1m;
                if (exponent >= 0)
                {
                    for (int i = 0; i < exponent; i++) result *= 10m;
                }
                else
                {
                    for (int i = 0; i < -exponent; i++) result /= 10m;
                }
                powers[exponent + 28] = result;
            }
            return powers;
        }
    }
}
