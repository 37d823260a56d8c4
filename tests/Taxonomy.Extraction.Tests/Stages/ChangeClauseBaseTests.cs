using Taxonomy.Extraction.Narrative;

namespace Taxonomy.Extraction.Tests.Stages;

/// <summary>
/// "Revenue was $4.5 million, up 8% from $4.2 million a year ago": a change clause after a figure stated plainly names
/// the figure it changed from, the same line item's in the year before. A base whose words name another period, or a
/// sequential one, is not placed. Fictional company.
/// </summary>
public class ChangeClauseBaseTests
{
    private static List<ProseAmount> Read(string sentence) => NarrativeTests.Read(NarrativeTests.Opening + sentence + "\n");

    [Theory]
    [InlineData("Revenues were $4.5 million, up 8% from $4.2 million a year ago.")]
    [InlineData("Revenues were $4.5 million, up 7 percent from $4.2 million in the same period last year.")]
    public void The_figure_after_a_change_clause_is_the_prior_years(string sentence)
    {
        var amounts = Read(sentence);
        Assert.Equal(Period.Parse("2025-04-01/2025-06-30"), Assert.Single(amounts, a => a.Value == 4_500_000m).Period);
        var prior = Assert.Single(amounts, a => a.Value == 4_200_000m);
        Assert.Equal("Revenues", prior.Concept!.Concept.LocalName);
        Assert.Equal(Period.Parse("2024-04-01/2024-06-30"), prior.Period);
    }

    [Fact]
    public void A_loss_changed_from_keeps_the_loss_sign()
    {
        var prior = Assert.Single(Read("Net loss was $1.1 million, down from $2.3 million a year ago."), a => a.Magnitude == 2_300_000m);
        Assert.Equal("NetIncomeLoss", prior.Concept!.Concept.LocalName);
        Assert.Equal(-2_300_000m, prior.Value);
    }

    [Theory]
    [InlineData("Revenues were $4.5 million, up 8% from $4.2 million in the preceding quarter on a sequential basis.")]
    [InlineData("Revenues were $4.5 million, up 8% from $4.2 million in the first half of 2024.")]
    [InlineData("Revenues were $4.5 million, up 8% from $4.2 million in 2023.")]
    public void A_base_naming_another_period_is_not_placed_in_the_year_before(string sentence)
    {
        Assert.DoesNotContain(Read(sentence), a => a.Value == 4_200_000m && a.Period == Period.Parse("2024-04-01/2024-06-30"));
    }
}
