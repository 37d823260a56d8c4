using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Taxonomy;
using Widgets.Statements;

namespace Taxonomy.Consumer.Tests;

/// <summary>Round trips of generated statements over arbitrary amounts.</summary>
public class PropertyTests
{
    private static readonly Period Quarter = Period.Duration(new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30));

    private static Decimals ToDecimals(int digits) => digits == int.MinValue ? Decimals.Infinite : Decimals.Of(digits % 13);

    [Fact]
    public void Json_round_trip_preserves_every_decimal_exactly()
    {
        Prop.ForAll<decimal, decimal, int>((a, b, digits) =>
        {
            var statement = new WidgetIncome(Quarter)
            {
                WidgetRevenue = new MonetaryAmount(a, ToDecimals(digits)),
                Revenues = new MonetaryAmount(b, digits % 2 == 0 ? Decimals.Infinite : ToDecimals(digits)),
            };
            var back = JsonSerializer.Deserialize<WidgetIncome>(JsonSerializer.Serialize(statement))!;
            // Equal values with their scale: 1.50 stays 1.50.
            return back.WidgetRevenue == statement.WidgetRevenue
                && back.Revenues == statement.Revenues
                && back.WidgetRevenue!.Value.Value.Scale == a.Scale
                && back.GadgetRevenue is null;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Fact_round_trip_preserves_every_value()
    {
        Prop.ForAll<decimal, decimal, int>((a, b, digits) =>
        {
            var statement = new WidgetIncome(Quarter)
            {
                GadgetRevenue = new MonetaryAmount(a, ToDecimals(digits)),
                Revenues = new MonetaryAmount(b, ToDecimals(digits / 3)),
            };
            var back = WidgetIncome.FromFacts(Quarter, statement.ToFacts(Entity.Cik("7")));
            return back.GadgetRevenue == statement.GadgetRevenue && back.Revenues == statement.Revenues && back.WidgetRevenue is null;
        }).QuickCheckThrowOnFailure();
    }
}
