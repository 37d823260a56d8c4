using Taxonomy.Extraction.Facts;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// Statement tables laid out unusually: a wrapper table printing the next statement's column header above its title,
/// items printed by their effect that the taxonomy lacks, headers repeated after a page break, per-share rows with
/// footnote markers and dot leaders, statements side by side, totals labelled on the line above. Fictional companies
/// and figures.
/// </summary>
public class StatementLayoutTests
{
    private static ExtractionResult Extract(string text, string name = "marlowe.txt") => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = name });

    private const string HtmlOpening =
        "<html><body><p>TULSA, Okla., October 27, 2031 -- Marlowe Kiln Co. (NYSE: MKLN) today reported results for the third quarter ended September 30, 2031.</p>";

    private const string HtmlIncomeStatement =
        "<p><b>CONDENSED CONSOLIDATED STATEMENTS OF INCOME</b></p><p>(In millions)</p><table>" +
        "<tr><td></td><td colspan=\"2\">Three Months Ended</td><td colspan=\"2\">Three Months Ended</td></tr>" +
        "<tr><td></td><td colspan=\"2\">September 30, 2031</td><td colspan=\"2\">September 30, 2030</td></tr>" +
        "<tr><td>Net sales</td><td>$</td><td>820</td><td>$</td><td>760</td></tr>" +
        "<tr><td>Cost of sales</td><td></td><td>500</td><td></td><td>470</td></tr>" +
        "<tr><td>Gross profit</td><td></td><td>320</td><td></td><td>290</td></tr>" +
        "<tr><td>Selling, general and administrative</td><td></td><td>200</td><td></td><td>190</td></tr>" +
        "<tr><td>Operating income</td><td></td><td>120</td><td></td><td>100</td></tr>" +
        "<tr><td>Net income</td><td>$</td><td>90</td><td>$</td><td>75</td></tr>" +
        "</table>";

    private const string HtmlBalanceRows =
        "<tr><td>Cash and cash equivalents</td><td>$</td><td>310</td><td>$</td><td>280</td></tr>" +
        "<tr><td>Inventories</td><td></td><td>190</td><td></td><td>170</td></tr>" +
        "<tr><td>Total assets</td><td>$</td><td>1,400</td><td>$</td><td>1,350</td></tr>";

    [Fact]
    public void A_header_row_above_the_next_statements_title_heads_that_statement_not_the_one_above()
    {
        // A wrapper table holding a table whose first row is its column header and whose second row is its title.
        string html = HtmlOpening + HtmlIncomeStatement +
            "<table><tr><td><table>" +
            "<tr><td></td><td colspan=\"2\">September 30, 2031</td><td colspan=\"2\">December 31, 2030</td></tr>" +
            "<tr><td colspan=\"5\"><b>CONDENSED CONSOLIDATED BALANCE SHEETS (In millions)</b></td></tr>" +
            HtmlBalanceRows +
            "</table></td></tr></table></body></html>";

        var result = Extract(html, "marlowe.htm");

        Assert.Equal(760_000_000m, result.Value("SalesRevenueNet", "2030-07-01/2030-09-30"));
        Assert.Equal(75_000_000m, result.Value("NetIncomeLoss", "2030-07-01/2030-09-30"));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "SalesRevenueNet" && f.Period.ToString().Contains("2030-12-31", StringComparison.Ordinal));
        Assert.Equal(310_000_000m, result.Value("CashAndCashEquivalentsAtCarryingValue", "2031-09-30"));
        Assert.Equal(1_350_000_000m, result.Value("Assets", "2030-12-31"));
    }

    [Fact]
    public void A_header_row_under_the_next_statements_title_is_read_as_before()
    {
        string html = HtmlOpening + HtmlIncomeStatement +
            "<p><b>CONDENSED CONSOLIDATED BALANCE SHEETS</b></p><p>(In millions)</p>" +
            "<table><tr><td><table>" +
            "<tr><td></td><td colspan=\"2\">September 30, 2031</td><td colspan=\"2\">December 31, 2030</td></tr>" +
            HtmlBalanceRows +
            "</table></td></tr></table></body></html>";

        var result = Extract(html, "marlowe.htm");

        Assert.Equal(760_000_000m, result.Value("SalesRevenueNet", "2030-07-01/2030-09-30"));
        Assert.Equal(310_000_000m, result.Value("CashAndCashEquivalentsAtCarryingValue", "2031-09-30"));
        Assert.Equal(1_350_000_000m, result.Value("Assets", "2030-12-31"));
    }

    [Fact]
    public void An_untitled_table_below_a_statement_whose_header_names_other_dates_ends_the_statement()
    {
        // The wrapped table below has no title: its rows are no statement's, and its dates are not the income statement's.
        string html = HtmlOpening + HtmlIncomeStatement +
            "<table><tr><td><table>" +
            "<tr><td></td><td colspan=\"2\">September 30, 2031</td><td colspan=\"2\">December 31, 2030</td></tr>" +
            HtmlBalanceRows +
            "</table></td></tr></table></body></html>";

        var result = Extract(html, "marlowe.htm");

        Assert.Equal(760_000_000m, result.Value("SalesRevenueNet", "2030-07-01/2030-09-30"));
        Assert.Equal(75_000_000m, result.Value("NetIncomeLoss", "2030-07-01/2030-09-30"));
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is 310_000_000m or 280_000_000m or 1_400_000_000m or 1_350_000_000m);
        var finding = Assert.Single(result.Findings, f => f.RuleId == Findings.SkippedTable);
        Assert.Contains("without a title", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == Findings.ScaleMissing);
    }

    [Fact]
    public void An_untitled_table_of_segment_columns_below_a_statement_ends_the_statement()
    {
        // The columns are segments side by side, not the statement's periods: their figures are not the quarter's.
        string html = HtmlOpening + HtmlIncomeStatement +
            "<table><tr><td></td><td>Kilns</td><td>Glazes</td><td>Total</td></tr>" +
            "<tr><td>Net sales</td><td>510</td><td>310</td><td>820</td></tr>" +
            "<tr><td>Operating income</td><td>72</td><td>48</td><td>120</td></tr></table></body></html>";

        var result = Extract(html, "marlowe.htm");

        Assert.Equal(820_000_000m, result.Value("SalesRevenueNet", "2031-07-01/2031-09-30"));
        Assert.Equal(120_000_000m, result.Value("OperatingIncomeLoss", "2031-07-01/2031-09-30"));
        Assert.Equal(100_000_000m, result.Value("OperatingIncomeLoss", "2030-07-01/2030-09-30"));
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is 510_000_000m or 72_000_000m);
        Assert.Single(result.Findings, f => f.RuleId == Findings.SkippedTable);
    }

    [Fact]
    public void A_statement_going_on_in_a_second_table_after_a_page_break_is_read_as_one()
    {
        // Control: the second table repeats the statement's own dates (or prints none): it is the statement's.
        string html = HtmlOpening +
            "<p><b>CONDENSED CONSOLIDATED BALANCE SHEETS</b></p><p>(In millions)</p><table>" +
            "<tr><td></td><td colspan=\"2\">September 30, 2031</td><td colspan=\"2\">December 31, 2030</td></tr>" +
            HtmlBalanceRows + "</table><p>- 7 -</p><table>" +
            "<tr><td></td><td colspan=\"2\">September 30, 2031</td><td colspan=\"2\">December 31, 2030</td></tr>" +
            "<tr><td>Accounts payable</td><td>$</td><td>400</td><td>$</td><td>380</td></tr>" +
            "</table><table>" +
            "<tr><td>Total liabilities</td><td>$</td><td>700</td><td>$</td><td>690</td></tr>" +
            "</table></body></html>";

        var result = Extract(html, "marlowe.htm");

        Assert.Equal(1_350_000_000m, result.Value("Assets", "2030-12-31"));
        Assert.Equal(400_000_000m, result.Value("AccountsPayableCurrent", "2031-09-30"));
        Assert.Equal(690_000_000m, result.Value("Liabilities", "2030-12-31"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == Findings.SkippedTable);
    }

    [Fact]
    public void A_line_of_column_tags_under_the_years_of_a_header_ends_nothing()
    {
        const string text =
            "TULSA, Okla., January 27, 2032 -- Marlowe Kiln Co. (NYSE: MKLN) today reported results for the year ended December 31, 2031.\n\n" +
            "                    CONSOLIDATED STATEMENTS OF INCOME\n" +
            "                            (In millions)\n" +
            "<TABLE>\n" +
            "<CAPTION>\n" +
            "                                         Year Ended December 31,\n" +
            "                                          2031            2030\n" +
            "<S>                                     <C>             <C>\n" +
            "Net sales                               $ 820           $ 760\n" +
            "Cost of sales                             500             470\n" +
            "Net income                              $  90           $  75\n" +
            "</TABLE>\n";

        var result = Extract(text);

        Assert.Equal(820_000_000m, result.Value("SalesRevenueNet", "2031-01-01/2031-12-31"));
        Assert.Equal(75_000_000m, result.Value("NetIncomeLoss", "2030-01-01/2030-12-31"));
    }

    /// <summary>An income statement printing subtracted items in parentheses, with one extension row (<paramref name="label"/>) above operating income.</summary>
    private static string EffectStatement(string label) =>
        "TULSA, Okla., January 27, 2032 -- Marlowe Kiln Co. (NYSE: MKLN) today reported results for the quarter ended December 31, 2031.\n\n" +
        "                 CONSOLIDATED STATEMENTS OF OPERATIONS\n" +
        "                            (in thousands)\n\n" +
        "                                              Three Months Ended\n" +
        "                                                 December 31,\n" +
        "                                              2031          2030\n" +
        "Net sales                                  $ 100,000     $  90,000\n" +
        "Cost of sales                                (60,000)      (54,000)\n" +
        "Gross profit                                  40,000        36,000\n" +
        "Selling, general and administrative          (20,000)      (18,000)\n" +
        $"{label,-43}  (2,000)         (500)\n" +
        "Operating income                              18,000        17,500\n" +
        "Interest expense                              (1,000)       (1,200)\n" +
        "Income before income taxes                    17,000        16,300\n" +
        "Provision for income taxes                    (4,000)       (3,800)\n" +
        "Net income                                 $  13,000     $  12,500\n";

    private static decimal? Extension(ExtractionResult result, string localName, string period) =>
        result.Report.Facts.SingleOrDefault(f => f.Concept.Prefix == "mkln" && f.Concept.LocalName == localName && f.Period == Period.Parse(period))?.NumericValue;

    [Fact]
    public void An_extension_cost_printed_by_its_effect_is_reported_with_its_own_sign()
    {
        var result = Extract(EffectStatement("Warehouse flood remediation"));

        Assert.Equal(2_000_000m, Extension(result, "WarehouseFloodRemediation", "2031-10-01/2031-12-31"));
        Assert.Equal(500_000m, Extension(result, "WarehouseFloodRemediation", "2030-10-01/2030-12-31"));
        Assert.Equal(20_000_000m, result.Value("SellingGeneralAndAdministrativeExpense", "2031-10-01/2031-12-31"));
        Assert.DoesNotContain(result.Findings, f => f.Severity == Taxonomy.Validation.Severity.Error);
    }

    [Theory]
    [InlineData("Equity in earnings of affiliate", "EquityInEarningsOfAffiliate")]
    [InlineData("Royalty settlements, net", "RoyaltySettlementsNet")]
    public void An_extension_naming_income_or_a_net_amount_keeps_its_printed_sign(string label, string localName)
    {
        var result = Extract(EffectStatement(label));

        Assert.Equal(-2_000_000m, Extension(result, localName, "2031-10-01/2031-12-31"));
        Assert.Equal(-500_000m, Extension(result, localName, "2030-10-01/2030-12-31"));
    }

    /// <summary>A balance sheet broken by a page (page number, then <paramref name="secondHeader"/> repeating its column header, no title).</summary>
    private static string SplitBalanceSheet(string secondHeader) =>
        "TULSA, Okla., January 27, 2032 -- Marlowe Kiln Co. (NYSE: MKLN) today reported results for the year ended December 31, 2031.\n\n" +
        "                    CONSOLIDATED BALANCE SHEETS\n" +
        "                          (in thousands)\n\n" +
        "                                           December 31,    December 31,\n" +
        "                                               2031            2030\n" +
        "Cash and cash equivalents                    $  45,000       $  40,000\n" +
        "Inventories                                     95,000          85,000\n" +
        "Total assets                                 $ 140,000       $ 125,000\n\n" +
        "                               -8-\n" +
        "<PAGE>\n" +
        secondHeader +
        "Accounts payable                             $  50,000       $  45,000\n" +
        "Total liabilities                               50,000          45,000\n" +
        "Total stockholders' equity                      90,000          80,000\n" +
        "Total liabilities and stockholders' equity   $ 140,000       $ 125,000\n";

    [Theory]
    [InlineData("                                           December 31,    December 31,\n                                               2031            2030\n")]
    [InlineData("                                            Dec. 31, 2031   Dec. 31, 2030\n")]
    public void A_column_header_repeated_after_a_page_break_continues_the_statement(string secondHeader)
    {
        var result = Extract(SplitBalanceSheet(secondHeader));

        Assert.Equal(50_000_000m, result.Value("AccountsPayableCurrent", "2031-12-31"));
        Assert.Equal(45_000_000m, result.Value("AccountsPayableCurrent", "2030-12-31"));
        Assert.Equal(125_000_000m, result.Value("LiabilitiesAndStockholdersEquity", "2030-12-31"));
        // The repeated years are the header again, not a row of values dropped with a warning.
        Assert.DoesNotContain(result.Findings, f => f.RuleId == Findings.NoiseRow || f.Message.Contains("Dropped line", StringComparison.Ordinal));
    }

    [Fact]
    public void An_html_statement_continued_in_a_second_table_after_a_page_number_is_read_whole()
    {
        const string header = "<tr><td></td><td colspan=\"2\">December 31, 2031</td><td colspan=\"2\">December 31, 2030</td></tr>";
        string html = HtmlOpening.Replace("third quarter ended September 30", "fourth quarter ended December 31", StringComparison.Ordinal) +
            "<p><b>CONDENSED CONSOLIDATED BALANCE SHEETS</b></p><p>(In millions)</p><table>" + header +
            "<tr><td>Cash and cash equivalents</td><td>$</td><td>310</td><td>$</td><td>280</td></tr>" +
            "<tr><td>Total assets</td><td>$</td><td>1,400</td><td>$</td><td>1,350</td></tr>" +
            "</table><p style=\"text-align:center\">- 8 -</p><hr style=\"page-break-after:always\"/><table>" + header +
            "<tr><td>Accounts payable</td><td>$</td><td>200</td><td>$</td><td>190</td></tr>" +
            "<tr><td>Total liabilities</td><td></td><td>600</td><td></td><td>590</td></tr>" +
            "<tr><td>Total stockholders' equity</td><td></td><td>800</td><td></td><td>760</td></tr>" +
            "<tr><td>Total liabilities and stockholders' equity</td><td>$</td><td>1,400</td><td>$</td><td>1,350</td></tr>" +
            "</table></body></html>";

        var result = Extract(html, "marlowe.htm");

        Assert.Equal(310_000_000m, result.Value("CashAndCashEquivalentsAtCarryingValue", "2031-12-31"));
        Assert.Equal(200_000_000m, result.Value("AccountsPayableCurrent", "2031-12-31"));
        Assert.Equal(1_350_000_000m, result.Value("LiabilitiesAndStockholdersEquity", "2030-12-31"));
    }

    private static string SideBySide(string rightTitle) =>
        "OMAHA, Neb., February 12, 2032 -- Marlowe Kiln Co. (NYSE: MKLN) today reported results for the year ended December 31, 2031.\n\n" +
        $"   CONSOLIDATED STATEMENTS OF OPERATIONS          {rightTitle}\n" +
        "        (in thousands)                                 (in thousands)\n" +
        "                     Year Ended Dec. 31,                             December 31,\n" +
        "                      2031       2030                               2031       2030\n" +
        "Net sales           180,000    170,000    Cash                     40,000     35,000\n" +
        "Cost of sales       115,000    110,000    Receivables              60,000     55,000\n" +
        "Gross profit         65,000     60,000    Total assets            100,000     90,000\n" +
        "Net income           22,500     20,000    Total equity             70,000     60,000\n";

    [Fact]
    public void Statements_printed_side_by_side_are_not_read_and_a_finding_says_so()
    {
        var result = Extract(SideBySide("CONSOLIDATED BALANCE SHEETS"));

        var finding = Assert.Single(result.Findings, f => f.RuleId == Findings.SkippedTable);
        Assert.Contains("side by side", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is 180_000_000m or 40_000_000m or 22_500_000m);
    }

    [Fact]
    public void A_title_beside_words_that_name_no_statement_is_no_side_by_side_layout()
    {
        var result = Extract(SideBySide("(unaudited, restated)"));

        Assert.DoesNotContain(result.Findings, f => f.RuleId == Findings.SkippedTable);
    }
}
