using Taxonomy.Extraction.Facts;
using Taxonomy.Extraction.Loading;
using Taxonomy.Extraction.Segmentation;

namespace Taxonomy.Extraction.Tests;

/// <summary>What a cover page or submission header says about the filing: its form type and the filer's CIK.</summary>
public class DocumentHeaderTests
{
    private static DocumentHeader Read(string text) => DocumentHeader.Read(Segmenter.Segment(new SourceText(text)));

    [Theory]
    [InlineData("FORM 8-K\n", "8-K")]
    [InlineData("    Form 10-Q\n", "10-Q")]
    [InlineData("\tform 20-F\n", "20-F")]
    [InlineData("CONFORMED SUBMISSION TYPE:\t8-K\n", "8-K")]
    public void The_form_type_is_read_from_a_line_that_starts_with_form_or_a_conformed_type(string line, string form)
    {
        var header = Read("Lantern & Wick Co.\n\n" + line + "\nCurrent report\n");
        Assert.Equal(form, header.FormType?.Value);
    }

    [Theory]
    [InlineData("FORM 8-K/A\n", "8-K/A")]
    [InlineData("FORM 8-K\n(Amendment No. 1)\n", "8-K")]
    [InlineData("CONFORMED SUBMISSION TYPE:\t8-K/A\n", "8-K/A")]
    public void An_amendment_is_told_by_its_form_type_or_a_numbered_line_under_the_form(string lines, string form)
    {
        var header = Read("Lantern & Wick Co.\n\n" + lines + "\nCurrent report\n");
        Assert.Equal(form, header.FormType?.Value);
        Assert.True(header.Amendment);
    }

    [Theory]
    [InlineData("FORM 8-K/A\n", "true")]
    [InlineData("FORM 8-K\n  (Amendment No. 2)\n", "true")]
    [InlineData("FORM 8-K\n", "false")]
    public void The_amendment_flag_is_reported_beside_the_form_type(string lines, string flag)
    {
        var result = FilingExtractor.Extract("Lantern & Wick Co.\n\n" + lines + "\nCURRENT REPORT\n\nDate of Report (Date of earliest event reported): May 4, 2031\n\n"
            + "Lantern & Wick Co. today reported results for the first quarter ended March 31, 2031. Revenue was $12.4 million.\n",
            new ExtractionOptions { SourceName = "lantern.txt" });

        Assert.Equal(flag, Assert.Single(result.Report.Facts, f => f.Concept.LocalName == "AmendmentFlag").TextValue);
    }

    [Fact]
    public void A_release_without_a_form_type_reports_no_amendment_flag()
    {
        var result = FilingExtractor.Extract("Lantern & Wick Co. today reported results for the first quarter ended March 31, 2031. Revenue was $12.4 million.\n",
            new ExtractionOptions { SourceName = "lantern.txt" });

        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "AmendmentFlag");
        Assert.Equal(12_400_000m, Assert.Single(result.Report.Facts, f => f.Concept.LocalName == "Revenues").NumericValue);
    }

    [Theory]
    [InlineData("For more information see our Form 10-K for the year.\n")]
    [InlineData("Performance by segment\n")]
    public void A_form_named_inside_a_sentence_is_no_form_type(string line)
    {
        Assert.Null(Read("Lantern & Wick Co.\n\n" + line).FormType);
    }

    [Theory]
    [InlineData("CENTRAL INDEX KEY:\t\t\t0000123456\n", "0000123456")]
    [InlineData("CIK No. 0001234567\n", "0001234567")]
    [InlineData("Filer cik: 7654321\n", "7654321")]
    [InlineData("Filer CI\u212A 7654321\n", "7654321")]
    public void The_cik_is_read_in_either_form_and_any_case(string line, string cik)
    {
        var header = Read("Lantern & Wick Co.\n\nFinancial and special information\n" + line);
        Assert.Equal(cik, header.Cik?.Value);
    }

    [Fact]
    public void Words_holding_ci_are_no_cik()
    {
        Assert.Null(Read("Financial and special information 12345678\nDecisions on 2031 capital 98765432\n").Cik);
    }
}
