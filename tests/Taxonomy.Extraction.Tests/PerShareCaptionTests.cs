using Taxonomy.Concepts;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// Rows printed under a per-share caption and a one-word sub-caption ("Earnings per share" / "Basic" / rows) are
/// per-share amounts, even when their words alone name a money line item.
/// </summary>
public class PerShareCaptionTests
{
    // A fictional half-year statement (in thousands, except per-share amounts) with a cumulative effect of an accounting
    // change printed once as money and again, per share, under Basic and Diluted.
    private const string Statement =
        "FICTIONAL LANTERN WORKS, INC.\n\nCONDENSED STATEMENTS OF OPERATIONS\n\n(in thousands, except per share amounts)\n\n" +
        "\tSix Months Ended\n\tJune 30, 2025\tJune 30, 2024\n" +
        "Net sales\t$\t5,000\t$\t4,600\n" +
        "Cost of sales\t\t3,000\t\t2,800\n" +
        "Income before cumulative effect of change in accounting principle\t\t2,000\t\t1,800\n" +
        "Cumulative effect of change in accounting principle\t\t(400\t)\t\t-\n" +
        "Net income\t$\t1,600\t$\t1,800\n" +
        "Earnings per common share\n" +
        "Basic\n" +
        "Earnings per share before cumulative effect of change in accounting principle\t$\t1.00\t$\t0.90\n" +
        "Cumulative effect of change in accounting principle\t$\t(0.20\t)\t$\t-\n" +
        "Net income per share\t$\t0.80\t$\t0.90\n" +
        "Diluted\n" +
        "Earnings per share before cumulative effect of change in accounting principle\t$\t0.95\t$\t0.86\n" +
        "Cumulative effect of change in accounting principle\t$\t(0.19\t)\t$\t-\n" +
        "Net income per share\t$\t0.76\t$\t0.86\n\n" +
        "Research and development\t$\t210\t$\t190\n";

    private static ExtractionResult Extract() =>
        FilingExtractor.Extract(Statement, new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "fictional.txt" });

    [Fact]
    public void The_money_row_keeps_its_line_item_and_the_per_share_rows_do_not_compete_with_it()
    {
        var result = Extract();
        var period = Period.Parse("2025-01-01/2025-06-30");
        var money = Assert.Single(result.Report.Facts, f => f.Concept.LocalName == "CumulativeEffectOfChangeInAccountingPrincipleNetOfTax" && f.Period == period);
        Assert.Equal(-400_000m, money.NumericValue);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "extract.duplicate-conflict");
    }

    [Fact]
    public void A_row_under_a_basic_or_diluted_sub_caption_of_a_per_share_caption_is_a_per_share_amount()
    {
        var result = Extract();
        var period = Period.Parse("2025-01-01/2025-06-30");
        var perShare = result.Report.Facts.Where(f => f.Period == period && f.NumericValue is -0.20m or -0.19m).ToList();
        Assert.Equal(2, perShare.Count);
        Assert.All(perShare, f => Assert.Equal(Unit.UsdPerShare, f.Unit));
        Assert.Contains(result.Findings, f => f.RuleId == "extract.extension" && f.Message.Contains("printed under 'Basic', which names per-share amounts", StringComparison.Ordinal));
    }

    [Fact]
    public void A_whole_dollar_row_after_the_per_share_block_is_money()
    {
        var result = Extract();
        var fact = Assert.Single(result.Report.Facts, f => f.Concept.LocalName == "ResearchAndDevelopmentExpense" && f.Period == Period.Parse("2025-01-01/2025-06-30"));
        Assert.Equal(210_000m, fact.NumericValue);
        Assert.Equal(Unit.Usd, fact.Unit);
    }
}
