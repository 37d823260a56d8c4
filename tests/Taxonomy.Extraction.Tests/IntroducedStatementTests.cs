using Taxonomy.Extraction.Facts;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A statement whose title is followed by a paragraph before its table ("The following table presents …", a note on the
/// presentation), in fixed-width text, HTML and markdown. Fictional company and figures.
/// </summary>
public class IntroducedStatementTests
{
    private const string Opening =
        "DENVER, October 28, 2032 -- Thistledown Pumps Inc. (NYSE: TDPI) today reported results for the third quarter ended September 30, 2032.\n\n";

    private static ExtractionResult Extract(string text, string name = "thistledown.txt") =>
        FilingExtractor.Extract(text, new ExtractionOptions { SourceName = name });

    private static string Statement(string introduction, string scale = "                    (In thousands, except per share amounts)\n\n") =>
        Opening +
        "              CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n\n" +
        introduction +
        scale +
        "                                Three Months Ended       Nine Months Ended\n" +
        "                                   September 30,            September 30,\n" +
        "                                  2032        2031        2032        2031\n\n" +
        "Revenue                        $ 62,400    $ 58,100   $ 181,300   $ 170,200\n" +
        "Cost of revenue                  40,100      37,900     117,200     110,600\n" +
        "Gross profit                     22,300      20,200      64,100      59,600\n" +
        "Operating expenses               14,800      14,100      43,900      42,000\n" +
        "Operating income                  7,500       6,100      20,200      17,600\n" +
        "Income tax expense                1,500       1,200       4,100       3,500\n" +
        "Net income                     $  6,000    $  4,900   $  16,100   $  14,100\n";

    [Fact]
    public void A_sentence_between_the_title_and_the_table_does_not_lose_the_statement()
    {
        var result = Extract(Statement(
            "The following table presents the Company's results of operations for the periods indicated.\n" +
            "Certain prior-period amounts have been reclassified to conform to the current presentation.\n\n"));

        Assert.Equal(62_400_000m, result.Value("Revenues", "2032-07-01/2032-09-30"));
        Assert.Equal(16_100_000m, result.Value("NetIncomeLoss", "2032-01-01/2032-09-30"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == Findings.NoStatements);
    }

    [Fact]
    public void A_paragraph_of_six_lines_above_the_column_header_does_not_lose_the_statement()
    {
        var result = Extract(Statement(
            "The following table presents the consolidated results of operations of the Company for the three and nine months ended\n" +
            "September 30, 2032 and 2031. Certain amounts in the prior periods have been reclassified to conform to the\n" +
            "current presentation, including the separation of freight costs from the cost of revenue. These changes\n" +
            "had no effect on operating income, on net income or on stockholders' equity as previously reported. The\n" +
            "figures are unaudited and are presented in thousands of dollars, except for per share amounts, which are\n" +
            "presented in dollars and cents.\n\n"));

        Assert.Equal(62_400_000m, result.Value("Revenues", "2032-07-01/2032-09-30"));
        Assert.Equal(14_100_000m, result.Value("NetIncomeLoss", "2031-01-01/2031-09-30"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == Findings.NoStatements || f.RuleId == Findings.SkippedTable);
    }

    [Fact]
    public void A_table_under_a_paragraph_too_long_to_be_an_introduction_is_reported_not_lost_silently()
    {
        string sentence = "The company notes that the figures below are unaudited and may change before the annual report is filed later this year.\n";
        var result = Extract(Statement(string.Concat(Enumerable.Repeat(sentence, 14)) + "\n"));

        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName is "Revenues" or "NetIncomeLoss");
        var finding = Assert.Single(result.Findings, f => f.RuleId == Findings.SkippedTable);
        Assert.Contains("too long to be read as its introduction", finding.Message, StringComparison.Ordinal);
        // The statement's finding names its table: it is not named again as a table outside the statements.
        Assert.DoesNotContain(result.Findings, f => f.RuleId == Findings.UnreadTable);
    }

    [Fact]
    public void The_scale_stated_in_the_introduction_applies_to_the_table()
    {
        var result = Extract(Statement("The following table presents our results. All amounts are in thousands, except per share amounts.\n\n", scale: ""));

        Assert.Equal(62_400_000m, result.Value("Revenues", "2032-07-01/2032-09-30"));
    }

    [Fact]
    public void An_introductory_paragraph_in_html_does_not_lose_the_statement()
    {
        const string html =
            "<html><body><p>DENVER, October 28, 2032 -- Thistledown Pumps Inc. (NYSE: TDPI) today reported results for the third quarter ended September 30, 2032.</p>" +
            "<p align=\"center\"><b>CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS</b></p>" +
            "<p>The following table presents the Company's results of operations for the periods indicated. Certain prior-period amounts have been reclassified to conform to the current presentation. Amounts are in thousands.</p>" +
            "<table><tr><td></td><td>Three Months Ended September 30, 2032</td><td>Three Months Ended September 30, 2031</td></tr>" +
            "<tr><td>Revenue</td><td>$ 62,400</td><td>$ 58,100</td></tr>" +
            "<tr><td>Operating expenses</td><td>54,900</td><td>52,000</td></tr>" +
            "<tr><td>Net income</td><td>$ 7,500</td><td>$ 6,100</td></tr></table></body></html>";
        var result = Extract(html, "thistledown.htm");

        Assert.Equal(62_400_000m, result.Value("Revenues", "2032-07-01/2032-09-30"));
        Assert.Equal(6_100_000m, result.Value("NetIncomeLoss", "2031-07-01/2031-09-30"));
    }

    [Fact]
    public void A_paragraph_followed_by_another_statements_title_does_not_lend_it_the_first_title()
    {
        string text = Opening +
            "              CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n\n" +
            "The statements of operations are presented after the balance sheets below.\n\n" +
            "                    CONDENSED CONSOLIDATED BALANCE SHEETS\n" +
            "                              (In thousands)\n\n" +
            "                                  September 30,   December 31,\n" +
            "                                      2032            2031\n" +
            "Cash and cash equivalents            41,000          38,500\n" +
            "Total assets                        410,000         395,000\n";
        var result = Extract(text);

        Assert.Equal(41_000_000m, result.Value("CashAndCashEquivalentsAtCarryingValue", "2032-09-30"));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "Revenues");
    }

    [Fact]
    public void A_markdown_table_with_its_header_over_three_rows_and_the_dollar_signs_in_their_own_column_is_read()
    {
        const string markdown =
            "# Thistledown Pumps Reports Third Quarter 2032 Results\n\n" +
            "DENVER, October 28, 2032 -- Thistledown Pumps Inc. (NYSE: TDPI) today reported its third quarter results.\n\n" +
            "## Condensed Consolidated Statements of Operations\n\n" +
            "(in thousands)\n\n" +
            "| | Three Months Ended | | | | Nine Months Ended | | | |\n" +
            "| | September 30, | | September 30, | | September 30, | | September 30, | |\n" +
            "| | 2032 | | 2031 | | 2032 | | 2031 | |\n" +
            "|---|---|---|---|---|---|---|---|---|\n" +
            "| Revenue | $ | 62,400 | $ | 58,100 | $ | 181,300 | $ | 170,200 |\n" +
            "| Operating expenses | | 54,900 | | 52,000 | | 161,100 | | 152,600 |\n" +
            "| Net income | $ | 7,500 | $ | 6,100 | $ | 20,200 | $ | 17,600 |\n";
        var result = Extract(markdown, "thistledown.md");

        Assert.Equal(62_400_000m, result.Value("Revenues", "2032-07-01/2032-09-30"));
        Assert.Equal(170_200_000m, result.Value("Revenues", "2031-01-01/2031-09-30"));
        Assert.Equal(6_100_000m, result.Value("NetIncomeLoss", "2031-07-01/2031-09-30"));
    }

    [Fact]
    public void A_highlights_table_introduced_by_a_wrapped_sentence_takes_its_scale_and_reads_eps_as_printed()
    {
        // The sentence stating the scale is wrapped, its first line naming dates as a title's period line would.
        string text = Opening +
            "Third Quarter 2032 Financial Highlights\n\n" +
            "The following table summarizes our results for the quarters ended September 30, 2031 and 2032 (in\n" +
            "millions, except per share amounts).\n\n" +
            "                                  Quarter Ended September 30,\n" +
            "                                      2031            2032\n" +
            "Revenue                            $ 58.1          $ 62.4\n" +
            "Net income                         $  4.9          $  6.0\n" +
            "Diluted EPS                        $ 0.41          $ 0.52\n";
        var result = Extract(text);

        Assert.Equal(62_400_000m, result.Value("Revenues", "2032-07-01/2032-09-30"));
        Assert.Equal(0.52m, result.Value("EarningsPerShareDiluted", "2032-07-01/2032-09-30"));
        Assert.Equal(0.41m, result.Value("EarningsPerShareDiluted", "2031-07-01/2031-09-30"));
    }

    [Fact]
    public void A_sentence_ending_on_a_short_line_is_read_with_the_paragraph()
    {
        var result = Extract(Statement(
            "The following table presents our results of operations for the periods indicated (in thousands,\n" +
            "except per share amounts).\n\n", scale: ""));

        Assert.Equal(62_400_000m, result.Value("Revenues", "2032-07-01/2032-09-30"));
    }

    [Fact]
    public void Control_a_column_header_printed_above_the_next_statements_title_leaves_the_periods_above_right()
    {
        string text = Opening +
            "              CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n" +
            "                    (In thousands)\n\n" +
            "Thistledown Pumps reported its third quarter results today.\n\n" +
            "                         Three Months Ended                 Nine Months Ended\n" +
            "                    September 30,   September 30,    September 30,   September 30,\n" +
            "                        2032            2031             2032            2031\n" +
            "Revenue              $ 62,400        $ 58,100        $ 181,300       $ 170,200\n" +
            "Operating expenses     54,900          52,000          161,100         152,600\n" +
            "Net income           $  7,500        $  6,100        $  20,200       $  17,600\n\n" +
            "                    September 30,    December 31,\n" +
            "                        2032            2031\n" +
            "              CONDENSED CONSOLIDATED BALANCE SHEETS\n" +
            "Cash and cash equivalents            41,000          38,500\n" +
            "Total assets                        410,000         395,000\n";
        var result = Extract(text);

        Assert.Equal(58_100_000m, result.Value("Revenues", "2031-07-01/2031-09-30"));
        Assert.Equal(170_200_000m, result.Value("Revenues", "2031-01-01/2031-09-30"));
    }
}
