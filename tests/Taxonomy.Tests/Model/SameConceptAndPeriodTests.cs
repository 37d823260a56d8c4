namespace Taxonomy.Tests.Model;

public class SameConceptAndPeriodTests
{
    private static readonly Period Quarter = Period.Duration(new DateOnly(2025, 7, 1), new DateOnly(2025, 9, 30));
    private static readonly Period PriorQuarter = Period.Duration(new DateOnly(2024, 7, 1), new DateOnly(2024, 9, 30));
    private static readonly Period QuarterEnd = Period.Instant(new DateOnly(2025, 9, 30));
    private static readonly QName Revenues = new("us-gaap", "Revenues");
    private static readonly QName NetIncome = new("us-gaap", "NetIncomeLoss");
    private static readonly Entity Northwind = Entity.Cik("999999");

    private static Fact Usd(QName concept, Period period, decimal value) => Fact.Numeric(concept, Northwind, period, value, -6, Unit.Usd);

    [Fact]
    public void No_facts_give_no_entries() => Assert.Empty(SameConceptAndPeriod.FirstOf([]));

    [Fact]
    public void Facts_reported_once_point_nowhere()
    {
        Assert.Equal([-1, -1, -1], SameConceptAndPeriod.FirstOf([
            Usd(Revenues, Quarter, 5),
            Usd(NetIncome, Quarter, 1),
            Usd(Revenues, PriorQuarter, 4),
        ]));
    }

    [Fact]
    public void Repeated_facts_point_to_the_first_of_their_concept_and_period()
    {
        Assert.Equal([0, 1, -1, 0, 1, 0], SameConceptAndPeriod.FirstOf([
            Usd(Revenues, Quarter, 5),
            Usd(NetIncome, Quarter, 1),
            Usd(Revenues, PriorQuarter, 4),
            Usd(Revenues, Quarter, 5),
            Usd(NetIncome, Quarter, 2),
            Usd(Revenues, Quarter, 6),
        ]));
    }

    [Fact]
    public void The_same_concept_for_another_period_is_not_repeated()
    {
        // A duration and the instant at its end are different periods too.
        Assert.Equal([-1, -1, -1], SameConceptAndPeriod.FirstOf([
            Usd(Revenues, Quarter, 5),
            Usd(Revenues, PriorQuarter, 5),
            Usd(Revenues, QuarterEnd, 5),
        ]));
    }

    [Fact]
    public void Entity_unit_and_kind_are_not_part_of_the_key()
    {
        // The candidates for duplicates: a caller compares entity and unit itself, so every fact here is a candidate.
        Assert.Equal([0, 0, 0, 0], SameConceptAndPeriod.FirstOf([
            Usd(Revenues, Quarter, 5),
            Fact.Numeric(Revenues, Northwind, Quarter, 5, -6, Unit.Currency("EUR")),
            Fact.Numeric(Revenues, Entity.Cik("888888"), Quarter, 5, -6, Unit.Usd),
            Fact.Text(Revenues, Northwind, Quarter, "five"),
        ]));
    }

    [Fact]
    public void Other_items_are_keyed_by_the_concept_and_period_they_give()
    {
        (string Name, QName Concept, Period Period)[] items = [("a", Revenues, Quarter), ("b", NetIncome, Quarter), ("c", Revenues, Quarter)];
        Assert.Equal([0, -1, 0], SameConceptAndPeriod.FirstOf(items, static item => (item.Concept, item.Period)));
    }
}
