using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests.Stages;

/// <summary>One reading of the kind of amount a label or caption names, used by caption matching and by extension rows.</summary>
public class AmountKindTests
{
    [Theory]
    [InlineData("Net income per share", StatementKind.IncomeStatement, ConceptDataType.PerShare)]
    [InlineData("Earnings per diluted share", StatementKind.IncomeStatement, ConceptDataType.PerShare)]
    [InlineData("Net loss per basic share:", StatementKind.IncomeStatement, ConceptDataType.PerShare)]
    [InlineData("Shares used in computing earnings per share", StatementKind.IncomeStatement, ConceptDataType.Shares)]
    [InlineData("Weighted average number of shares used in per share amounts", StatementKind.IncomeStatement, ConceptDataType.Shares)]
    [InlineData("Weighted average shares outstanding:", StatementKind.IncomeStatement, ConceptDataType.Shares)]
    [InlineData("Common shares outstanding", StatementKind.IncomeStatement, ConceptDataType.Shares)]
    [InlineData("Common stock, 1,000 shares authorized", StatementKind.BalanceSheet, null)]
    [InlineData("Common stock issued, including treasury shares", StatementKind.CashFlow, null)]
    [InlineData("Weighted average shares outstanding", StatementKind.CashFlow, null)]
    [InlineData("Shares of preferred stock outstanding in equity", StatementKind.BalanceSheet, null)]
    [InlineData("Total revenues", StatementKind.IncomeStatement, null)]
    [InlineData("Distributions to shareholders per unit", StatementKind.IncomeStatement, null)]
    [InlineData("Diluted EPS", StatementKind.IncomeStatement, ConceptDataType.PerShare)]
    [InlineData("Steps taken", StatementKind.IncomeStatement, null)]
    public void A_label_names_per_share_amounts_share_counts_or_neither(string text, StatementKind kind, ConceptDataType? expected) =>
        Assert.Equal(expected, AmountKind.Named(text, kind));

    [Theory]
    [InlineData("Shares used in computing earnings per share:", "us-gaap:WeightedAverageNumberOfShareOutstandingBasicAndDiluted")]
    [InlineData("Net income per share:", "us-gaap:EarningsPerShareBasicAndDiluted")]
    public void A_caption_gives_its_kind_to_a_one_word_row_under_it(string caption, string concept)
    {
        var (outcome, row, _) = new LabelMatcher(Fictional.Catalog).Match("Diluted", caption, StatementKind.IncomeStatement);
        Assert.Equal(LabelMatcher.Outcome.Matched, outcome);
        Assert.Equal(QName.Parse(concept), row!.Concept);
    }

    [Fact]
    public void An_extension_row_counting_shares_for_a_per_share_amount_reports_shares()
    {
        const string text = "Bluefin Robotics, Inc. reported results for the quarter ended June 30, 2025.\n\n" +
            "STATEMENTS OF OPERATIONS\n(in thousands, except per share amounts)\n\tThree Months Ended June 30,\n\t2025\t2024\n" +
            "Total revenues\t5,000\t4,500\n" +
            "Shares used in computing adjusted earnings per share\t2,000\t1,900\n";
        var result = FilingExtractor.Extract(text, new ExtractionOptions { Catalog = Fictional.Catalog, SourceName = "fictional.txt" });
        var fact = Assert.Single(result.Report.Facts, f => f.Period == Period.Parse("2025-04-01/2025-06-30") && f.Concept.LocalName.StartsWith("SharesUsed", StringComparison.Ordinal));
        Assert.Equal(Unit.Shares, fact.Unit);
    }

    [Theory]
    [InlineData("Combined ratio", true)]
    [InlineData("Gross margin %", true)]
    [InlineData("Net income as a percent of revenue", true)]
    [InlineData("Expense ratio (percent)", true)]
    [InlineData("4.25% Senior notes due 2031", false)]
    [InlineData("Senior notes, 4.25 %, due 2031", false)]
    [InlineData("5 percent convertible debentures", false)]
    [InlineData("Long-term debt", false)]
    public void A_label_names_a_ratio_unless_its_rate_is_an_instruments_coupon(string label, bool ratio) =>
        Assert.Equal(ratio, AmountKind.NamesRatio(label));
}
