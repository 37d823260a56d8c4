using System.Globalization;

namespace Taxonomy.Testing.Samples;

/// <summary>How the sample prints numbers: scaled, grouped, negatives in parentheses, invariant culture.</summary>
internal static class SampleCells
{
    public static decimal Unit(SampleScale scale) => scale == SampleScale.Millions ? 1_000_000m : 1_000m;

    public static int Decimals(SampleScale scale) => scale == SampleScale.Millions ? -6 : -3;

    /// <summary>The number printed for <paramref name="value"/> in display units (rounded half away from zero).</summary>
    public static decimal Display(decimal value, SampleRowKind kind, SampleScale scale) =>
        kind == SampleRowKind.PerShare ? value : Math.Round(value / Unit(scale), 0, MidpointRounding.AwayFromZero);

    /// <summary>The base-unit value a printed number stands for.</summary>
    public static decimal BaseValue(decimal display, SampleRowKind kind, SampleScale scale) =>
        kind == SampleRowKind.PerShare ? display : display * Unit(scale);

    /// <summary>The cell text: <c>42,150</c>, <c>(17,715)</c>, <c>(0.12)</c>.</summary>
    public static string Text(decimal display, SampleRowKind kind)
    {
        string digits = Math.Abs(display).ToString(kind == SampleRowKind.PerShare ? "0.00" : "#,##0", CultureInfo.InvariantCulture);
        return display < 0 ? "(" + digits + ")" : digits;
    }

    /// <summary>"$61.8 million" style: millions with one decimal.</summary>
    public static string Millions(decimal value) =>
        "$" + Math.Round(Math.Abs(value) / 1_000_000m, 1, MidpointRounding.AwayFromZero).ToString("0.0", CultureInfo.InvariantCulture) + " million";

    /// <summary>The base-unit value of a "$X.X million" phrase (decimals −5).</summary>
    public static decimal MillionsValue(decimal value) =>
        Math.Round(value / 100_000m, 0, MidpointRounding.AwayFromZero) * 100_000m;

    /// <summary>"$0.12" for a per-share amount, sign dropped (the words say loss or income).</summary>
    public static string Cents(decimal value) => "$" + Math.Abs(value).ToString("0.00", CultureInfo.InvariantCulture);

    public static string LongDate(DateOnly date) => date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);

    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
