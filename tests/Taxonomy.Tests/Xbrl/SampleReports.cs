namespace Taxonomy.Tests.Xbrl;

/// <summary>A small report of a fictional company (Northwind Widgets, CIK 0000999999), numbers of our own that foot.</summary>
internal static class SampleReports
{
    public static readonly Entity Northwind = Entity.Cik("999999");
    public static readonly Period Quarter = Period.Duration(new DateOnly(2025, 7, 1), new DateOnly(2025, 9, 30));
    public static readonly Period QuarterEnd = Period.Instant(new DateOnly(2025, 9, 30));

    public static QName UsGaap(string name) => new("us-gaap", name);

    public static Report Northwind2025Q3() => new(
        [new("us-gaap", "http://fasb.org/us-gaap/2024"), new("dei", "http://xbrl.sec.gov/dei/2024")],
        ["https://xbrl.fasb.org/us-gaap/2024/elts/us-gaap-2024.xsd"],
        [
            Fact.Numeric(UsGaap("Revenues"), Northwind, Quarter, 6_126_000m, -3, Unit.Usd),
            Fact.Numeric(UsGaap("NetIncomeLoss"), Northwind, Quarter, -9_397_000m, -3, Unit.Usd),
            Fact.Numeric(UsGaap("EarningsPerShareBasicAndDiluted"), Northwind, Quarter, -0.19m, 2, Unit.UsdPerShare),
            Fact.Numeric(UsGaap("WeightedAverageNumberOfSharesOutstandingBasicAndDiluted"), Northwind, Quarter, 50_783_000m, -3, Unit.Shares),
            Fact.Numeric(UsGaap("CashAndCashEquivalentsAtCarryingValue"), Northwind, QuarterEnd, 81_250_000m, -3, Unit.Usd),
            Fact.Numeric(UsGaap("EffectiveIncomeTaxRateContinuingOperations"), Northwind, Quarter, 0.125m, 3, Unit.Pure),
            Fact.Text(new QName("dei", "EntityRegistrantName"), Northwind, Quarter, "Northwind Widgets & Gadgets, Inc."),
            Fact.Text(new QName("dei", "DocumentPeriodEndDate"), Northwind, Quarter, "2025-09-30"),
        ]);
}
