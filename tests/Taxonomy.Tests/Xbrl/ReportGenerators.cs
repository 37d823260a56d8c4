using FsCheck;
using FsCheck.Fluent;

namespace Taxonomy.Tests.Xbrl;

/// <summary>FsCheck generators of random but valid reports: decimals of every size and scale, periods, units, entities, text.</summary>
internal static class ReportGenerators
{
    public static readonly QName[] NumericConcepts =
        [new("us-gaap", "Revenues"), new("us-gaap", "NetIncomeLoss"), new("us-gaap", "EarningsPerShareBasic"), new("ex", "WidgetYieldRatio")];

    public static readonly QName[] TextConcepts =
        [new("dei", "EntityRegistrantName"), new("dei", "DocumentPeriodEndDate"), new("ex", "Motto")];

    private static readonly KeyValuePair<string, string>[] Namespaces =
    [
        new("us-gaap", "http://fasb.org/us-gaap/2024"),
        new("dei", "http://xbrl.sec.gov/dei/2024"),
        new("ex", "http://example.com/fictional/2025"),
    ];

    private static readonly string[] Taxonomies =
        ["https://xbrl.fasb.org/us-gaap/2024/elts/us-gaap-2024.xsd", "https://example.com/fictional/2025/ex.xsd"];

    private static Gen<int> Bits32 =>
        from high in Gen.Choose(0, 65535)
        from low in Gen.Choose(0, 65535)
        select (high << 16) | low;

    /// <summary>Any decimal: full 96-bit mantissas at every scale, plus small everyday amounts.</summary>
    public static Gen<decimal> Decimal =>
        Gen.OneOf(
            from lo in Bits32
            from mid in Bits32
            from hi in Bits32
            from negative in Gen.Elements(true, false)
            from scale in Gen.Choose(0, 28)
            select new decimal(lo, mid, hi, negative, (byte)scale),
            from units in Gen.Choose(-10_000_000, 10_000_000)
            from scale in Gen.Choose(0, 4)
            select new decimal(Math.Abs(units), 0, 0, units < 0, (byte)scale),
            Gen.Elements(0m, -0.19m, 1.50m, decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m, -9_397_000m));

    public static Gen<Decimals> Decimals =>
        Gen.OneOf(
            Gen.Choose(-12, 12).Select(d => Taxonomy.Decimals.Of(d)),
            Gen.Constant(Taxonomy.Decimals.Infinite),
            Gen.Elements(Taxonomy.Decimals.Of(int.MinValue), Taxonomy.Decimals.Of(int.MaxValue)));

    public static Gen<DateOnly> Date =>
        Gen.OneOf(
            Gen.Choose(new DateOnly(1900, 1, 1).DayNumber, new DateOnly(2100, 12, 31).DayNumber).Select(DateOnly.FromDayNumber),
            Gen.Elements(
                new DateOnly(2024, 2, 28), new DateOnly(2024, 2, 29), new DateOnly(2023, 2, 28), new DateOnly(2000, 2, 29),
                new DateOnly(2024, 12, 31), new DateOnly(2025, 1, 1), DateOnly.MinValue, DateOnly.MaxValue));

    public static Gen<Period> Period =>
        Gen.OneOf(
            Date.Select(Taxonomy.Period.Instant),
            from a in Date
            from b in Date
            select a <= b ? Taxonomy.Period.Duration(a, b) : Taxonomy.Period.Duration(b, a));

    public static Gen<Unit> Unit =>
        Gen.Elements(Taxonomy.Unit.Usd, Taxonomy.Unit.UsdPerShare, Taxonomy.Unit.Shares, Taxonomy.Unit.Pure, Taxonomy.Unit.Currency("EUR"), Taxonomy.Unit.PerShare("JPY"));

    public static Gen<Entity> Entity =>
        Gen.OneOf(
            Gen.Choose(1, 99_999_999).Select(n => Taxonomy.Entity.Cik(n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            Gen.Elements(
                Taxonomy.Entity.CommissionFileNumber("0-99999"),
                new Taxonomy.Entity("http://standards.iso.org/iso/17442", "5493001KJTIIGC8Y1R12", "lei")));

    private static readonly string[] Pieces =
        ["Northwind", " ", "&", "<b>", "\"", "\\", "\n", "\t", "é", "€", "😀", "\u0001", "/", "'", "+", "2025-09-30", "ä", "中"];

    public static Gen<string> Text =>
        Gen.ListOf(Gen.Elements(Pieces)).Select(parts => string.Concat(parts));

    public static Gen<Fact> NumericFact =>
        from concept in Gen.Elements(NumericConcepts)
        from entity in Entity
        from period in Period
        from value in Decimal
        from decimals in Decimals
        from unit in Unit
        select Fact.Numeric(concept, entity, period, value, decimals, unit);

    public static Gen<Fact> TextFact =>
        from concept in Gen.Elements(TextConcepts)
        from entity in Entity
        from period in Period
        from text in Text
        select Fact.Text(concept, entity, period, text);

    public static Gen<Report> Report =>
        from facts in Gen.ListOf(Gen.Frequency((3, NumericFact), (1, TextFact)))
        from taxonomy in Gen.SubListOf(Taxonomies)
        select new Report(Namespaces, taxonomy, facts);

    /// <summary>A report and the same facts in another order.</summary>
    public static Gen<(Report Report, Report Shuffled)> ReportAndShuffled =>
        from report in Report
        from shuffled in Gen.Shuffle(report.Facts.ToArray())
        select (report, new Report(report.Namespaces, report.Taxonomy, shuffled));
}
