using Taxonomy.Extraction.Loading;
using Taxonomy.Extraction.Segmentation;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A paragraph of one short sentence stating an amount ("Revenue was $41.2 million.") is read as prose, not passed over
/// as a heading; and a year to date at the end of a quarter is that quarter only when the document says the quarter
/// is its first (by its ordinal or a stated fiscal year end). Fictional company and figures.
/// </summary>
public class ShortParagraphAndYearToDateTests
{
    private static ExtractionResult Extract(string opening, string prose) =>
        FilingExtractor.Extract(opening + "\n\n" + prose + "\n", new ExtractionOptions { SourceName = "wrenfield.txt" });

    private const string ThirdQuarter = "Wrenfield Optics Inc. (Nasdaq: WROP) today reported results for the third quarter ended September 30, 2031.";

    [Theory]
    [InlineData("Revenue was $41.2 million.")]
    [InlineData("Net loss was $3.1 million.")]
    [InlineData("Sales were $ 8.5 million.")]
    public void A_short_sentence_stating_an_amount_is_prose(string line)
    {
        var lines = Segmenter.Segment(new SourceText(line + "\n"));
        Assert.Equal(LineKind.Prose, lines[0].Kind);
    }

    [Theory]
    [InlineData("Third Quarter Highlights")]
    [InlineData("Results of Operations")]
    [InlineData("Fiscal 2031 in Review.")]
    [InlineData("Dividend of $0.10")]
    public void Short_lines_stating_no_amount_in_a_sentence_are_still_headings(string line)
    {
        var lines = Segmenter.Segment(new SourceText(line + "\n"));
        Assert.Equal(LineKind.Heading, lines[0].Kind);
    }

    [Fact]
    public void A_one_sentence_paragraph_is_read()
    {
        var result = Extract(ThirdQuarter, "Revenue was $41.2 million.\n\nNet income was $3.6 million, compared with $2.9 million in the third quarter of 2030.");

        Assert.Equal(41_200_000m, result.Value("Revenues", "2031-07-01/2031-09-30"));
        Assert.Equal(3_600_000m, result.Value("NetIncomeLoss", "2031-07-01/2031-09-30"));
    }

    [Fact]
    public void The_year_to_date_at_a_quarter_called_the_first_is_that_quarter()
    {
        var result = Extract("Wrenfield Optics Inc. (Nasdaq: WROP) today reported results for the first quarter ended March 31, 2032.",
            "Year-to-date revenue was $52.4 million.");

        Assert.Equal(52_400_000m, result.Value("Revenues", "2032-01-01/2032-03-31"));
    }

    [Fact]
    public void The_year_to_date_at_the_first_quarter_of_a_stated_fiscal_year_is_that_quarter()
    {
        var result = Extract("Wrenfield Optics Inc. (Nasdaq: WROP) today reported results for the quarter ended September 30, 2031. Our fiscal year ends June 30.",
            "Year-to-date revenue was $52.4 million.");

        Assert.Equal(52_400_000m, result.Value("Revenues", "2031-07-01/2031-09-30"));
    }

    [Fact]
    public void The_year_to_date_at_a_quarter_the_document_does_not_place_in_its_year_is_withheld()
    {
        // The quarter ended March 31 may be a third quarter (a June year end): its year to date is nine months, not the quarter.
        var result = Extract("Wrenfield Optics Inc. (Nasdaq: WROP) today reported results for the quarter ended March 31, 2032.",
            "Revenue was $52.4 million.\n\nYear-to-date revenue was $152.4 million.");

        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue == 152_400_000m);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "extract.narrative-conflict");
        Assert.Equal(52_400_000m, result.Value("Revenues", "2032-01-01/2032-03-31"));
    }
}
