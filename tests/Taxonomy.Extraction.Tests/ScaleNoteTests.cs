using Taxonomy.Extraction.Facts;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>A statement whose scale is stated only in a note printed right below it. Fictional company and figures.</summary>
public class ScaleNoteTests
{
    private static string Release(string note) =>
        "SEATTLE, January 28, 2032 -- Fernbank Aerospace Corporation (NYSE: FBAC) today reported results for the year ended December 31, 2031.\n\n" +
        "                   CONSOLIDATED STATEMENTS OF OPERATIONS\n" +
        "                              (in billions)\n\n" +
        "                                                    Year Ended December 31,\n" +
        "                                                     2031            2030\n" +
        "Revenues                                           $   12.4        $   11.8\n" +
        "Cost of products sold                                   9.9             9.5\n" +
        "Gross profit                                            2.5             2.3\n\n" +
        "                   CONSOLIDATED STATEMENTS OF CASH FLOWS\n\n" +
        "                                                    Year Ended December 31,\n" +
        "                                                     2031            2030\n" +
        "Net cash provided by operating activities          $  1,850        $  1,720\n" +
        "Net cash used in investing activities                  (640)           (590)\n" +
        "Shares outstanding at year end                      205,400         207,100\n\n" +
        note + "\n\n" +
        "This press release contains forward-looking statements about the business of the company and its plans, which involve risks and uncertainties described in its filings.\n";

    [Fact]
    public void A_scale_note_below_the_statement_scales_it_instead_of_the_statement_above()
    {
        var result = FilingExtractor.Extract(Release("Amounts in millions, except shares outstanding, which are in thousands."), new ExtractionOptions { SourceName = "fernbank.txt" });

        Assert.Equal(1_850_000_000m, result.Value("NetCashProvidedByUsedInOperatingActivities", "2031-01-01/2031-12-31"));
        Assert.Equal(-640_000_000m, result.Value("NetCashProvidedByUsedInInvestingActivities", "2031-01-01/2031-12-31"));
        Assert.Equal(205_400_000m, result.Value("CommonStockSharesOutstanding", "2031-12-31"));
        // The statement above keeps the scale it states itself.
        Assert.Equal(12_400_000_000m, result.Value("Revenues", "2031-01-01/2031-12-31"));
    }

    [Fact]
    public void A_note_below_that_states_no_scale_leaves_the_statement_as_before()
    {
        var result = FilingExtractor.Extract(Release("Certain amounts have been reclassified to conform to the current presentation."), new ExtractionOptions { SourceName = "fernbank.txt" });

        // Only headings separate the two statements: the cash-flow statement carries the scale of the one above.
        Assert.Equal(1_850_000_000_000m, result.Value("NetCashProvidedByUsedInOperatingActivities", "2031-01-01/2031-12-31"));
        Assert.Equal(12_400_000_000m, result.Value("Revenues", "2031-01-01/2031-12-31"));
    }

    [Fact]
    public void A_scale_note_marked_as_a_footnote_scales_the_statement_above_it()
    {
        var result = FilingExtractor.Extract(Release("(1) Amounts in millions, except shares outstanding, which are in thousands."), new ExtractionOptions { SourceName = "fernbank.txt" });

        Assert.Equal(1_850_000_000m, result.Value("NetCashProvidedByUsedInOperatingActivities", "2031-01-01/2031-12-31"));
        Assert.Equal(205_400_000m, result.Value("CommonStockSharesOutstanding", "2031-12-31"));
    }

    private const string SplitBalanceSheet =
        "Fernbank Aerospace Corporation today reported results for the quarter ended June 30, 2031.\n\n" +
        "            CONDENSED CONSOLIDATED BALANCE SHEETS\n\n" +
        "                                            June 30,     December 31,\n" +
        "                                              2031           2030\n" +
        "Cash and cash equivalents                  $  4,200       $  3,900\n" +
        "Inventories                                   5,100          4,700\n" +
        "  Total current assets                        9,300          8,600\n" +
        "Property and equipment, net                  10,700         10,400\n" +
        "  Total assets                             $ 20,000       $ 19,000\n\n" +
        "                                   - 7 -\n\f\n" +
        "      CONDENSED CONSOLIDATED BALANCE SHEETS (continued)\n\n" +
        "                                            June 30,     December 31,\n" +
        "                                              2031           2030\n" +
        "Accounts payable                           $  3,000       $  2,800\n" +
        "Long-term debt                                5,000          5,200\n" +
        "  Total liabilities                           8,000          8,000\n" +
        "Stockholders' equity                         12,000         11,000\n" +
        "  Total liabilities and stockholders' equity $ 20,000    $ 19,000\n\n";

    [Fact]
    public void A_scale_note_under_the_last_page_of_a_split_statement_scales_every_page()
    {
        var result = FilingExtractor.Extract(SplitBalanceSheet + "(1) All amounts are in thousands of U.S. dollars.\n", new ExtractionOptions { SourceName = "fernbank.txt" });

        Assert.Equal(4_200_000m, result.Value("CashAndCashEquivalentsAtCarryingValue", "2031-06-30"));
        Assert.Equal(20_000_000m, result.Value("Assets", "2031-06-30"));
        Assert.Equal(5_000_000m, result.Value("LongTermDebtNoncurrent", "2031-06-30"));
        Assert.Equal(19_000_000m, result.Value("LiabilitiesAndStockholdersEquity", "2030-12-31"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == Findings.ScaleMissing);
    }

    [Fact]
    public void A_split_statement_with_no_scale_anywhere_is_read_as_printed_with_a_finding()
    {
        // Control: a note that states no scale scales no page.
        var result = FilingExtractor.Extract(SplitBalanceSheet + "(1) Certain amounts have been reclassified.\n", new ExtractionOptions { SourceName = "fernbank.txt" });

        Assert.Equal(4_200m, result.Value("CashAndCashEquivalentsAtCarryingValue", "2031-06-30"));
        Assert.Equal(5_000m, result.Value("LongTermDebtNoncurrent", "2031-06-30"));
        Assert.Contains(result.Findings, f => f.RuleId == Findings.ScaleMissing);
    }
}
