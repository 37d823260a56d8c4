using System.Globalization;

namespace Taxonomy.Cli.Output;

/// <summary>Invariant-culture text for values: grouped numbers, ISO dates.</summary>
internal static class Invariant
{
    /// <summary>A number with thousands separators and no more fraction digits than it has: <c>78,424,000</c>, <c>-0.19</c>.</summary>
    public static string Grouped(decimal value) =>
        value.ToString("#,##0.############################", CultureInfo.InvariantCulture);

    /// <summary>The canonical decimal: <c>78424000</c>, <c>-0.19</c>.</summary>
    public static string Plain(decimal value) => Canonical(value).ToString(CultureInfo.InvariantCulture);

    /// <summary>The same value without trailing fraction zeros (<c>11300000.0</c> becomes <c>11300000</c>), as JSON numbers are written.</summary>
    public static decimal Canonical(decimal value) => value / 1.0000000000000000000000000000m;

    /// <summary>An integer.</summary>
    public static string Plain(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An ISO date.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A line item's value as a table shows it.</summary>
    public static string Value(object? value) => value switch
    {
        null => string.Empty,
        INumericAmount amount => Grouped(amount.Value),
        DateOnly date => Date(date),
        string text => text,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>Lower camel case of an enum member, as JSON writes it: <c>balanceSheet</c>.</summary>
    public static string Camel<T>(T value) where T : struct, Enum
    {
        string name = value.ToString();
        return name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
    }
}
