using Taxonomy.Statements;

namespace Taxonomy.Tests.Statements;

/// <summary>
/// The readers generated <c>FromFacts</c> methods call (<c>ReadMonetary</c> and the rest) answer what the <c>Try</c> forms
/// do: the typed value of a fact that fits the item's data type, and null for one that does not.
/// </summary>
public class StatementFactsTests
{
    private static readonly Period Quarter = Period.Duration(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31));

    private static Fact Numeric(decimal value, Unit? unit, Decimals? decimals) => new()
    {
        Concept = new QName("wdg", "Anything"), Entity = Entity.Cik("1"), Period = Quarter,
        NumericValue = value, Decimals = decimals, Unit = unit,
    };

    private static Fact Text(string text) => new() { Concept = new QName("dei", "Anything"), Entity = Entity.Cik("1"), Period = Quarter, TextValue = text };

    private static readonly Fact Money = Numeric(1_250m, Unit.Currency("EUR"), Decimals.Of(-3));
    private static readonly Fact PerShare = Numeric(0.42m, Unit.PerShare("EUR"), Decimals.Of(2));
    private static readonly Fact Shares = Numeric(9_000m, Unit.Shares, Decimals.Of(-3));
    private static readonly Fact Pure = Numeric(0.25m, Unit.Pure, Decimals.Of(2));
    private static readonly Fact NoDecimals = Numeric(1_250m, Unit.Currency("EUR"), null);
    private static readonly Fact Words = Text("Widget Works Inc.");
    private static readonly Fact Day = Text("2026-03-31");

    public static TheoryData<string> AllFacts => ["Money", "PerShare", "Shares", "Pure", "NoDecimals", "Words", "Day"];

    private static Fact Named(string name) => name switch
    {
        "Money" => Money,
        "PerShare" => PerShare,
        "Shares" => Shares,
        "Pure" => Pure,
        "NoDecimals" => NoDecimals,
        "Words" => Words,
        _ => Day,
    };

    [Theory]
    [MemberData(nameof(AllFacts))]
    public void Each_reader_answers_the_try_form_s_value_or_null(string name)
    {
        var fact = Named(name);
        Assert.Equal(StatementFacts.TryMonetary(fact, out var money) ? money : null, StatementFacts.ReadMonetary(fact));
        Assert.Equal(StatementFacts.TryPerShare(fact, out var perShare) ? perShare : null, StatementFacts.ReadPerShare(fact));
        Assert.Equal(StatementFacts.TryShares(fact, out var shares) ? shares : null, StatementFacts.ReadShares(fact));
        Assert.Equal(StatementFacts.TryPure(fact, out var pure) ? pure : null, StatementFacts.ReadPure(fact));
        Assert.Equal(StatementFacts.TryText(fact, out var text) ? text : null, StatementFacts.ReadText(fact));
        Assert.Equal(StatementFacts.TryDate(fact, out var date) ? date : null, StatementFacts.ReadDate(fact));
    }

    [Fact]
    public void A_fact_is_read_only_as_the_data_type_it_fits()
    {
        Assert.Equal(new MonetaryAmount(1_250m, -3), StatementFacts.ReadMonetary(Money));
        Assert.Null(StatementFacts.ReadPerShare(Money));
        Assert.Null(StatementFacts.ReadShares(Money));
        Assert.Equal(new PerShareAmount(0.42m, 2), StatementFacts.ReadPerShare(PerShare));
        Assert.Null(StatementFacts.ReadMonetary(PerShare));
        Assert.Equal(new ShareCount(9_000m, -3), StatementFacts.ReadShares(Shares));
        Assert.Equal(new PureNumber(0.25m, 2), StatementFacts.ReadPure(Pure));
        // Without decimals its precision would be a guess: no typed item reads it.
        Assert.Null(StatementFacts.ReadMonetary(NoDecimals));
        Assert.Equal("Widget Works Inc.", StatementFacts.ReadText(Words));
        Assert.Null(StatementFacts.ReadText(Money));
        Assert.Null(StatementFacts.ReadDate(Words));
        Assert.Equal(new DateOnly(2026, 3, 31), StatementFacts.ReadDate(Day));
    }
}
