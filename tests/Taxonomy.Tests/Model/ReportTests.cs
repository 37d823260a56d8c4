namespace Taxonomy.Tests.Model;

public class ReportTests
{
    private static readonly Period Quarter = Period.Duration(new DateOnly(2025, 7, 1), new DateOnly(2025, 9, 30));
    private static readonly QName Revenues = new("us-gaap", "Revenues");
    private static readonly KeyValuePair<string, string> UsGaap = new("us-gaap", "http://fasb.org/us-gaap/2024");

    [Fact]
    public void Namespaces_facts_need_are_added()
    {
        var report = new Report([UsGaap], [], [
            Fact.Numeric(Revenues, Entity.Cik("999999"), Quarter, 5, -3, Unit.UsdPerShare),
            Fact.Text(Revenues, Entity.CommissionFileNumber("0-99999"), Quarter, "x"),
        ]);
        Assert.Equal(
            ["cik", "iso4217", "sec-file", "us-gaap", "xbrli"],
            report.Namespaces.Keys);
        Assert.Equal(Entity.CikScheme, report.Namespaces["cik"]);
        Assert.Equal("http://www.xbrl.org/2003/iso4217", report.Namespaces["iso4217"]);
        Assert.Equal("http://www.xbrl.org/2003/instance", report.Namespaces["xbrli"]);
    }

    [Fact]
    public void Only_the_namespaces_used_are_added()
    {
        var report = new Report([UsGaap], [], [Fact.Text(Revenues, Entity.Cik("1"), Quarter, "x")]);
        Assert.Equal(["cik", "us-gaap"], report.Namespaces.Keys);
    }

    [Fact]
    public void Conflicting_bindings_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new Report([new("cik", "http://example.com/other")], [], [Fact.Text(Revenues, Entity.Cik("1"), Quarter, "x")]));
        Assert.Throws<ArgumentException>(() => new Report([UsGaap, new("us-gaap", "http://fasb.org/us-gaap/2023")], [], []));
    }

    [Fact]
    public void Equality_ignores_fact_order_and_provenance_but_not_values_or_decimals()
    {
        var entity = Entity.Cik("999999");
        var a = Fact.Numeric(Revenues, entity, Quarter, 6_126_000, -3, Unit.Usd);
        var b = Fact.Text(new QName("us-gaap", "Note"), entity, Quarter, "text");
        var withProvenance = a with { Provenance = new Provenance(new SourceSpan(1, 1, 0, 5), "6,126", EquatableList.Create(DecisionMethod.Label)) };
        Assert.Equal(new Report([UsGaap], ["t"], [a, b]), new Report([UsGaap], ["t"], [b, withProvenance]));
        Assert.NotEqual(new Report([UsGaap], [], [a]), new Report([UsGaap], [], [a with { NumericValue = 6_126_001 }]));
        Assert.NotEqual(new Report([UsGaap], [], [a]), new Report([UsGaap], [], [a with { Decimals = -6 }]));
        Assert.NotEqual(new Report([UsGaap], ["t"], [a]), new Report([UsGaap], [], [a]));
    }

    [Fact]
    public void Entities_and_facts_validate_their_parts()
    {
        Assert.Throws<ArgumentException>(() => new Entity(Entity.CikScheme, " 1", "cik"));
        Assert.Throws<ArgumentException>(() => new Entity(Entity.CikScheme, "1", "c k"));
        Assert.Throws<ArgumentException>(() => new Entity("", "1", "cik"));
        Assert.Equal("cik:0000320193", Entity.Cik("320193").ToString());
        var fact = Fact.Numeric(Revenues, Entity.Cik("1"), Quarter, new MonetaryAmount(1.50m, 2), Unit.Usd);
        Assert.Equal(("1.5", Decimals.Of(2)), (fact.LexicalValue, fact.Decimals!.Value));
    }
}
