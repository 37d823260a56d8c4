using Taxonomy;
using Taxonomy.Xbrl;
using Widgets.Statements;

namespace Taxonomy.Consumer.Tests;

/// <summary>A consumer statement written as xBRL-JSON and read back into the typed statement.</summary>
public class XbrlJsonRoundTripTests
{
    [Fact]
    public void Statement_survives_an_xbrl_json_round_trip_with_exact_decimals()
    {
        var year = Period.Duration(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));
        var statement = new WidgetResults(year)
        {
            EntityRegistrantName = "Fictional Widgets, Inc.",
            DocumentPeriodEndDate = new DateOnly(2026, 12, 31),
            Revenues = new MonetaryAmount(94_930_000_000m, -6),
            CostOfRevenue = new MonetaryAmount(51_051_000_000m, -6),
            GrossProfit = new MonetaryAmount(43_879_000_000m, -6),
            EarningsPerShareBasic = new PerShareAmount(-0.19m, 2),
            WeightedAverageShares = new ShareCount(41_234_567m, 0),
            GrossMargin = new PureNumber(0.4622m, 4),
            CashAtStart = new MonetaryAmount(100m, 0),
            CashAtEnd = new MonetaryAmount(250m, 0),
        };
        var entity = Entity.Cik("1234567");
        var namespaces = WidgetResults.Metadata.Namespaces;
        var report = new Report(namespaces, [], statement.ToFacts(entity));

        string json = XbrlJson.ToJson(report);
        var back = XbrlJson.Parse(json);

        Assert.Equal(report, back);
        var typed = WidgetResults.FromFacts(year, back.Facts);
        foreach (var concept in WidgetResultsConcepts.All)
        {
            Assert.Equal(statement.GetValue(concept.PropertyName), typed.GetValue(concept.PropertyName));
        }
    }
}
