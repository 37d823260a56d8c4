using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// Earnings per share named before its amount ("GAAP diluted EPS of $0.41", "net loss per basic and diluted share was
/// $0.19") is read when the words say basic or diluted; a non-GAAP or adjusted one in the same sentence is not, whichever
/// comes first. Fictional company.
/// </summary>
public class ProseEarningsPerShareTests
{
    private const string Opening =
        "Tamsin Valve Works Inc. today announced results for the third quarter ended September 30, 2031.\n\n" +
        "Revenue for the third quarter was $41.2 million, compared with $38.1 million in the third quarter of 2030. ";

    private const string Quarter = "2031-07-01/2031-09-30";

    private static ExtractionResult Extract(string sentence) =>
        FilingExtractor.Extract(Opening + sentence + "\n", new ExtractionOptions { SourceName = "tamsin.txt" });

    [Theory]
    [InlineData("The company reported non-GAAP diluted EPS of $0.52 and GAAP diluted EPS of $0.41 for the quarter.")]
    [InlineData("The company reported GAAP diluted EPS of $0.41 and non-GAAP diluted EPS of $0.52 for the quarter.")]
    [InlineData("Diluted earnings per share were $0.41, and non-GAAP diluted earnings per share were $0.52.")]
    public void The_GAAP_figure_is_read_and_the_non_GAAP_one_withheld(string sentence)
    {
        var result = Extract(sentence);

        var eps = Assert.Single(result.Report.Facts, f => f.Concept.LocalName.StartsWith("EarningsPerShare", StringComparison.Ordinal));
        Assert.Equal("EarningsPerShareDiluted", eps.Concept.LocalName);
        Assert.Equal(0.41m, eps.NumericValue);
        Assert.Equal(41_200_000m, result.Value("Revenues", Quarter));
    }

    [Theory]
    [InlineData("Adjusted diluted EPS was $0.52, compared with $0.44 a year ago.")]
    [InlineData("On a non-GAAP basis, net income was $9.0 million and diluted EPS was $0.52.")]
    [InlineData("Earnings per share were $0.52.")]
    public void An_adjusted_figure_or_one_without_its_basis_is_not_read(string sentence)
    {
        var result = Extract(sentence);

        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName.StartsWith("EarningsPerShare", StringComparison.Ordinal));
    }

    [Fact]
    public void Earnings_per_share_that_say_neither_basic_nor_diluted_are_findings_and_the_totals_are_read()
    {
        var result = Extract("Net income was $4.2 million, or $0.21 per share, compared with $3.0 million, or $0.15 per share, in the third quarter of 2030.");

        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName.StartsWith("EarningsPerShare", StringComparison.Ordinal));
        var unread = result.Findings.Where(f => f.RuleId == "extract.narrative-unread").ToList();
        Assert.Equal([0.21m, 0.15m], unread.Select(f => f.Actual!.Value));
        Assert.All(unread, f => Assert.Contains("neither basic nor diluted", f.Message, StringComparison.Ordinal));
        Assert.Equal(4_200_000m, result.Value("NetIncomeLoss", Quarter));
        Assert.Equal(3_000_000m, result.Value("NetIncomeLoss", "2030-07-01/2030-09-30"));
    }

    [Fact]
    public void A_per_share_amount_of_a_measure_without_earnings_per_share_is_no_finding()
    {
        var result = Extract("Funds from operations were $9.0 million, or $0.45 per share.");

        Assert.DoesNotContain(result.Findings, f => f.RuleId == "extract.narrative-unread");
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue == 0.45m);
    }

    [Fact]
    public void A_loss_per_share_named_before_its_amount_is_negative_with_its_comparative()
    {
        var result = Extract("Net loss per basic and diluted share was $0.19, compared with $0.25 in the third quarter of 2030.");

        Assert.Equal(-0.19m, result.Value("EarningsPerShareBasicAndDiluted", Quarter));
        Assert.Equal(-0.25m, result.Value("EarningsPerShareBasicAndDiluted", "2030-07-01/2030-09-30"));
    }
    [Fact]
    public void The_per_share_amount_of_a_total_with_no_per_share_item_is_not_read()
    {
        var result = Extract("Operating income was $3.0 million, or $0.15 per diluted share.");

        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName.StartsWith("EarningsPerShare", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue == 0.15m);
        Assert.Equal(3_000_000m, result.Value("OperatingIncomeLoss", Quarter));
        Assert.Equal(41_200_000m, result.Value("Revenues", Quarter));
    }

    [Theory]
    [InlineData("Loss from continuing operations was $0.8 million, or $0.04 per diluted share, compared with income from continuing operations of $1.2 million, or $0.06 per diluted share, in the third quarter of 2030.", "PerDilutedShare")]
    [InlineData("Loss from continuing operations was $0.8 million, or $0.04 per basic and diluted share, compared with income from continuing operations of $1.2 million, or $0.06 per basic and diluted share, in the third quarter of 2030.", "PerBasicAndDilutedShare")]
    public void The_per_share_amount_of_continuing_operations_is_its_own_item_signed_like_its_total(string sentence, string shares)
    {
        var result = Extract(sentence);

        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName.StartsWith("EarningsPerShare", StringComparison.Ordinal));
        Assert.Equal(-800_000m, result.Value("IncomeLossFromContinuingOperations", Quarter));
        Assert.Equal(-0.04m, result.Value("IncomeLossFromContinuingOperations" + shares, Quarter));
        Assert.Equal(1_200_000m, result.Value("IncomeLossFromContinuingOperations", "2030-07-01/2030-09-30"));
        Assert.Equal(0.06m, result.Value("IncomeLossFromContinuingOperations" + shares, "2030-07-01/2030-09-30"));
        Assert.Equal(41_200_000m, result.Value("Revenues", Quarter));
    }

    [Fact]
    public void A_loss_from_continuing_operations_in_parentheses_is_negative()
    {
        var result = Extract("Loss from continuing operations was $(0.8) million.");

        Assert.Equal(-800_000m, result.Value("IncomeLossFromContinuingOperations", Quarter));
    }

    [Fact]
    public void The_per_share_amount_of_net_income_is_earnings_per_share()
    {
        var result = Extract("Net loss was $0.8 million, or $0.04 per diluted share, compared with net income of $1.2 million, or $0.06 per diluted share, in the third quarter of 2030.");

        Assert.Equal(-0.04m, result.Value("EarningsPerShareDiluted", Quarter));
        Assert.Equal(0.06m, result.Value("EarningsPerShareDiluted", "2030-07-01/2030-09-30"));
    }
}
