namespace Taxonomy;

/// <summary>
/// An XBRL unit as OIM writes it: a numerator measure and an optional denominator measure,
/// for example <c>iso4217:USD</c>, <c>xbrli:shares</c> or <c>iso4217:USD/xbrli:shares</c>.
/// </summary>
public sealed record Unit(QName Numerator, QName? Denominator = null)
{
    /// <summary>US dollars.</summary>
    public static Unit Usd { get; } = Currency("USD");

    /// <summary>US dollars per share.</summary>
    public static Unit UsdPerShare { get; } = PerShare("USD");

    /// <summary>Shares.</summary>
    public static Unit Shares { get; } = new(new QName("xbrli", "shares"));

    /// <summary>A pure number (ratios, percentages).</summary>
    public static Unit Pure { get; } = new(new QName("xbrli", "pure"));

    /// <summary>An ISO 4217 currency, e.g. <c>iso4217:EUR</c>.</summary>
    public static Unit Currency(string isoCode) => new(new QName("iso4217", isoCode));

    /// <summary>Currency per share, e.g. <c>iso4217:USD/xbrli:shares</c>.</summary>
    public static Unit PerShare(string isoCode) => new(new QName("iso4217", isoCode), new QName("xbrli", "shares"));

    /// <summary>Parses the OIM form <c>numerator</c> or <c>numerator/denominator</c>.</summary>
    public static Unit Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int slash = text.IndexOf('/');
        return slash < 0
            ? new Unit(QName.Parse(text))
            : new Unit(QName.Parse(text[..slash]), QName.Parse(text[(slash + 1)..]));
    }

    /// <summary>The OIM form.</summary>
    public override string ToString() => Denominator is { } d ? $"{Numerator}/{d}" : Numerator.ToString();
}
