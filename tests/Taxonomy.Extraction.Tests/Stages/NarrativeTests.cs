using Taxonomy.Extraction.Loading;
using Taxonomy.Extraction.Narrative;
using Taxonomy.Extraction.Periods;
using Taxonomy.Extraction.Segmentation;
using Taxonomy.Extraction.Tests.Support;
using Taxonomy.Extraction;

namespace Taxonomy.Extraction.Tests.Stages;

public class NarrativeTests
{
    internal static List<ProseAmount> Read(string text)
    {
        var lines = Segmenter.Segment(new SourceText(text));
        return new ProseReader(new PhraseIndex(Fictional.Catalog), DocumentCalendar.Build(lines)).Read(Sentence.Split(lines));
    }

    internal const string Opening = "Bluefin Robotics, Inc. reported results for the quarter ended June 30, 2025, the first quarter of its fiscal year ending March 31, 2026. ";

    [Fact]
    public void Millions_carry_their_precision_and_the_phrase_its_sign()
    {
        var amounts = Read(Opening + "For the three-month period ended June 30, 2025, Bluefin reported a net loss of $9.4 million, or $0.19 per basic and diluted share, compared to a net loss of $1.0 million for the same period last year.\n");
        var loss = amounts[0];
        Assert.Equal("NetIncomeLoss", loss.Concept!.Concept.LocalName);
        Assert.Equal(-9_400_000m, loss.Value);
        Assert.Equal(Decimals.Of(-5), loss.Decimals);
        Assert.Equal(Period.Parse("2025-04-01/2025-06-30"), loss.Period);
        var eps = amounts[1];
        Assert.True(eps.PerShare);
        Assert.Equal(-0.19m, eps.Value);
        Assert.Equal(Decimals.Of(2), eps.Decimals);
        var prior = amounts[2];
        Assert.True(prior.Comparative);
        Assert.Equal(-1_000_000m, prior.Value);
        Assert.Equal(Period.Parse("2024-04-01/2024-06-30"), prior.Period);
    }

    [Theory]
    [InlineData("compared to net income of $1.5 million for the same period last year")]
    [InlineData("compared with net income of $1.5 million for the same period last year")]
    [InlineData("versus net income of $1.5 million for the same period last year")]
    [InlineData("compared to $1.5 million for the same period in 2024")]
    public void A_comparative_that_names_the_primary_line_item_again_is_its_prior_year(string comparison)
    {
        var amounts = Read(Opening + "Net income for the first quarter of fiscal 2026 was $2.1 million, " + comparison + ".\n");
        Assert.Equal(2, amounts.Count);
        Assert.Equal("NetIncomeLoss", amounts[1].Concept!.Concept.LocalName);
        Assert.Equal(1_500_000m, amounts[1].Value);
        Assert.Equal(Period.Parse("2024-04-01/2024-06-30"), amounts[1].Period);
    }

    [Fact]
    public void A_comparative_naming_a_line_item_the_primary_amount_is_not_stays_unread()
    {
        // The primary amount is a narrower measure (online sales): "net sales" after "compared to" is the company's loose wording.
        var amounts = Read(Opening + "Online revenues increased to $4.1 million for the quarter, compared to revenues of $3.6 million for the same period last year.\n");
        Assert.Empty(amounts);
    }

    [Fact]
    public void The_same_period_of_a_year_other_than_the_prior_one_is_not_guessed()
    {
        var amounts = Read(Opening + "Net income for the first quarter of fiscal 2026 was $2.1 million, compared to $1.5 million for the same period in 2022.\n");
        Assert.DoesNotContain(amounts, a => a.Value == 1_500_000m);
    }

    [Fact]
    public void Exact_amounts_and_the_subject_of_the_clause()
    {
        var amounts = Read(Opening + "Other income, net, consisting mostly of interest income, was $16,000 in the first quarter of fiscal 2026.\n");
        var other = Assert.Single(amounts);
        Assert.Equal("NonoperatingIncomeExpense", other.Concept!.Concept.LocalName);
        Assert.Equal(16_000m, other.Value);
        Assert.Equal(Decimals.Of(0), other.Decimals);
        Assert.Equal(Period.Parse("2025-04-01/2025-06-30"), other.Period);
    }

    [Fact]
    public void Prose_vocabulary_names_cash_flow_concepts()
    {
        var amounts = Read(Opening + "During the first three months of fiscal 2026, cash used in operations was $2.6 million, compared to $5.8 million during the same period last year.\n");
        Assert.Equal([-2_600_000m, -5_800_000m], amounts.Select(a => a.Value));
        Assert.All(amounts, a => Assert.Equal("NetCashProvidedByUsedInOperatingActivities", a.Concept!.Concept.LocalName));
        Assert.Equal(Period.Parse("2024-04-01/2024-06-30"), amounts[1].Period);
    }

    [Fact]
    public void Ranges_and_forward_looking_amounts_are_not_facts()
    {
        var amounts = Read(Opening + "Bluefin expects its net loss for fiscal 2026 to be between $37-40 million. Capital spending will be $1-3 million.\n");
        Assert.Empty(amounts);
    }

    [Theory]
    // A forward-looking word, in any case, keeps the sentence's amounts from being read.
    [InlineData("Net revenues were $12.5 million, as the company EXPECTED.")]
    [InlineData("Net revenues were $12.5 million, as Anticipated.")]
    [InlineData("Net revenues were $12.5 million, in line with its Guidance.")]
    [InlineData("Net revenues were $12.5 million, above the FORECAST.")]
    [InlineData("Net revenues were $12.5 million, as Estimated.")]
    [InlineData("Net revenues Will Be Between $12.5 million and $13.0 million.")]
    public void A_forward_looking_word_in_any_case_leaves_the_sentence_unread(string sentence)
    {
        Assert.Empty(Read(Opening + sentence + "\n"));
    }

    [Fact]
    public void The_same_sentence_without_a_forward_looking_word_is_read()
    {
        var amount = Assert.Single(Read(Opening + "Net revenues were $12.5 million, as the company reported.\n"));
        Assert.Equal(12_500_000m, amount.Value);
    }

    [Fact]
    public void An_unknown_item_keeps_its_phrase_for_naming_an_extension()
    {
        var amounts = Read(Opening + "Revenues include $3.2 million of robot rental fees, compared to $4.5 million for the same period last year.\n");
        Assert.All(amounts, a => Assert.Equal("robot rental fees", a.UnknownPhrase));
        Assert.Equal(2, amounts.Count);
    }
}

public class NarrativePairTests
{
    [Fact]
    public void Respectively_pairs_follow_the_periods()
    {
        const string text = "Bluefin Robotics, Inc. reported results for the quarter ended June 30, 2025, the first quarter of its fiscal year ending March 31, 2026. Capital expenditures were $1.2 million and $0.9 million for the same periods, respectively.\n";
        var lines = Segmentation.Segmenter.Segment(new Loading.SourceText(text));
        var amounts = new ProseReader(new PhraseIndex(Fictional.Catalog), Periods.DocumentCalendar.Build(lines)).Read(Sentence.Split(lines));
        Assert.True(amounts.Count == 2, string.Join(" || ", Sentence.Split(lines).Select(s => s.Text)) + " :: " + string.Join(",", lines.Select(l => l.Kind)));
        Assert.Equal([1_200_000m, 900_000m], amounts.Select(a => a.Value));
        Assert.Equal([Period.Parse("2025-04-01/2025-06-30"), Period.Parse("2024-04-01/2024-06-30")], amounts.Select(a => a.Period!.Value));
    }

    [Fact]
    public void A_narrower_subject_is_not_the_wider_line_item()
    {
        const string text = "Bluefin Robotics, Inc. reported results for the quarter ended June 30, 2025. Product revenue was $4.2 million; and rental revenues were $6.1 million, compared with $4.6 million.\n";
        var lines = Segmentation.Segmenter.Segment(new Loading.SourceText(text));
        var amounts = new ProseReader(new PhraseIndex(Fictional.Catalog), Periods.DocumentCalendar.Build(lines)).Read(Sentence.Split(lines));
        Assert.DoesNotContain(amounts, a => a.Concept?.Concept.LocalName == "Revenues");
        Assert.Contains(amounts, a => a.UnknownPhrase == "rental revenues" && a.Value == 6_100_000m);
    }
}

/// <summary>Prose phrases that only name a line item when nothing narrows them to another measure.</summary>
public class NarrativeQualifierTests
{
    private const string Opening = "Bluefin Robotics, Inc. reported results for the quarter ended June 30, 2025, the first quarter of its fiscal year ending March 31, 2026. ";

    private static List<ProseAmount> Read(string text)
    {
        var lines = Segmenter.Segment(new SourceText(text));
        return new ProseReader(new PhraseIndex(Fictional.Catalog), DocumentCalendar.Build(lines)).Read(Sentence.Split(lines));
    }

    [Theory]
    [InlineData("Hedging gains related to revenues were $0.4 million for the quarter.\n")]
    [InlineData("Total constant currency revenues of $12.9 million grew 5% from the prior quarter.\n")]
    [InlineData("Bluefin booked $3.1 million in revenues, excluding hedging effect, for the quarter.\n")]
    [InlineData("Fees paid to partners for certain research and development of $0.8 million were shared.\n")]
    [InlineData("Marine Division revenues of $2.2 million rose 9%.\n")]
    public void A_qualified_or_attached_phrase_does_not_name_the_line_item(string sentence)
    {
        var amounts = Read(Opening + sentence);
        Assert.DoesNotContain(amounts, a => a.Concept is not null);
    }

    [Theory]
    [InlineData("Bluefin posted record quarterly revenues of $26.1 million.\n", 26_100_000)]
    [InlineData("With revenues of $9.0 million, Bluefin grew.\n", 9_000_000)]
    public void Time_words_record_and_prepositions_in_front_keep_the_line_item(string sentence, int value)
    {
        var amount = Assert.Single(Read(Opening + sentence));
        Assert.Equal("Revenues", amount.Concept!.Concept.LocalName);
        Assert.Equal(value, amount.Value);
    }
}

public class NarrativeStatedPeriodTests
{
    private static List<ProseAmount> Read(string text) => NarrativeTests.Read(text);

    private const string Opening = NarrativeTests.Opening;

    [Fact]
    public void A_period_phrase_in_the_sentence_states_the_period()
    {
        var amounts = Read(Opening + "For the three-month period ended June 30, 2025, Bluefin reported a net loss of $9.4 million, compared to a net loss of $1.0 million for the same period last year.\n");
        Assert.All(amounts, a => Assert.True(a.DurationStated));
    }

    [Fact]
    public void Without_a_period_phrase_the_period_is_the_documents_by_default()
    {
        var amounts = Read(Opening + "Bluefin reported a net loss of $9.4 million, compared to a net loss of $1.0 million for the same period last year.\n");
        Assert.Equal(2, amounts.Count);
        Assert.All(amounts, a => Assert.False(a.DurationStated));
    }
}
