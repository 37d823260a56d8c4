using Taxonomy.Extraction.Facts;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A statement whose title is found but under which no row of figures is read (a paragraph in its place, rows printed
/// only as labels) is lost whole: a warning names it, unless another table of its kind was read. Fictional company and
/// figures: the balance sheet foots in both columns.
/// </summary>
public class UnreadStatementTests
{
    private const string Opening =
        "Harlow Ridge Foods, Inc. Reports Full Year 2031 Results\n\n"
        + "Harlow Ridge Foods, Inc. today reported results for the year ended December 31, 2031.\n\n";

    private const string BalanceSheet =
        "CONDENSED CONSOLIDATED BALANCE SHEETS\n"
        + "(in thousands)\n"
        + "                                          December 31,   December 31,\n"
        + "                                              2031           2030\n"
        + "Cash and cash equivalents                 $  9,100       $  7,400\n"
        + "Accounts receivable                          6,200          5,800\n"
        + "Total current assets                        15,300         13,200\n"
        + "Property and equipment, net                 11,700         12,100\n"
        + "Total assets                              $ 27,000       $ 25,300\n"
        + "Accounts payable                          $  4,500       $  4,200\n"
        + "Total liabilities                            4,500          4,200\n"
        + "Total stockholders' equity                  22,500         21,100\n"
        + "Total liabilities and stockholders' equity $ 27,000      $ 25,300\n";

    private const string IncomeStatement =
        "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n"
        + "(in thousands)\n"
        + "                                          Year Ended December 31,\n"
        + "                                              2031           2030\n"
        + "Net sales                                 $ 84,200       $ 79,600\n"
        + "Cost of sales                                61,300         58,900\n"
        + "Gross profit                                 22,900         20,700\n"
        + "Net income                                $  1,400       $  1,300\n\n";

    private const string Missing =
        "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n\n"
        + "The statements of operations for the periods presented are posted on the company's investor relations website and are part of this release.\n\n";

    private static ExtractionResult Extract(string text) => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "harlow.txt" });

    [Fact]
    public void A_title_with_no_rows_under_it_is_reported()
    {
        var result = Extract(Opening + Missing + BalanceSheet);
        var finding = Assert.Single(result.Findings, f => f.RuleId == Findings.UnreadStatement);
        Assert.Equal(Taxonomy.Validation.Severity.Warning, finding.Severity);
        Assert.Contains("'CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS' was found but no rows were read", finding.Message, StringComparison.Ordinal);
        // Control: the statement below is read as before.
        Assert.Equal(27_000_000m, result.Value("Assets", "2031-12-31"));
    }

    [Fact]
    public void A_title_over_rows_of_labels_only_is_reported()
    {
        string labelsOnly = "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n"
            + "(in thousands)\n"
            + "                                          Year Ended December 31,\n"
            + "                                              2031           2030\n"
            + "Net sales                                 *              *\n"
            + "Cost of sales                             *              *\n\n";
        var result = Extract(Opening + labelsOnly + BalanceSheet);
        Assert.Contains(result.Findings, f => f.RuleId == Findings.UnreadStatement && f.Message.Contains("STATEMENTS OF OPERATIONS", StringComparison.Ordinal));
    }

    [Fact]
    public void A_statement_read_elsewhere_is_not_reported_as_lost()
    {
        // Control: the same title printed once more over the statement's figures.
        var result = Extract(Opening + Missing + IncomeStatement + BalanceSheet);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == Findings.UnreadStatement);
        Assert.Equal(84_200_000m, result.Value("SalesRevenueNet", "2031-01-01/2031-12-31"));
    }

    [Fact]
    public void Statements_read_whole_get_no_such_finding()
    {
        var result = Extract(Opening + IncomeStatement + BalanceSheet);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == Findings.UnreadStatement);
    }
}
