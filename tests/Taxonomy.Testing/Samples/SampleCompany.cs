namespace Taxonomy.Testing.Samples;

/// <summary>The fictional registrant of the sample filing and the dates of its fiscal second quarter.</summary>
public sealed record SampleCompany
{
    /// <summary>Registrant name.</summary>
    public string Name { get; init; } = "Northwind Photonics, Inc.";

    /// <summary>The short name the press release uses.</summary>
    public string ShortName { get; init; } = "Northwind";

    /// <summary>State of incorporation.</summary>
    public string State { get; init; } = "Delaware";

    /// <summary>SEC commission file number.</summary>
    public string CommissionFileNumber { get; init; } = "0-98765";

    /// <summary>IRS employer identification number.</summary>
    public string IrsNumber { get; init; } = "98-7654321";

    /// <summary>Street address of the principal executive offices.</summary>
    public string Street { get; init; } = "400 Harbor Loop";

    /// <summary>City and state.</summary>
    public string City { get; init; } = "Bayview, Oregon";

    /// <summary>ZIP code.</summary>
    public string Zip { get; init; } = "97999";

    /// <summary>Nasdaq ticker.</summary>
    public string Ticker { get; init; } = "NWPX";

    /// <summary>The day the release is issued.</summary>
    public DateOnly ReleaseDate { get; init; } = new(2026, 10, 29);

    /// <summary>First day of the current quarter (fiscal years end March 31: this is the second quarter of fiscal 2027).</summary>
    public DateOnly QuarterStart { get; init; } = new(2026, 7, 1);

    /// <summary>Last day of the current quarter.</summary>
    public DateOnly QuarterEnd { get; init; } = new(2026, 9, 30);

    /// <summary>The comparative balance sheet date: the end of the last fiscal year.</summary>
    public DateOnly FiscalYearEnd { get; init; } = new(2026, 3, 31);

    /// <summary>The fiscal year the current quarter belongs to.</summary>
    public int FiscalYear { get; init; } = 2027;

    /// <summary>The default company.</summary>
    public static SampleCompany Default { get; } = new();
}
