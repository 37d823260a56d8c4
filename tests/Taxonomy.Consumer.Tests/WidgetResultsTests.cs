using System.Globalization;
using System.Text.Json;
using Taxonomy;
using Taxonomy.Validation;
using Widgets.Statements;

namespace Taxonomy.Consumer.Tests;

/// <summary>Every generator feature through a richer consumer schema: weights of −1, identities, signs, per-share ratios, instants in a duration.</summary>
public class WidgetResultsTests
{
    private static readonly Period Year = Period.Duration(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31));

    private static decimal Millions(decimal m) => m * 1_000_000m;

    private static WidgetResults Gross(decimal revenues, decimal cost, decimal gross) => new(Year)
    {
        EntityRegistrantName = "Fictional Widgets, Inc.",
        Revenues = new MonetaryAmount(Millions(revenues), -6),
        CostOfRevenue = new MonetaryAmount(Millions(cost), -6),
        GrossProfit = new MonetaryAmount(Millions(gross), -6),
    };

    [Theory]
    [InlineData(43_878, true)]
    [InlineData(43_879, true)]
    [InlineData(43_880, true)]
    [InlineData(43_881, false)]
    [InlineData(43_877, false)]
    public void Calculation_with_a_negative_weight_follows_calculations_1_1_rounding(int grossMillions, bool consistent)
    {
        // 94,930 − 51,051 = 43,879; each child is ±0.5 million, so the sum stands for 43,878..43,880.
        var findings = Gross(94_930, 51_051, grossMillions).Validate();
        Assert.Equal(consistent, !findings.Any(f => f.RuleId == RuleIds.CalculationSummation));
        if (!consistent)
        {
            var finding = Assert.Single(findings);
            Assert.Equal(new QName("us-gaap", "GrossProfit"), finding.Concept);
            Assert.Equal(Millions(43_879), finding.Expected);
        }
    }

    [Fact]
    public void Identity_requires_equal_values_within_rounding()
    {
        var statement = new WidgetResults(Year)
        {
            EntityRegistrantName = "Fictional Widgets, Inc.",
            NetIncomeLoss = new MonetaryAmount(1_000m, 0),
            ComprehensiveIncome = new MonetaryAmount(1_000m, 0),
        };
        Assert.Empty(statement.Validate());
        statement.ComprehensiveIncome = new MonetaryAmount(1_002m, 0);
        var finding = Assert.Single(statement.Validate());
        Assert.Equal(RuleIds.Identity, finding.RuleId);
    }

    [Fact]
    public void NonNegative_items_and_share_counts_must_not_be_negative()
    {
        var statement = new WidgetResults(Year)
        {
            EntityRegistrantName = "Fictional Widgets, Inc.",
            CostOfRevenue = new MonetaryAmount(-5m, 0),
            WeightedAverageShares = new ShareCount(-1m, 0),
            NetIncomeLoss = new MonetaryAmount(-7m, 0),
        };
        var findings = statement.Validate();
        Assert.Equal(2, findings.Count(f => f.RuleId == RuleIds.NegativeValue));
        Assert.Contains(findings, f => f.RuleId == RuleIds.NegativeValue && f.Concept == new QName("us-gaap", "CostOfRevenue"));
        Assert.Contains(findings, f => f.RuleId == RuleIds.NegativeValue && f.Concept == new QName("us-gaap", "WeightedAverageNumberOfSharesOutstandingBasic"));
        Assert.DoesNotContain(findings, f => f.Concept == new QName("us-gaap", "NetIncomeLoss"));
    }

    [Fact]
    public void Negative_cash_at_an_instant_is_a_sign_warning()
    {
        var statement = new WidgetResults(Year) { EntityRegistrantName = "Fictional Widgets, Inc.", CashAtEnd = new MonetaryAmount(-3m, 0) };
        var finding = Assert.Single(statement.Validate());
        Assert.Equal(RuleIds.SignByBalance, finding.RuleId);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(Year.EndInstant, finding.Period);
    }

    [Theory]
    [InlineData(150, true)]
    [InlineData(140, false)]
    public void Cash_at_end_rolls_forward_from_cash_at_start_and_the_change(int change, bool consistent)
    {
        var statement = new WidgetResults(Year)
        {
            EntityRegistrantName = "Fictional Widgets, Inc.",
            CashAtStart = new MonetaryAmount(100m, 0),
            CashChange = new MonetaryAmount(change, 0),
            CashAtEnd = new MonetaryAmount(250m, 0),
        };
        var findings = statement.Validate();
        Assert.Equal(consistent, findings.Count == 0);
        if (!consistent)
        {
            var finding = Assert.Single(findings);
            Assert.Equal(RuleIds.CalculationSummation, finding.RuleId);
            Assert.Equal(Year.EndInstant, finding.Period);
        }
    }

    [Fact]
    public void Missing_required_item_is_a_warning()
    {
        var finding = Assert.Single(new WidgetResults(Year).Validate());
        Assert.Equal(RuleIds.RequiredMissing, finding.RuleId);
        Assert.Equal(new QName("dei", "EntityRegistrantName"), finding.Concept);
    }

    [Theory]
    [InlineData("0.25", true)]
    [InlineData("0.26", false)]
    public void Per_share_amount_must_be_the_ratio_of_its_numerator_and_denominator(string eps, bool consistent)
    {
        var statement = new WidgetResults(Year)
        {
            EntityRegistrantName = "Fictional Widgets, Inc.",
            NetIncomeLoss = new MonetaryAmount(2_500_000m, -3),
            WeightedAverageShares = new ShareCount(10_000_000m, -3),
            EarningsPerShareBasic = new PerShareAmount(decimal.Parse(eps, CultureInfo.InvariantCulture), 2),
        };
        Assert.Equal(consistent, !statement.Validate().Any(f => f.RuleId == RuleIds.PerShareRatio));
    }

    [Fact]
    public void Instant_items_are_facts_at_the_start_or_end_of_the_period_and_read_back()
    {
        var statement = new WidgetResults(Year)
        {
            EntityRegistrantName = "Fictional Widgets, Inc.",
            DocumentPeriodEndDate = new DateOnly(2026, 12, 31),
            CashAtStart = new MonetaryAmount(100m, 0),
            CashAtEnd = new MonetaryAmount(250m, 0),
            WeightedAverageShares = new ShareCount(1_000m, 0),
            EarningsPerShareBasic = new PerShareAmount(0.1m, 2),
            GrossMargin = new PureNumber(0.463m, 3),
        };
        var facts = statement.ToFacts(Entity.Cik("42"));
        var cash = facts.Where(f => f.Concept == new QName("us-gaap", "Cash")).OrderBy(f => f.Period).ToArray();
        Assert.Equal([Period.Instant(new DateOnly(2025, 12, 31)), Period.Instant(new DateOnly(2026, 12, 31))], cash.Select(f => f.Period));
        Assert.Equal([100m, 250m], cash.Select(f => f.NumericValue!.Value));
        Assert.Equal("2026-12-31", facts.Single(f => f.Concept.LocalName == "DocumentPeriodEndDate").TextValue);
        Assert.Equal("Fictional Widgets, Inc.", facts.Single(f => f.Concept.LocalName == "EntityRegistrantName").TextValue);
        Assert.Equal(Unit.UsdPerShare, facts.Single(f => f.Concept.LocalName == "EarningsPerShareBasic").Unit);
        Assert.Equal(Unit.Shares, facts.Single(f => f.Concept.LocalName == "WeightedAverageNumberOfSharesOutstandingBasic").Unit);
        Assert.Equal(Unit.Pure, facts.Single(f => f.Concept.LocalName == "GrossMargin").Unit);

        var back = WidgetResults.FromFacts(Year, facts.Reverse());
        foreach (var concept in WidgetResultsConcepts.All)
        {
            Assert.Equal(statement.GetValue(concept.PropertyName), back.GetValue(concept.PropertyName));
        }
    }

    [Fact]
    public void Json_round_trip_of_every_data_type()
    {
        var statement = new WidgetResults(Year)
        {
            EntityRegistrantName = "Fictional \"Widgets\", Inc.",
            DocumentPeriodEndDate = new DateOnly(2026, 12, 31),
            Revenues = new MonetaryAmount(94_930_000_000m, -6),
            EarningsPerShareBasic = new PerShareAmount(-0.19m, 2),
            WeightedAverageShares = new ShareCount(41_234_567m, 0),
            GrossMargin = new PureNumber(0.4630m, 4),
            CashAtStart = new MonetaryAmount(1.5m, 1),
        };
        string json = JsonSerializer.Serialize(statement);
        Assert.Contains("\"EarningsPerShareBasic\":{\"value\":-0.19,\"decimals\":2}", json, StringComparison.Ordinal);
        Assert.Contains("\"DocumentPeriodEndDate\":\"2026-12-31\"", json, StringComparison.Ordinal);
        Assert.Contains("\"GrossMargin\":{\"value\":0.4630,\"decimals\":4}", json, StringComparison.Ordinal);
        var back = JsonSerializer.Deserialize<WidgetResults>(json)!;
        foreach (var concept in WidgetResultsConcepts.All)
        {
            Assert.Equal(statement.GetValue(concept.PropertyName), back.GetValue(concept.PropertyName));
        }
        Assert.Equal(JsonSerializer.Serialize(back), json);
    }

    [Fact]
    public void Metadata_carries_kind_titles_identities_and_anchors()
    {
        var definition = WidgetResults.Metadata;
        Assert.Equal(Taxonomy.Concepts.StatementKind.IncomeStatement, definition.Kind);
        Assert.Equal(["Widget Results of Operations"], definition.Titles);
        Assert.Equal([("NetIncomeLoss", "ComprehensiveIncome")], definition.Identities);
        Assert.Equal(Taxonomy.Concepts.PeriodAnchor.Start, WidgetResultsConcepts.CashAtStart.PeriodAnchor);
        Assert.Equal(("NetIncomeLoss", "WeightedAverageShares"), WidgetResultsConcepts.EarningsPerShareBasic.PerShareOf);
        Assert.Equal("Revenues less the cost of the widgets sold.", WidgetResultsConcepts.GrossProfit.Description);
        Assert.Equal(["us-gaap", "dei", "wdg"], definition.Namespaces.Select(n => n.Key));
    }
}
