using Taxonomy.Extraction.Narrative;

namespace Taxonomy.Extraction.Tests.Stages;

/// <summary>
/// A per-share amount whose own clause names the loss ("Net loss was $0.19 per diluted share", "compared with net loss of
/// $0.25 per diluted share") is negative, with or without a total before it; the phrase of its own clause decides over
/// the total of an earlier one. Fictional company.
/// </summary>
public class PerShareLossSignTests
{
    private static List<ProseAmount> Read(string sentence) => NarrativeTests.Read(NarrativeTests.Opening + sentence + "\n");

    private static decimal Single(List<ProseAmount> amounts, decimal magnitude) =>
        Assert.Single(amounts, a => a.Magnitude == magnitude && a.Concept?.Concept.LocalName == "EarningsPerShareDiluted").Value;

    [Fact]
    public void A_loss_stated_per_share_is_negative()
    {
        var amounts = Read("Net loss was $0.19 per diluted share, compared with net loss of $0.25 per diluted share in the same period last year.");
        Assert.Equal(-0.19m, Single(amounts, 0.19m));
        Assert.Equal(-0.25m, Single(amounts, 0.25m));
    }

    [Fact]
    public void Income_compared_with_a_loss_per_share_keeps_each_sign()
    {
        var amounts = Read("Net income was $0.12 per diluted share, compared with a net loss of $0.08 per diluted share a year ago.");
        Assert.Equal(0.12m, Single(amounts, 0.12m));
        Assert.Equal(-0.08m, Single(amounts, 0.08m));
    }

    [Fact]
    public void A_per_share_amount_after_its_total_takes_the_totals_sign()
    {
        var amounts = Read("Net loss was $4.1 million, or $0.19 per diluted share.");
        Assert.Equal(-0.19m, Single(amounts, 0.19m));
    }

    [Fact]
    public void A_figure_in_parentheses_is_negative_once()
    {
        var amounts = Read("Net loss was $(0.19) per diluted share, compared with net loss of $(0.25) per diluted share in the same period last year.");
        Assert.Equal(-0.19m, Single(amounts, 0.19m));
        Assert.Equal(-0.25m, Single(amounts, 0.25m));
    }

    [Fact]
    public void Earnings_per_share_in_parentheses_are_negative()
    {
        Assert.Equal(-0.13m, Single(Read("Diluted earnings per share were $(0.13)."), 0.13m));
        var loss = Assert.Single(Read("Net loss was $(4.1) million."), a => a.Magnitude == 4_100_000m);
        Assert.Equal(-4_100_000m, loss.Value);
    }

    [Fact]
    public void A_cost_in_parentheses_is_not_read()
    {
        Assert.DoesNotContain(Read("Research and development expenses were $(3.2) million."), a => a.Magnitude == 3_200_000m && a.Concept is not null);
    }
}
