using Taxonomy.Extraction.Facts;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests.Stages;

/// <summary>
/// Prose about a segment, a division or a region is not the consolidated company's: a release's segment section
/// ("Segment Results", then one heading per segment) states each segment's sales and operating income in the words of
/// the company's own results. Fictional company, figures and wording; the statement prints no operating income, so a
/// segment's amount read as the company's would be the only (and a wrong) operating-income fact.
/// </summary>
public class SegmentProseTests
{
    private const string Opening =
        "LARKSPUR VALVE REPORTS THIRD QUARTER 2031 RESULTS\n\n" +
        "DAYTON, October 28, 2031 -- Larkspur Valve Corp. (NYSE: LKV) today reported results for the third quarter ended September 30, 2031.\n\n" +
        "Net sales for the third quarter were $600.0 million, up 5% from $571.4 million in the third quarter of 2030. Net income was $48.0 million, or $1.20 per diluted share.\n\n";

    private const string Statement =
        "                        LARKSPUR VALVE CORP.\n" +
        "             CONDENSED CONSOLIDATED STATEMENTS OF INCOME\n" +
        "              (In millions, except per share amounts)\n" +
        "                                            Three Months Ended\n" +
        "                                               September 30,\n" +
        "                                             2031         2030\n" +
        "Net sales                                  $ 600.0      $ 571.4\n" +
        "Cost of sales                                396.0        380.4\n" +
        "Selling, general and administrative          132.0        126.0\n" +
        "Interest expense                               8.0          8.5\n" +
        "                                           -------      -------\n" +
        "Income before income taxes                    64.0         56.5\n" +
        "Income tax expense                            16.0         13.0\n" +
        "                                           -------      -------\n" +
        "Net income                                 $  48.0      $  43.5\n" +
        "                                           =======      =======\n";

    private const string Quarter = "2031-07-01/2031-09-30";

    private const string SegmentSection =
        "Segment Results\n\n" +
        "Gate Valves\n\n" +
        "Net sales were $350.0 million, an increase of 7% from $327.1 million. Operating income was $52.5 million, or 15.0% of sales, compared with $47.0 million last year.\n\n" +
        "Actuators\n\n" +
        "Net sales were $250.0 million, compared with $244.3 million in the prior-year quarter. Operating income was $30.0 million, compared with $28.0 million.\n\n";

    private static ExtractionResult Extract(string text) => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "larkspur.txt" });

    private static List<string> SegmentFindings(ExtractionResult result) =>
        result.Findings.Where(f => f.RuleId == Findings.SegmentProse).Select(f => f.Message).ToList();

    [Fact]
    public void A_segment_sections_amounts_are_not_the_companys()
    {
        var result = Extract(Opening + SegmentSection + Statement);

        Assert.Null(result.Value("OperatingIncomeLoss", Quarter));
        Assert.Equal(600_000_000m, result.Value("SalesRevenueNet", Quarter));
        // The segments' sales are not in conflict with the company's: they are not the company's.
        Assert.DoesNotContain(result.Findings, f => f.RuleId == Findings.NarrativeConflict);
        var messages = SegmentFindings(result);
        Assert.Equal(2, messages.Count);
        Assert.Contains("\"Gate Valves\" (line 9)", messages[0]);
        Assert.Contains("\"Actuators\" (line 13)", messages[1]);
    }

    [Fact]
    public void The_same_sentences_without_the_segment_section_are_read_as_the_companys()
    {
        // The control: the sentences of one segment's paragraph, in the opening, are the company's operating income.
        string paragraph = "Operating income was $52.5 million, or 15.0% of sales, compared with $47.0 million last year.\n\n";
        var result = Extract(Opening + paragraph + Statement);

        Assert.Equal(52_500_000m, result.Value("OperatingIncomeLoss", Quarter));
        Assert.Empty(SegmentFindings(result));
    }

    [Fact]
    public void A_heading_about_the_company_closes_the_section()
    {
        string after = "Balance Sheet and Cash Flow\n\nCash and cash equivalents were $120.5 million at September 30, 2031.\n\n";
        var result = Extract(Opening + SegmentSection + after + Statement);

        Assert.Null(result.Value("OperatingIncomeLoss", Quarter));
        Assert.Equal(120_500_000m, result.Value("CashAndCashEquivalentsAtCarryingValue", "2031-09-30"));
    }

    [Fact]
    public void A_heading_that_names_a_line_item_closes_the_section()
    {
        string after = "Interest Expense\n\nInterest expense was $8.0 million in the quarter, compared with $8.5 million in the third quarter of 2030.\n\n";
        var result = Extract(Opening + SegmentSection + after + Statement);

        Assert.Null(result.Value("OperatingIncomeLoss", Quarter));
        Assert.DoesNotContain(SegmentFindings(result), m => m.Contains("Interest Expense", StringComparison.Ordinal));
        Assert.Equal(2, SegmentFindings(result).Count);
    }

    [Fact]
    public void A_heading_of_region_names_alone_opens_a_section()
    {
        string region = "North America\n\nOperating income was $52.5 million, compared with $47.0 million last year.\n\n";
        var result = Extract(Opening + region + Statement);

        Assert.Null(result.Value("OperatingIncomeLoss", Quarter));
        Assert.Contains("\"North America\"", Assert.Single(SegmentFindings(result)));
    }

    [Theory]
    // A heading's words are read in any case, split at spaces, commas, parentheses and dashes, without a possessive ending
    // (either apostrophe) or a full stop after them.
    [InlineData("SEGMENT RESULTS")]
    [InlineData("U.S. Segments")]
    [InlineData("Larkspur\u2019s Segments")]
    [InlineData("LARKSPUR'S DIVISIONS")]
    [InlineData("Quarter\u2014Segment Review")]
    [InlineData("Operating Results (Segmental)")]
    [InlineData("EUROPE")]
    public void A_heading_naming_segments_in_any_form_opens_a_section(string heading)
    {
        string section = heading + "\n\nOperating income was $52.5 million, compared with $47.0 million last year.\n\n";
        var result = Extract(Opening + section + Statement);

        Assert.Null(result.Value("OperatingIncomeLoss", Quarter));
        Assert.Single(SegmentFindings(result));
    }

    [Theory]
    // The control: a heading about the company's own results, in the same forms, leaves its prose the company's.
    [InlineData("QUARTERLY RESULTS")]
    [InlineData("Larkspur Corp.\u2019s Results")]
    public void A_heading_not_naming_segments_opens_no_section(string heading)
    {
        string section = heading + "\n\nOperating income was $52.5 million, compared with $47.0 million last year.\n\n";
        var result = Extract(Opening + section + Statement);

        Assert.Equal(52_500_000m, result.Value("OperatingIncomeLoss", Quarter));
        Assert.Empty(SegmentFindings(result));
    }

    [Fact]
    public void A_tables_column_headers_are_no_segment_headings()
    {
        // A segment table inside the section: its title and column headers head rows, not prose, so the prose after it
        // is still the last segment's.
        string table =
            "Segment Results\n\n" +
            "Gate Valves\n\n" +
            "Net sales were $350.0 million, an increase of 7% from $327.1 million.\n\n" +
            "                         Three Months Ended\n" +
            "                          2031       2030\n" +
            "Gate Valves             $ 350.0    $ 327.1\n" +
            "Actuators                 250.0      244.3\n\n" +
            "Operating income was $52.5 million, compared with $47.0 million last year.\n\n";
        var result = Extract(Opening + table + Statement);

        Assert.Null(result.Value("OperatingIncomeLoss", Quarter));
        Assert.All(SegmentFindings(result), m => Assert.Contains("\"Gate Valves\"", m));
    }

    [Fact]
    public void A_segment_named_at_the_start_of_its_paragraph_is_that_paragraphs_subject()
    {
        const string html =
            "<html><body><p>DAYTON, October 28, 2031 -- Larkspur Valve Corp. (NYSE: LKV) today reported results for the third quarter ended September 30, 2031.</p>" +
            "<p>Net sales for the third quarter were $600.0 million, up 5% from $571.4 million in the third quarter of 2030.</p>" +
            "<p><b>Segment Results</b></p>" +
            "<p><b>Gate Valves</b> &#8211; Operating income was $52.5 million, compared with $47.0 million last year.</p>" +
            "<p><b>Actuators</b> &#8211; Operating income was $30.0 million, compared with $28.0 million.</p>" +
            "<table><tr><td></td><td>Three Months Ended September 30,</td></tr><tr><td></td><td>2031</td><td>2030</td></tr>" +
            "<tr><td>Net sales</td><td>$</td><td>600.0</td><td>$</td><td>571.4</td></tr>" +
            "<tr><td>Net income</td><td>$</td><td>48.0</td><td>$</td><td>43.5</td></tr></table></body></html>";
        var result = FilingExtractor.Extract(html, new ExtractionOptions { SourceName = "larkspur.htm" });

        Assert.Null(result.Value("OperatingIncomeLoss", Quarter));
        var messages = SegmentFindings(result);
        Assert.Contains(messages, m => m.Contains("\"Gate Valves\"", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("\"Actuators\"", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("In the Actuators segment, operating income was $30.0 million, compared with $28.0 million.", "Actuators segment")]
    [InlineData("Actuators Division operating income was $30.0 million.", "Actuators Division")]
    [InlineData("Operating income of the segment was $30.0 million.", "segment")]
    public void A_sentence_naming_one_segment_is_not_read(string sentence, string named)
    {
        var result = Extract(Opening + sentence + "\n\n" + Statement);

        Assert.Null(result.Value("OperatingIncomeLoss", Quarter));
        Assert.Contains($"(\"{named}\")", Assert.Single(SegmentFindings(result)));
    }

    [Fact]
    public void A_sentence_about_all_segments_is_the_companys()
    {
        var result = Extract(Opening + "Operating income was $52.5 million, with growth in all segments.\n\n" + Statement);

        Assert.Equal(52_500_000m, result.Value("OperatingIncomeLoss", Quarter));
        Assert.Empty(SegmentFindings(result));
    }

    [Fact]
    public void A_sentence_in_the_section_naming_the_consolidated_company_is_read()
    {
        string consolidated = "On a consolidated basis, operating income was $72.0 million, compared with $65.0 million.\n\n";
        var result = Extract(Opening + SegmentSection + consolidated + Statement);

        Assert.Equal(72_000_000m, result.Value("OperatingIncomeLoss", Quarter));
    }
}
