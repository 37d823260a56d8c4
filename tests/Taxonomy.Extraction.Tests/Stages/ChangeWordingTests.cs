using Taxonomy.Extraction.Narrative;

namespace Taxonomy.Extraction.Tests.Stages;

/// <summary>
/// Prose that states a figure through its change ("up 12% to $4.5 million") reads the figure after "to"; the size of a
/// change ("increased $0.4 million", "an increase of", "$0.4 million higher") is never read as a figure. Fictional company.
/// </summary>
public class ChangeWordingTests
{
    private static List<ProseAmount> Read(string sentence) => NarrativeTests.Read(NarrativeTests.Opening + sentence + "\n");

    [Theory]
    [InlineData("Revenues for the quarter were up 12% to $4.5 million.")]
    [InlineData("Revenues rose 8 percent to $4.5 million.")]
    [InlineData("Revenues increased $0.4 million to $4.5 million.")]
    [InlineData("Revenues grew by $0.4 million, or 9%, to a record $4.5 million.")]
    [InlineData("Revenues declined 3% to $4.5 million.")]
    public void The_amount_after_to_is_the_periods_figure(string sentence)
    {
        var amount = Assert.Single(Read(sentence), a => a.Concept is not null);
        Assert.Equal("Revenues", amount.Concept!.Concept.LocalName);
        Assert.Equal(4_500_000m, amount.Value);
        Assert.Equal(Period.Parse("2025-04-01/2025-06-30"), amount.Period);
    }

    [Fact]
    public void A_comparative_after_the_changed_figure_is_the_prior_years()
    {
        var amounts = Read("Net income rose 40% to $2.1 million, compared with $1.5 million for the same period last year.");
        Assert.Equal(2, amounts.Count);
        Assert.Equal(2_100_000m, amounts[0].Value);
        Assert.Equal("NetIncomeLoss", amounts[1].Concept!.Concept.LocalName);
        Assert.Equal(1_500_000m, amounts[1].Value);
        Assert.Equal(Period.Parse("2024-04-01/2024-06-30"), amounts[1].Period);
    }

    [Theory]
    [InlineData("Revenues increased $0.4 million compared with the same period last year.")]
    [InlineData("The quarter saw an increase in revenues of $0.4 million.")]
    [InlineData("Management noted a decrease of $0.4 million in operating expenses.")]
    [InlineData("Net income growth of $0.4 million reflected lower costs.")]
    [InlineData("Revenues were $0.4 million higher than in the same period last year.")]
    [InlineData("Operating expenses were $0.4 million lower than a year ago.")]
    [InlineData("Net income increased 28% and diluted EPS increased 31% to $0.52.")]
    public void The_size_of_a_change_is_not_a_figure(string sentence) =>
        Assert.DoesNotContain(Read(sentence), a => a.Concept is not null || a.UnknownPhrase is not null);

    [Fact]
    public void The_figure_beside_its_change_is_still_read()
    {
        var amount = Assert.Single(Read("Net income was $2.1 million, an increase of $0.6 million over the same period last year."));
        Assert.Equal("NetIncomeLoss", amount.Concept!.Concept.LocalName);
        Assert.Equal(2_100_000m, amount.Value);
    }

    [Fact]
    public void A_comparative_after_the_size_of_the_change_is_still_the_primary_items()
    {
        var amounts = Read("Net income was $2.1 million, an increase of $0.6 million, compared with $1.5 million for the same period last year.");
        Assert.Equal(2, amounts.Count);
        Assert.Equal("NetIncomeLoss", amounts[1].Concept!.Concept.LocalName);
        Assert.Equal(1_500_000m, amounts[1].Value);
        Assert.Equal(Period.Parse("2024-04-01/2024-06-30"), amounts[1].Period);
    }

    [Fact]
    public void A_comparative_after_a_change_naming_another_item_is_not_given_the_primary_item()
    {
        var amounts = Read("Net income was $2.1 million, with an increase in operating expenses of $0.6 million, compared with $1.5 million for the same period last year.");
        var amount = Assert.Single(amounts, a => a.Concept is not null);
        Assert.Equal(2_100_000m, amount.Value);
    }

    [Fact]
    public void A_narrower_measure_that_changed_to_an_amount_is_not_read()
    {
        Assert.Empty(Read("Subscription revenues increased 10% to $1.2 million."));
    }
}
