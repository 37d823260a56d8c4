using Taxonomy.Concepts;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// Prose the reader must not misread: a per-share amount after a comparative net loss takes the loss's sign, a measure
/// called non-GAAP, adjusted or pro forma is not the line item, "increased to $Y from $X" reads X as the comparative only
/// when its words name no other period, and a sequential change reads X as the quarter before only when the calendar dates
/// it. Fictional company, figures of our own.
/// </summary>
public class ProseBaseAndAdjustedTests
{
    private const string Opening = "Quillfeather Robotics, Inc. today reported results for the third quarter ended September 30, 2031.\n\n";

    private static readonly Period Quarter = Period.Parse("2031-07-01/2031-09-30");
    private static readonly Period YearAgo = Period.Parse("2030-07-01/2030-09-30");
    private static readonly Period QuarterBefore = Period.Parse("2031-04-01/2031-06-30");

    private static ExtractionResult Extract(string text) =>
        FilingExtractor.Extract(text, new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "fictional.txt" });

    private static List<(Period Period, decimal Value)> Facts(ExtractionResult result, string concept) =>
        result.Report.Facts.Where(f => f.Concept.LocalName == concept).Select(f => (f.Period, f.NumericValue ?? 0m)).Order().ToList();

    // Revenue − cost = gross profit, and so on down to net income; the prior-year quarter is a loss.
    private const string Operations =
        "\n\nCONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n(in thousands, except per share amounts)\n\n"
        + "\tThree Months Ended September 30,\n\t2031\t2030\n"
        + "Revenue\t$\t84,200\t$\t71,500\n"
        + "Cost of revenue\t\t45,100\t\t40,300\n"
        + "Gross profit\t\t39,100\t\t31,200\n"
        + "Operating expenses\t\t22,700\t\t25,800\n"
        + "Operating income\t\t16,400\t\t5,400\n"
        + "Other expense\t\t(8,200)\t\t(7,800)\n"
        + "Income (loss) before income taxes\t\t8,200\t\t(2,400)\n"
        + "Income tax expense\t\t1,900\t\t—\n"
        + "Net income (loss)\t$\t6,300\t$\t(2,400)\n"
        + "Diluted net income (loss) per share\t$\t0.21\t$\t(0.08)\n";

    [Fact]
    public void A_per_share_amount_after_a_comparative_net_loss_is_negative()
    {
        var result = Extract(Opening + "Net income was $6.3 million, or $0.21 per diluted share, compared to a net loss of $2.4 million, or $0.08 per diluted share, in the prior-year quarter.\n");
        Assert.Equal([(YearAgo, -0.08m), (Quarter, 0.21m)], Facts(result, "EarningsPerShareDiluted"));
        Assert.Equal([(YearAgo, -2_400_000m), (Quarter, 6_300_000m)], Facts(result, "NetIncomeLoss"));
    }

    [Fact]
    public void A_per_share_amount_after_a_comparative_net_loss_agrees_with_the_table()
    {
        var result = Extract(Opening + "Net income was $6.3 million, or $0.21 per diluted share, compared to a net loss of $2.4 million, or $0.08 per diluted share, in the prior-year quarter." + Operations);
        Assert.Equal([(YearAgo, -0.08m), (Quarter, 0.21m)], Facts(result, "EarningsPerShareDiluted"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "extract.narrative-conflict");
        Assert.All(result.Report.Facts.Where(f => f.Concept.LocalName == "EarningsPerShareDiluted"), f => Assert.Contains(DecisionMethod.NarrativeMatched, f.Provenance!.Methods));
    }

    [Theory]
    [InlineData("On a non-GAAP basis, operating income was $19.9 million.")]
    [InlineData("Operating income was $19.9 million on a non-GAAP basis.")]
    [InlineData("Operating income, as adjusted, was $19.9 million, compared with $15.0 million.")]
    [InlineData("On a pro forma basis, operating income was $19.9 million.")]
    public void An_adjusted_measure_is_not_the_line_item(string sentence)
    {
        var result = Extract(Opening + sentence + "\n\nOperating expenses for the quarter were $22.7 million.\n");
        Assert.Empty(Facts(result, "OperatingIncomeLoss"));
        // Control: the sentence after it is still read.
        Assert.Equal([(Quarter, 22_700_000m)], Facts(result, "OperatingExpenses"));
    }

    [Fact]
    public void An_adjusted_measure_does_not_contradict_the_table()
    {
        var result = Extract(Opening + "On a non-GAAP basis, gross profit was $40.1 million. Gross profit was $39.1 million." + Operations);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "extract.narrative-conflict");
        Assert.Contains(DecisionMethod.NarrativeMatched, result.Report.Facts.Single(f => f.Concept.LocalName == "GrossProfit" && f.Period == Quarter).Provenance!.Methods);
    }

    [Theory]
    [InlineData("Revenue increased 18% to $84.2 million from $71.5 million a year ago.")]
    [InlineData("Revenue increased to $84.2 million from $71.5 million in the third quarter of 2030.")]
    public void Increased_to_y_from_x_reads_x_as_the_prior_year(string sentence)
    {
        var result = Extract(Opening + sentence + "\n");
        Assert.Equal([(YearAgo, 71_500_000m), (Quarter, 84_200_000m)], Facts(result, "Revenues"));
    }

    [Fact]
    public void Narrowed_to_y_from_x_keeps_the_loss_sign()
    {
        var result = Extract(Opening + "Net loss narrowed to $2.4 million from $5.0 million a year ago.\n");
        Assert.Equal([(YearAgo, -5_000_000m), (Quarter, -2_400_000m)], Facts(result, "NetIncomeLoss"));
    }

    [Fact]
    public void A_figure_changed_from_in_another_quarter_is_not_placed()
    {
        // Which quarter "in the second quarter" is, and whose, the reader does not decide: neither amount is placed.
        var result = Extract(Opening + "Revenue increased to $84.2 million from $79.9 million in the second quarter.\n");
        Assert.Empty(Facts(result, "Revenues"));
    }

    [Fact]
    public void A_change_whose_period_follows_the_base_is_not_given_the_quarter()
    {
        var result = Extract(Opening + "Revenue increased to $212.6 million from $190.3 million for the first nine months.\n");
        Assert.Empty(Facts(result, "Revenues"));
    }

    [Theory]
    [InlineData("Revenue grew sequentially from $79.9 million to $84.2 million.")]
    [InlineData("Revenue increased sequentially to $84.2 million from $79.9 million.")]
    [InlineData("Revenue grew 5% sequentially to $84.2 million from $79.9 million, and 18% from a year ago.")]
    public void A_sequential_change_reads_the_base_as_the_quarter_before(string sentence)
    {
        var result = Extract(Opening + sentence + "\n");
        Assert.Equal([(QuarterBefore, 79_900_000m), (Quarter, 84_200_000m)], Facts(result, "Revenues"));
    }

    [Fact]
    public void A_sequential_base_of_a_week_calendar_is_not_dated()
    {
        // The quarter ends on no month end and the document states no other period end: the quarter before is not dated.
        var result = Extract("Quillfeather Robotics, Inc. today reported results for the third quarter ended October 2, 2031.\n\n"
            + "Revenue grew sequentially from $79.9 million to $84.2 million.\n");
        Assert.Equal([84_200_000m], Facts(result, "Revenues").Select(f => f.Value));
    }
}
