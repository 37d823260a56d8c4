using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A balance sheet broken over a page of PDF text and carried on under its title marked "(continued)" without its column
/// header printed again. Fictional company and figures: every total foots in both columns.
/// </summary>
public class ContinuedStatementTests
{
    private const string FirstPart = """
        Brambleton Optics, Inc. today reported results for its first quarter ended March 31, 2031.

                                   BRAMBLETON OPTICS, INC.
                            CONDENSED CONSOLIDATED BALANCE SHEETS
                                (In thousands; unaudited)

                                                              March 31,      December 31,
                                                                2031             2030
        ASSETS
        Current assets:
           Cash and cash equivalents                           $   31,200       $   27,400
           Accounts receivable, net                                18,500           17,100
           Inventories                                             14,300           13,500
              Total current assets                                 64,000           58,000
        Property and equipment, net                                40,000           41,000
        Other assets                                                6,000            6,000
              Total assets                                     $  110,000       $  105,000


                                               7
        Brambleton Optics, Inc.                                         First Quarter 2031

                      CONDENSED CONSOLIDATED BALANCE SHEETS (continued)

        """;

    private const string SecondPart = """

        LIABILITIES AND STOCKHOLDERS' EQUITY
        Current liabilities:
           Accounts payable                                    $    9,100       $    8,700
           Accrued liabilities                                      6,900            6,300
              Total current liabilities                            16,000           15,000
        Long-term debt                                             30,000           32,000
              Total liabilities                                    46,000           47,000
        Stockholders' equity:
           Common stock                                               300              300
           Additional paid-in capital                              41,700           41,200
           Retained earnings                                       22,000           16,500
              Total stockholders' equity                           64,000           58,000
              Total liabilities and stockholders' equity       $  110,000       $  105,000


                                               8
        """;

    private static ExtractionResult Extract(string text) => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "brambleton.txt" });

    [Fact]
    public void The_continued_part_without_a_header_takes_the_columns_of_the_part_it_continues()
    {
        var result = Extract(FirstPart + SecondPart);
        Assert.Equal(110_000_000m, result.Value("LiabilitiesAndStockholdersEquity", "2031-03-31"));
        Assert.Equal(105_000_000m, result.Value("LiabilitiesAndStockholdersEquity", "2030-12-31"));
        Assert.Equal(46_000_000m, result.Value("Liabilities", "2031-03-31"));
        Assert.Equal(58_000_000m, result.Value("StockholdersEquity", "2030-12-31"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "extract.period-missing");
        // The first part is read as before.
        Assert.Equal(110_000_000m, result.Value("Assets", "2031-03-31"));
    }

    [Fact]
    public void A_continued_part_marked_on_the_line_under_its_title_takes_the_columns_too()
    {
        string below = FirstPart.Replace("BALANCE SHEETS (continued)\n", "BALANCE SHEETS\n                                  (Continued)\n", StringComparison.Ordinal);
        Assert.NotEqual(FirstPart, below);
        var result = Extract(below + SecondPart);
        Assert.Equal(110_000_000m, result.Value("LiabilitiesAndStockholdersEquity", "2031-03-31"));
        Assert.Equal(58_000_000m, result.Value("StockholdersEquity", "2030-12-31"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "extract.period-missing");
    }

    // The second part with a third figure on every row: the first part's two dates cannot say which column is which.
    private static string ThirdColumn() => string.Join("\n", SecondPart.Split('\n').Select(line =>
        line.Trim() is [var first, .., var last] && char.IsLetter(first) && char.IsDigit(last) ? line + "       " + line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1] : line));

    [Fact]
    public void A_continued_part_printing_another_number_of_columns_stays_unread_with_its_finding()
    {
        var result = Extract(FirstPart + ThirdColumn());
        Assert.Null(result.Value("LiabilitiesAndStockholdersEquity", "2031-03-31"));
        Assert.Null(result.Value("Liabilities", "2030-12-31"));
        Assert.Contains(result.Findings, f => f.RuleId == "extract.period-missing" && f.Message.Contains("(continued)", StringComparison.Ordinal));
        Assert.Equal(110_000_000m, result.Value("Assets", "2031-03-31"));
    }

    [Fact]
    public void A_continued_title_of_another_statement_does_not_take_the_balance_sheet_columns()
    {
        // Cash flows are read for durations: the balance sheet's dates are no columns of theirs. The headerless columns are
        // dated as before (from the narrative's quarter, with a finding each).
        string other = FirstPart.Replace("BALANCE SHEETS (continued)", "STATEMENTS OF CASH FLOWS (continued)", StringComparison.Ordinal);
        var result = Extract(other + SecondPart);
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName.Contains("Liabilities", StringComparison.Ordinal) && f.Period.ToString() is "2031-03-31" or "2030-12-31");
        Assert.Contains(result.Findings, f => f.RuleId == "extract.header-inferred" && f.Message.Contains("CASH FLOWS (continued)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_continued_part_with_its_own_header_keeps_its_own_periods()
    {
        const string header = """
                                                                      March 31,        March 31,
                                                                        2031             2030
            """;
        var result = Extract(FirstPart + header + "\n" + SecondPart);
        Assert.Equal(105_000_000m, result.Value("LiabilitiesAndStockholdersEquity", "2030-03-31"));
        Assert.Null(result.Value("LiabilitiesAndStockholdersEquity", "2030-12-31"));
        Assert.Equal(110_000_000m, result.Value("LiabilitiesAndStockholdersEquity", "2031-03-31"));
    }

    // A note printed under the first part on one long line, as a converter leaves a paragraph: running text between the parts.
    private const string Note = "Brambleton Optics designs and builds precision lenses for factory inspection systems; the figures above are unaudited and are to be read with the notes in its quarterly report.";

    private static string WithNote(string firstPart) => firstPart.Replace("$  105,000\n\n", "$  105,000\n\n" + Note + "\n", StringComparison.Ordinal);

    [Fact]
    public void A_continued_part_after_a_paragraph_takes_the_columns_of_the_part_it_continues()
    {
        string noted = WithNote(FirstPart);
        Assert.NotEqual(FirstPart, noted);
        var result = Extract(noted + SecondPart);
        Assert.Equal(110_000_000m, result.Value("LiabilitiesAndStockholdersEquity", "2031-03-31"));
        Assert.Equal(47_000_000m, result.Value("Liabilities", "2030-12-31"));
        Assert.Equal(58_000_000m, result.Value("StockholdersEquity", "2030-12-31"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "extract.period-missing");
        Assert.Equal(110_000_000m, result.Value("Assets", "2031-03-31"));
    }

    [Fact]
    public void A_table_of_figures_between_the_paragraph_and_the_continued_part_keeps_them_apart()
    {
        // A schedule printed between the two parts: the part below may continue it rather than the balance sheet.
        const string schedule = """

            Backlog by product line (in thousands)
               Inspection lenses                                       12,400           11,900
               Laser optics                                             8,600            7,100

            """;
        string between = WithNote(FirstPart).Replace(Note + "\n", Note + "\n" + schedule, StringComparison.Ordinal);
        Assert.Contains("Laser optics", between, StringComparison.Ordinal);
        var result = Extract(between + SecondPart);
        Assert.Null(result.Value("LiabilitiesAndStockholdersEquity", "2031-03-31"));
        Assert.Contains(result.Findings, f => f.RuleId == "extract.period-missing" && f.Message.Contains("(continued)", StringComparison.Ordinal));
        Assert.Equal(110_000_000m, result.Value("Assets", "2031-03-31"));
    }

    [Fact]
    public void A_continued_part_after_a_paragraph_printing_another_number_of_columns_stays_unread()
    {
        var result = Extract(WithNote(FirstPart) + ThirdColumn());
        Assert.Null(result.Value("LiabilitiesAndStockholdersEquity", "2031-03-31"));
        Assert.Contains(result.Findings, f => f.RuleId == "extract.period-missing" && f.Message.Contains("(continued)", StringComparison.Ordinal));
    }

    [Fact]
    public void A_continued_title_of_another_statement_after_a_paragraph_does_not_take_the_balance_sheet_columns()
    {
        string other = WithNote(FirstPart).Replace("BALANCE SHEETS (continued)", "STATEMENTS OF CASH FLOWS (continued)", StringComparison.Ordinal);
        var result = Extract(other + SecondPart);
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName.Contains("Liabilities", StringComparison.Ordinal) && f.Period.ToString() is "2031-03-31" or "2030-12-31");
    }

    [Fact]
    public void An_html_statement_split_in_two_tables_under_a_continued_title_is_read_whole()
    {
        const string html = """
            <html><body>
            <p>Brambleton Optics, Inc. today reported results for its first quarter ended March 31, 2031.</p>
            <p>CONDENSED CONSOLIDATED BALANCE SHEETS</p>
            <p>(In thousands; unaudited)</p>
            <table>
            <tr><td></td><td></td><td>March 31,</td><td></td><td>December 31,</td></tr>
            <tr><td></td><td></td><td>2031</td><td></td><td>2030</td></tr>
            <tr><td>Cash and cash equivalents</td><td>$</td><td>31,200</td><td>$</td><td>27,400</td></tr>
            <tr><td>Accounts receivable, net</td><td></td><td>18,500</td><td></td><td>17,100</td></tr>
            <tr><td>Inventories</td><td></td><td>14,300</td><td></td><td>13,500</td></tr>
            <tr><td>Total current assets</td><td></td><td>64,000</td><td></td><td>58,000</td></tr>
            <tr><td>Property and equipment, net</td><td></td><td>46,000</td><td></td><td>47,000</td></tr>
            <tr><td>Total assets</td><td>$</td><td>110,000</td><td>$</td><td>105,000</td></tr>
            </table>
            <hr style="page-break-after:always"/>
            <p>CONDENSED CONSOLIDATED BALANCE SHEETS (Cont'd)</p>
            <table>
            <tr><td>Total current liabilities</td><td>$</td><td>16,000</td><td>$</td><td>15,000</td></tr>
            <tr><td>Long-term debt</td><td></td><td>30,000</td><td></td><td>32,000</td></tr>
            <tr><td>Total liabilities</td><td></td><td>46,000</td><td></td><td>47,000</td></tr>
            <tr><td>Total stockholders' equity</td><td></td><td>64,000</td><td></td><td>58,000</td></tr>
            <tr><td>Total liabilities and stockholders' equity</td><td>$</td><td>110,000</td><td>$</td><td>105,000</td></tr>
            </table>
            </body></html>
            """;
        var result = FilingExtractor.Extract(html, new ExtractionOptions { SourceName = "brambleton.htm" });
        Assert.Equal(110_000_000m, result.Value("LiabilitiesAndStockholdersEquity", "2031-03-31"));
        Assert.Equal(47_000_000m, result.Value("Liabilities", "2030-12-31"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "extract.period-missing");
    }
}
