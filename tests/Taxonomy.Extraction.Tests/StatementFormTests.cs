using Taxonomy.Extraction.Facts;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// Statements printed in forms that were lost or misread: thin-space digit groups, decimal-comma rows at a statement's
/// end, a parenthesis closed on the line below, IFRS titles, equity and comprehensive income statements beside the ones
/// extracted. Fictional companies and figures.
/// </summary>
public class StatementFormTests
{
    private const string Opening =
        "BOSTON, February 20, 2032 -- Larkspur Optics Inc. (NYSE: LKSO) today reported results for the year ended December 31, 2031.\n\n";

    private static ExtractionResult Extract(string text) => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "larkspur.txt" });

    private static string BalanceSheet(string separator) =>
        Opening +
        "                   CONSOLIDATED BALANCE SHEETS\n" +
        "                         (in thousands)\n\n" +
        "                                                   December 31,\n" +
        "                                                2031            2030\n" +
        $"Cash and cash equivalents                      1{separator}170{separator}000       1{separator}130{separator}000\n" +
        $"Accounts receivable, net                         230{separator}000         200{separator}000\n" +
        $"Total assets                                   1{separator}400{separator}000       1{separator}330{separator}000\n";

    [Theory]
    [InlineData("\u2009")]
    [InlineData("\u200A")]
    public void Thin_space_digit_groups_are_read_as_space_groups_are(string separator)
    {
        var result = Extract(BalanceSheet(separator));

        Assert.Equal(1_170_000_000m, result.Value("CashAndCashEquivalentsAtCarryingValue", "2031-12-31"));
        Assert.Equal(1_400_000_000m, result.Value("Assets", "2031-12-31"));
    }

    [Fact]
    public void Ordinary_space_digit_groups_are_still_read()
    {
        var result = Extract(BalanceSheet(" "));

        Assert.Equal(1_170_000_000m, result.Value("CashAndCashEquivalentsAtCarryingValue", "2031-12-31"));
    }

    private static string IncomeThenBalanceSheet(string basic, string diluted) =>
        Opening +
        "            CONSOLIDATED STATEMENTS OF INCOME\n" +
        "        (in thousands, except per share amounts)\n\n" +
        "                                              Year Ended December 31,\n" +
        "                                                 2031            2030\n" +
        "Revenue                                        500,000         450,000\n" +
        "Operating expenses                             440,000         400,000\n" +
        "Net income                                      60,000          50,000\n" +
        "Earnings per share\n" +
        $"  Basic                                         {basic}\n" +
        $"  Diluted                                       {diluted}\n\n" +
        "                  LARKSPUR OPTICS INC.\n" +
        "              CONSOLIDATED BALANCE SHEETS\n" +
        "                     (in thousands)\n\n" +
        "                                             December 31,    December 31,\n" +
        "                                                 2031            2030\n" +
        "Cash and cash equivalents                      170,000         130,000\n" +
        "Total assets                                   400,000         330,000\n";

    [Fact]
    public void Decimal_comma_rows_at_a_statements_end_stay_in_it_and_raise_the_finding()
    {
        var result = Extract(IncomeThenBalanceSheet("  0,60            0,50", "  0,59            0,49"));

        var finding = Assert.Single(result.Findings, f => f.RuleId == Findings.UncertainValue && f.Message.Contains("decimal comma", StringComparison.Ordinal));
        Assert.Contains("4 figures", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "EarningsPerShareBasic");
        Assert.Equal(60_000_000m, result.Value("NetIncomeLoss", "2031-01-01/2031-12-31"));
    }

    [Fact]
    public void Decimal_point_rows_at_a_statements_end_are_read()
    {
        var result = Extract(IncomeThenBalanceSheet("  0.60            0.50", "  0.59            0.49"));

        Assert.Equal(0.60m, result.Value("EarningsPerShareBasic", "2031-01-01/2031-12-31"));
        Assert.DoesNotContain(result.Findings, f => f.Message.Contains("decimal comma", StringComparison.Ordinal));
    }

    private static string OtherIncomeRows(string first, string second) =>
        Opening +
        "            CONSOLIDATED STATEMENTS OF OPERATIONS\n" +
        "                       (in thousands)\n\n" +
        "                                                   Year Ended December 31,\n" +
        "                                                    2031            2030\n" +
        "Net sales                                         150,000         140,000\n" +
        "Cost of sales                                      90,000          86,000\n" +
        "Gross profit                                       60,000          54,000\n" +
        "Selling, general and administrative expenses       35,000          33,000\n" +
        "Operating income                                   25,000          21,000\n" +
        first +
        second +
        "Income before income taxes                          5,000          20,000\n" +
        "Provision for income taxes                          1,000           4,000\n" +
        "Net income                                          4,000          16,000\n";

    [Fact]
    public void A_parenthesis_closed_on_the_line_below_is_a_negative_amount()
    {
        var result = Extract(OtherIncomeRows(
            "Other income (expense), net                       (20,000          (1,000\n",
            "                                                        )               )\n"));

        Assert.Equal(-20_000_000m, result.Value("NonoperatingIncomeExpense", "2031-01-01/2031-12-31"));
        Assert.Equal(-1_000_000m, result.Value("NonoperatingIncomeExpense", "2030-01-01/2030-12-31"));
    }

    [Fact]
    public void A_parenthesis_never_closed_is_a_lost_value_with_a_finding_never_a_positive_amount()
    {
        var result = Extract(OtherIncomeRows(
            "Other income (expense), net                       (20,000          (1,000\n",
            ""));

        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "NonoperatingIncomeExpense");
        Assert.Contains(result.Findings, f => f.RuleId == Findings.LostValue && f.Concept?.LocalName == "NonoperatingIncomeExpense");
    }

    [Fact]
    public void Closing_parentheses_that_do_not_match_the_open_amounts_close_none()
    {
        var result = Extract(OtherIncomeRows(
            "Other income (expense), net                       (20,000          (1,000\n",
            "                                                        )\n"));

        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "NonoperatingIncomeExpense" && f.NumericValue > 0);
        Assert.Null(result.Value("NonoperatingIncomeExpense", "2030-01-01/2030-12-31"));
    }

    [Fact]
    public void A_closed_amount_on_one_line_is_read_as_before()
    {
        var result = Extract(OtherIncomeRows(
            "Other income (expense), net                       (20,000)         (1,000)\n",
            ""));

        Assert.Equal(-20_000_000m, result.Value("NonoperatingIncomeExpense", "2031-01-01/2031-12-31"));
    }

    [Theory]
    [InlineData("CONSOLIDATED STATEMENT OF PROFIT OR LOSS")]
    [InlineData("STANDALONE STATEMENT OF PROFIT AND LOSS")]
    [InlineData("CONSOLIDATED INCOME STATEMENT")]
    public void IFRS_titles_name_the_income_statement(string title)
    {
        var result = Extract(Opening +
            $"            {title}\n" +
            "                       (in thousands)\n\n" +
            "                                                   Year Ended December 31,\n" +
            "                                                    2031            2030\n" +
            "Revenue                                           500,000         450,000\n" +
            "Cost of sales                                    (300,000)       (280,000)\n" +
            "Gross profit                                      200,000         170,000\n");

        Assert.Equal(500_000_000m, result.Value("Revenues", "2031-01-01/2031-12-31"));
        Assert.Equal(200_000_000m, result.Value("GrossProfit", "2031-01-01/2031-12-31"));
    }

    // IFRS wording of line items: "Administrative expenses" printed by their effect, "Profit for the year" (profit
    // including any non-controlling interests, as IFRS reports it).
    [Theory]
    [InlineData("Profit for the year")]
    [InlineData("Profit (loss) for the period")]
    public void IFRS_line_item_wording_reads_as_the_taxonomys_items(string profitLabel)
    {
        var result = Extract(Opening +
            "            CONSOLIDATED STATEMENT OF PROFIT OR LOSS\n" +
            "                       (in thousands)\n\n" +
            "                                                   Year Ended December 31,\n" +
            "                                                    2031            2030\n" +
            "Revenue                                           500,000         450,000\n" +
            "Cost of sales                                    (300,000)       (280,000)\n" +
            "Gross profit                                      200,000         170,000\n" +
            "Administrative expenses                          (120,000)       (110,000)\n" +
            "Operating profit                                   80,000          60,000\n" +
            "Income tax expense                                (20,000)        (15,000)\n" +
            $"{profitLabel,-48} 60,000          45,000\n");

        Assert.Equal(120_000_000m, result.Value("GeneralAndAdministrativeExpense", "2031-01-01/2031-12-31"));
        Assert.Equal(60_000_000m, result.Value("ProfitLoss", "2031-01-01/2031-12-31"));
        Assert.Equal(45_000_000m, result.Value("ProfitLoss", "2030-01-01/2030-12-31"));
    }

    private static string BalanceSheetThen(string title) =>
        Opening +
        "                   CONSOLIDATED BALANCE SHEETS\n" +
        "                         (in thousands)\n\n" +
        "                                                   December 31,\n" +
        "                                                2031            2030\n" +
        "Cash and cash equivalents                    $ 170,000       $ 130,000\n" +
        "Accounts receivable, net                       230,000         200,000\n" +
        "Total assets                                 $ 400,000       $ 330,000\n" +
        "Accounts payable                             $  30,000       $      --\n" +
        "Total stockholders' equity                     370,000         330,000\n" +
        "Total liabilities and stockholders' equity   $ 400,000       $ 330,000\n\n" +
        $"                   {title}\n\n" +
        "Balance at beginning of year                   330,000         291,000\n" +
        "Net income                                      60,000          45,000\n" +
        "Dividends                                      (15,000)        (10,000)\n" +
        "Total stockholders' equity, end of year        370,000         330,000\n";

    [Theory]
    [InlineData("CONSOLIDATED STATEMENTS OF EQUITY")]
    [InlineData("STATEMENTS OF CHANGES IN MEMBERS' EQUITY")]
    public void An_equity_statement_ends_the_balance_sheet_and_its_rows_are_no_balances(string title)
    {
        var result = Extract(BalanceSheetThen(title));

        Assert.Equal(370_000_000m, result.Value("StockholdersEquity", "2031-12-31"));
        // The roll-forward's rows are movements over the year, not balances at its end.
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName is "NetIncome" or "Dividends" or "TotalStockholdersEquityEndOfYear");
        // Five balance sheet lines at both year-ends and the accounts payable of 2031 (nil in 2030): nothing more at either date.
        Assert.Equal(11, result.Report.Facts.Count(f => f.Period.IsInstant));
    }

    private static string Combined(string taxRow) =>
        Opening +
        "     CONSOLIDATED STATEMENTS OF OPERATIONS AND COMPREHENSIVE INCOME\n" +
        "                (in thousands, except per share amounts)\n\n" +
        "                                                    Year Ended December 31,\n" +
        "                                                    2031            2030\n" +
        "Net sales                                         250,000         230,000\n" +
        "Cost of sales                                     150,000         140,000\n" +
        "Gross profit                                      100,000          90,000\n" +
        "Selling, general and administrative                60,000          55,000\n" +
        "Income before income taxes                         40,000          35,000\n" +
        "Income tax expense                                  8,000           7,000\n" +
        "Net income                                         32,000          28,000\n" +
        "Other comprehensive income (loss), net of tax:\n" +
        "  Foreign currency translation adjustments         (3,000)          2,000\n" +
        "  Unrealized gain on investments                      800             500\n" +
        taxRow +
        "Other comprehensive income (loss)                  (2,500)          2,300\n" +
        "Comprehensive income                               29,500          30,300\n" +
        "Net income per share:\n" +
        "  Basic                                         $    0.64       $    0.56\n" +
        "  Diluted                                       $    0.63       $    0.55\n";

    [Fact]
    public void A_tax_line_in_the_comprehensive_income_section_is_not_the_income_tax()
    {
        var result = Extract(Combined("  Income tax expense                                  (300)           (200)\n"));

        Assert.Equal(8_000_000m, result.Value("IncomeTaxExpenseBenefit", "2031-01-01/2031-12-31"));
        Assert.Equal(7_000_000m, result.Value("IncomeTaxExpenseBenefit", "2030-01-01/2030-12-31"));
        Assert.Contains(result.Findings, f => f.Message.Contains("comprehensive income section", StringComparison.Ordinal));
    }

    [Fact]
    public void The_income_statement_of_a_combined_statement_and_its_per_share_lines_are_read()
    {
        var result = Extract(Combined(""));

        Assert.Equal(8_000_000m, result.Value("IncomeTaxExpenseBenefit", "2031-01-01/2031-12-31"));
        Assert.Equal(32_000_000m, result.Value("NetIncomeLoss", "2031-01-01/2031-12-31"));
        Assert.Equal(0.64m, result.Value("EarningsPerShareBasic", "2031-01-01/2031-12-31"));
        Assert.DoesNotContain(result.Findings, f => f.Message.Contains("comprehensive income section", StringComparison.Ordinal));
    }

    private static string IncomeThenCashFlow(string pageCaption, string ownCaption, string cashFlowNetIncome) =>
        Opening +
        pageCaption +
        "                   CONSOLIDATED STATEMENTS OF OPERATIONS\n" +
        ownCaption + "\n" +
        "                                                    Year Ended December 31,\n" +
        "                                                     2031            2030\n" +
        "Revenues                                           $   12.4        $   11.8\n" +
        "Cost of products sold                                   9.9             9.5\n" +
        "Gross profit                                            2.5             2.3\n" +
        "Income tax expense                                      0.3             0.3\n" +
        "Net income                                         $    2.2        $    2.0\n\n" +
        "                   CONSOLIDATED STATEMENTS OF CASH FLOWS\n\n" +
        "                                                    Year Ended December 31,\n" +
        "                                                     2031            2030\n" +
        cashFlowNetIncome +
        "Net cash provided by operating activities          $  1,850        $  1,720\n" +
        "Net cash used in investing activities                  (640)           (590)\n";

    [Fact]
    public void A_carried_scale_that_a_shared_line_item_refutes_withholds_the_statements_amounts()
    {
        var result = Extract(IncomeThenCashFlow("", "                              (in billions)\n", "Net income                                         $  2,200        $  2,000\n"));

        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "NetCashProvidedByUsedInOperatingActivities");
        Assert.Contains(result.Findings, f => f.RuleId == Findings.ScaleMissing && f.Message.Contains("disagree", StringComparison.Ordinal));
        Assert.Equal(2_200_000_000m, result.Value("NetIncomeLoss", "2031-01-01/2031-12-31"));
    }

    [Fact]
    public void A_carried_scale_nothing_confirms_is_a_finding()
    {
        var result = Extract(IncomeThenCashFlow("", "                              (in billions)\n", ""));

        Assert.Contains(result.Findings, f => f.RuleId == Findings.ScaleMissing && f.Severity == Taxonomy.Validation.Severity.Warning
            && f.Message.Contains("no line item both report confirms it", StringComparison.Ordinal));
    }

    [Fact]
    public void A_carried_scale_a_shared_line_item_confirms_raises_no_finding()
    {
        var result = Extract(IncomeThenCashFlow("", "                              (in billions)\n", "Net income                                         $    2.2        $    2.0\n"));

        Assert.Equal(1_850_000_000_000m, result.Value("NetCashProvidedByUsedInOperatingActivities", "2031-01-01/2031-12-31"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == Findings.ScaleMissing);
    }

    [Fact]
    public void A_scale_stated_above_the_first_title_is_the_pages_and_is_carried_without_a_finding()
    {
        var result = Extract(IncomeThenCashFlow("              SELECTED FINANCIAL INFORMATION (in billions)\n", "", ""));

        Assert.Equal(1_850_000_000_000m, result.Value("NetCashProvidedByUsedInOperatingActivities", "2031-01-01/2031-12-31"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == Findings.ScaleMissing);
    }

    private static string HeadedStatement(string heading, string perShareLabel = "Basic earnings per share") =>
        "SANTIAGO, April 28, 2032 -- Cordillera Mills S.A. (NYSE: CDML) today reported results for the quarter ended March 31, 2032.\n\n" +
        "                CONSOLIDATED STATEMENTS OF INCOME\n" +
        $"                {heading}\n\n" +
        "                                   Three Months Ended March 31,\n" +
        "                                 2032          2031\n" +
        "Revenue                         120,000       100,000\n" +
        "Cost of sales                    70,000        60,000\n" +
        "Gross profit                     50,000        40,000\n" +
        $"{perShareLabel,-30}     12.5          10.1\n";

    [Theory]
    [InlineData("(EUR millions)", "EUR")]
    [InlineData("Amounts in: USD millions", "USD")]
    [InlineData("(£ millions)", "GBP")]
    public void A_currency_code_or_sign_before_the_scale_word_states_the_scale(string heading, string currency)
    {
        var result = Extract(HeadedStatement(heading));

        var revenue = Assert.Single(result.Report.Facts, f => f.Concept.LocalName == "Revenues" && f.Period == Period.Parse("2032-01-01/2032-03-31"));
        Assert.Equal(120_000_000_000m, revenue.NumericValue);
        Assert.Equal(Unit.Currency(currency), revenue.Unit);
    }

    [Theory]
    [InlineData("(CLP millions)")]
    [InlineData("Amounts in: CLP thousands")]
    [InlineData("(in millions of CLP)")]
    [InlineData("In millions of CLP")]
    [InlineData("(in CLP)")]
    [InlineData("( IN CLP )")]
    [InlineData("(CLP m)")]
    [InlineData("(CLP mn)")]
    [InlineData("(CLP in bn)")]
    [InlineData("(CLP '000)")]
    [InlineData("(CLP 000s)")]
    [InlineData("(IN THOUSANDS OF CLP)")]
    [InlineData("(THOUSANDS OF CLP)")]
    [InlineData("IN MILLIONS OF CLP")]
    public void A_currency_code_the_reader_does_not_know_withholds_the_amounts_with_a_finding(string heading)
    {
        var result = Extract(HeadedStatement(heading));

        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "Revenues");
        Assert.Contains(result.Findings, f => f.RuleId == Findings.CurrencyUndecided);
    }

    [Theory]
    [InlineData("(IN THOUSANDS OF DOLLARS)")]
    [InlineData("(THOUSANDS OF DOLLARS, EXCEPT PER SHARE)")]
    public void A_heading_in_capitals_with_of_and_a_longer_word_names_no_currency_code(string heading)
    {
        var result = Extract(HeadedStatement(heading));

        Assert.Equal(120_000_000m, result.Value("Revenues", "2032-01-01/2032-03-31"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == Findings.CurrencyUndecided);
    }

    [Fact]
    public void A_heading_in_capitals_names_no_currency_code()
    {
        var result = Extract(HeadedStatement("(ALL AMOUNTS IN MILLIONS)"));

        Assert.Equal(120_000_000_000m, result.Value("Revenues", "2032-01-01/2032-03-31"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == Findings.CurrencyUndecided);
    }

    [Theory]
    [InlineData("(in thousands of euros)")]
    [InlineData("(in thousands)")]
    public void Pence_in_a_table_of_another_currency_are_withheld_with_a_finding(string heading)
    {
        var result = Extract(HeadedStatement(heading, "Basic earnings per share (pence)"));

        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "EarningsPerShareBasic");
        Assert.Contains(result.Findings, f => f.RuleId == Findings.CurrencyUndecided && f.Message.Contains("pence", StringComparison.Ordinal));
    }

    [Fact]
    public void Pence_in_a_sterling_table_are_hundredths_of_the_pound()
    {
        var result = Extract(HeadedStatement("(in thousands of pounds sterling)", "Basic earnings per share (pence)"));

        var eps = Assert.Single(result.Report.Facts, f => f.Concept.LocalName == "EarningsPerShareBasic" && f.Period == Period.Parse("2032-01-01/2032-03-31"));
        Assert.Equal(0.125m, eps.NumericValue);
        Assert.Equal(Unit.PerShare("GBP"), eps.Unit);
    }

    private static string ParentNamed(string parentLabel) =>
        Opening +
        "            CONSOLIDATED STATEMENTS OF OPERATIONS\n" +
        "                (in thousands, except per share amounts)\n\n" +
        "                                                    Year Ended December 31,\n" +
        "                                                    2031            2030\n" +
        "Net sales                                         250,000         230,000\n" +
        "Cost of sales                                     150,000         140,000\n" +
        "Income before income taxes                        100,000          90,000\n" +
        "Income tax expense                                 73,000          67,000\n" +
        "Net income                                         27,000          23,000\n" +
        "Less: net income attributable to noncontrolling     1,000           1,000\n" +
        "  interests\n" +
        $"{parentLabel,-44}      26,000          22,000\n" +
        "Basic earnings per share                       $    0.52       $    0.44\n" +
        "Weighted average shares outstanding, basic        50,000          50,000\n";

    [Fact]
    public void The_parents_share_printed_under_the_registrants_name_is_net_income_and_the_amount_above_it_the_consolidated_one()
    {
        var result = Extract(ParentNamed("Net income attributable to Larkspur Optics"));

        Assert.Equal(26_000_000m, result.Value("NetIncomeLoss", "2031-01-01/2031-12-31"));
        Assert.Equal(27_000_000m, result.Value("ProfitLoss", "2031-01-01/2031-12-31"));
    }

    [Fact]
    public void The_parents_share_under_a_label_the_taxonomy_knows_is_read_as_before()
    {
        var result = Extract(ParentNamed("Net income attributable to the company"));

        Assert.Equal(26_000_000m, result.Value("NetIncomeLoss", "2031-01-01/2031-12-31"));
        Assert.Equal(27_000_000m, result.Value("ProfitLoss", "2031-01-01/2031-12-31"));
    }
}
