using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests.Stages;

public class LabelMatcherTests
{
    private readonly LabelMatcher _matcher = new(Fictional.Catalog);

    private static readonly LabelMatcher Shipped = new(ConceptCatalog.Default);

    [Theory]
    [InlineData("Total revenues", "us-gaap:Revenues", DecisionMethod.Synonym)]
    [InlineData("REVENUES", "us-gaap:Revenues", DecisionMethod.Label)]
    [InlineData("Shareholders' equity", "us-gaap:StockholdersEquity", DecisionMethod.Label)]
    [InlineData("Net income (loss) (unaudited)", "us-gaap:NetIncomeLoss", DecisionMethod.Label)]
    public void Labels_match_by_normalised_label_and_synonym(string label, string concept, DecisionMethod method)
    {
        var kind = concept.Contains("Equity", StringComparison.Ordinal) ? StatementKind.BalanceSheet : StatementKind.IncomeStatement;
        var (outcome, row, _) = _matcher.Match(label, kind);
        Assert.Equal(LabelMatcher.Outcome.Matched, outcome);
        Assert.Equal(QName.Parse(concept), row!.Concept);
        Assert.Equal(method, row.Method);
    }

    [Theory]
    [InlineData("Net loss per share attributable to common stockholders, basic and diluted", "us-gaap:EarningsPerShareBasicAndDiluted")]
    [InlineData("Net income per share - diluted", "us-gaap:EarningsPerShareDiluted")]
    [InlineData("Basic net earnings per common share", "us-gaap:EarningsPerShareBasic")]
    [InlineData("Weighted-average shares used in computing net loss per share attributable to common stockholders, basic and diluted", "us-gaap:WeightedAverageNumberOfShareOutstandingBasicAndDiluted")]
    [InlineData("Shares used in computing diluted net income per share", "us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding")]
    public void Long_wordings_of_earnings_per_share_and_its_share_counts_match_by_kind(string label, string concept)
    {
        var (outcome, row, _) = Shipped.Match(label, StatementKind.IncomeStatement);
        Assert.Equal(LabelMatcher.Outcome.Matched, outcome);
        Assert.Equal(QName.Parse(concept), row!.Concept);
    }

    [Theory]
    [InlineData("Net increase (decrease) in cash", "us-gaap:CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalentsPeriodIncreaseDecreaseIncludingExchangeRateEffect")]
    [InlineData("Net change in cash and equivalents", "us-gaap:CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalentsPeriodIncreaseDecreaseIncludingExchangeRateEffect")]
    [InlineData("Increase (decrease) in cash", "us-gaap:CashAndCashEquivalentsPeriodIncreaseDecrease")]
    public void The_change_in_cash_named_briefly_is_the_change_in_cash(string label, string concept)
    {
        var (outcome, row, _) = Shipped.Match(label, StatementKind.CashFlow);
        Assert.Equal(LabelMatcher.Outcome.Matched, outcome);
        Assert.Equal(QName.Parse(concept), row!.Concept);
    }

    [Theory]
    [InlineData("Acquisition, net of cash acquired")]
    [InlineData("Business acquisitions, net of cash acquired")]
    public void Acquisitions_net_of_cash_in_the_singular_or_as_businesses_are_the_payments_for_businesses(string label)
    {
        var (outcome, row, _) = Shipped.Match(label, StatementKind.CashFlow);
        Assert.Equal(LabelMatcher.Outcome.Matched, outcome);
        Assert.Equal("PaymentsToAcquireBusinessesNetOfCashAcquired", row!.Concept.LocalName);
    }

    [Theory]
    [InlineData("Interest and other income (expense), net")]
    [InlineData("Interest and other income, net")]
    [InlineData("Other (expense) income, net")]
    public void Interest_and_other_income_together_is_the_nonoperating_total(string label)
    {
        var (outcome, row, _) = Shipped.Match(label, StatementKind.IncomeStatement);
        Assert.Equal(LabelMatcher.Outcome.Matched, outcome);
        Assert.Equal("NonoperatingIncomeExpense", row!.Concept.LocalName);
    }

    [Theory]
    [InlineData("Net loss per share from continuing operations attributable to common stockholders, basic and diluted")]
    [InlineData("Cash dividends declared per common share, basic")]
    [InlineData("Net income per Class B share, diluted")]
    [InlineData("Non-GAAP net income per share attributable to common stockholders, diluted")]
    [InlineData("Net income per share attributable to common stockholders")]
    public void Earnings_per_share_wordings_that_name_something_else_or_no_kind_are_not_read_so(string label)
    {
        var (_, row, _) = Shipped.Match(label, StatementKind.IncomeStatement);
        Assert.True(row is null || !row.Concept.LocalName.StartsWith("EarningsPerShare", StringComparison.Ordinal), row?.Concept.ToString());
    }

    [Fact]
    public void A_label_of_another_statement_kind_does_not_match()
    {
        var (outcome, _, _) = _matcher.Match("Total assets", StatementKind.IncomeStatement);
        Assert.Equal(LabelMatcher.Outcome.None, outcome);
    }

    [Fact]
    public void A_label_two_line_items_share_is_ambiguous()
    {
        const string schema = """
        { "title": "Twin", "x-statement": { "namespace": "T", "periodType": "duration", "kind": "incomeStatement" }, "x-namespaces": { "a": "http://a" },
          "properties": {
            "One": { "x-concept": "a:One", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "First item", "synonyms": ["Fees"] } },
            "Two": { "x-concept": "a:Two", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "Second item", "synonyms": ["Fees"] } } } }
        """;
        var matcher = new LabelMatcher(new ConceptCatalog([SchemaCatalog.Load(schema)]));
        Assert.Equal(LabelMatcher.Outcome.Ambiguous, matcher.Match("Fees", StatementKind.IncomeStatement).Outcome);
    }
}
