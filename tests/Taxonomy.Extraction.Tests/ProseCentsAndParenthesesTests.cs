using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A per-share amount written in cents ("41 cents per diluted share") is read as dollars to the cent; a figure printed
/// in parentheses before its dollar sign ("($0.12)", "($2.9) million") is negative, as "$(0.12)" is. Parentheses around
/// the scale word too ("($3.1 million)") may set an amount aside or make it negative: a net loss so printed is a loss either
/// way; any other item so printed is a finding, not a fact. Fictional company.
/// </summary>
public class ProseCentsAndParenthesesTests
{
    private const string Opening =
        "Pellmoor Devices Inc. today announced results for the third quarter ended September 30, 2031.\n\n" +
        "Revenue for the third quarter was $22.4 million, compared with $20.9 million in the third quarter of 2030.\n\n";

    private const string Quarter = "2031-07-01/2031-09-30";
    private const string YearAgo = "2030-07-01/2030-09-30";

    private static ExtractionResult Extract(string sentence) =>
        FilingExtractor.Extract(Opening + sentence + "\n", new ExtractionOptions { SourceName = "pellmoor.txt" });

    [Fact]
    public void Earnings_per_share_in_cents_are_read_with_their_comparative()
    {
        var result = Extract("Net income was $8.2 million, or 41 cents per diluted share, compared with $7.0 million, or 35 cents per diluted share, a year ago.");

        var eps = Assert.Single(result.Report.Facts, f => f.Concept.LocalName == "EarningsPerShareDiluted" && f.Period == Period.Parse(Quarter));
        Assert.Equal((0.41m, Decimals.Of(2)), (eps.NumericValue!.Value, eps.Decimals!.Value));
        Assert.Equal(0.35m, result.Value("EarningsPerShareDiluted", YearAgo));
        Assert.Equal(8_200_000m, result.Value("NetIncomeLoss", Quarter));
    }

    [Fact]
    public void A_loss_in_cents_per_share_is_negative()
    {
        var result = Extract("Net loss was $1.7 million, or 7 cents per basic and diluted share.");

        Assert.Equal(-0.07m, result.Value("EarningsPerShareBasicAndDiluted", Quarter));
        Assert.Equal(-1_700_000m, result.Value("NetIncomeLoss", Quarter));
    }

    [Fact]
    public void Cents_of_anything_but_a_share_are_not_read()
    {
        var result = Extract("Freight costs rose 12 cents per pound, and the company paid a dividend of 9 cents.");

        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is 0.12m or 0.09m);
        Assert.Equal(22_400_000m, result.Value("Revenues", Quarter));
    }

    [Fact]
    public void A_per_share_figure_in_parentheses_before_the_sign_is_negative()
    {
        var result = Extract("Diluted earnings per share were ($0.12), compared with $0.05 in the third quarter of 2030.");

        Assert.Equal(-0.12m, result.Value("EarningsPerShareDiluted", Quarter));
        Assert.Equal(0.05m, result.Value("EarningsPerShareDiluted", YearAgo));
    }

    [Fact]
    public void A_total_in_parentheses_before_its_scale_word_is_negative()
    {
        var result = Extract("Net income was ($2.9) million.");

        Assert.Equal(-2_900_000m, result.Value("NetIncomeLoss", Quarter));
    }

    [Fact]
    public void Parentheses_around_the_scale_word_too_are_no_sign()
    {
        var result = Extract("Net income was ($3.1 million).");

        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "NetIncomeLoss");
        Assert.Equal(22_400_000m, result.Value("Revenues", Quarter));
    }

    [Theory]
    [InlineData("Net loss was ($3.1 million), compared with net income of $1.4 million in the third quarter of 2030.")]
    [InlineData("The company reported a net loss of ($3.1 million), compared with net income of $1.4 million in the third quarter of 2030.")]
    [InlineData("The company reported a net loss of $(3.1) million, compared with net income of $1.4 million in the third quarter of 2030.")]
    public void A_net_loss_in_parentheses_is_a_loss_whichever_way_they_are_printed(string sentence)
    {
        var result = Extract(sentence);

        var loss = Assert.Single(result.Report.Facts, f => f.Concept.LocalName == "NetIncomeLoss" && f.Period == Period.Parse(Quarter));
        Assert.Equal((-3_100_000m, Decimals.Of(-5)), (loss.NumericValue!.Value, loss.Decimals!.Value));
        Assert.Equal(1_400_000m, result.Value("NetIncomeLoss", YearAgo));
    }

    [Fact]
    public void Parentheses_that_set_an_amount_aside_after_a_change_are_no_sign()
    {
        var result = Extract("Net income was $8.2 million. Net income rose 17% ($1.2 million) from the third quarter of 2030.");

        Assert.Equal(8_200_000m, result.Value("NetIncomeLoss", Quarter));
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is -1_200_000m or 1_200_000m);
    }

    [Theory]
    [InlineData("Net income was ($3.1 million).", "NetIncomeLoss")]
    [InlineData("Operating expenses were ($3.1 million).", "OperatingExpenses")]
    public void Another_item_printed_in_parentheses_around_its_scale_word_is_a_finding(string sentence, string concept)
    {
        var result = Extract(sentence);

        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == concept);
        var unread = Assert.Single(result.Findings, f => f.RuleId == "extract.narrative-unread");
        Assert.Equal(concept, unread.Concept!.Value.LocalName);
        Assert.Contains("parentheses around its scale word", unread.Message, StringComparison.Ordinal);
        Assert.Equal(22_400_000m, result.Value("Revenues", Quarter));
    }
}
