namespace Taxonomy;

/// <summary>A reported number with its precision, as every numeric XBRL fact has.</summary>
public interface INumericAmount
{
    /// <summary>The value in base units (dollars, shares), scale applied.</summary>
    decimal Value { get; }

    /// <summary>The reported precision.</summary>
    Decimals Decimals { get; }
}

/// <summary>An amount of money in base currency units (dollars, not thousands).</summary>
public readonly record struct MonetaryAmount(decimal Value, Decimals Decimals) : INumericAmount
{
    /// <inheritdoc />
    public override string ToString() => $"{Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} (decimals {Decimals})";
}

/// <summary>An amount of money per share, such as earnings per share.</summary>
public readonly record struct PerShareAmount(decimal Value, Decimals Decimals) : INumericAmount
{
    /// <inheritdoc />
    public override string ToString() => $"{Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} (decimals {Decimals})";
}

/// <summary>A number of shares (not thousands of shares).</summary>
public readonly record struct ShareCount(decimal Value, Decimals Decimals) : INumericAmount
{
    /// <inheritdoc />
    public override string ToString() => $"{Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} (decimals {Decimals})";
}

/// <summary>A pure number: a ratio or a percentage expressed as a fraction.</summary>
public readonly record struct PureNumber(decimal Value, Decimals Decimals) : INumericAmount
{
    /// <inheritdoc />
    public override string ToString() => $"{Value.ToString(System.Globalization.CultureInfo.InvariantCulture)} (decimals {Decimals})";
}
