using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A quarter's release whose cash-flow statement is headed only by years: its columns are dated from the narrative's
/// quarter, unless a line the income statement prints under a stated header (net income) contradicts that. Fictional
/// company and figures; every statement foots.
/// </summary>
public class RefutedColumnPeriodTests
{
    private const string IncomeStatement = """
        Corvane Robotics, Inc. today reported results for its third quarter ended September 30, 2031.

                                   CORVANE ROBOTICS, INC.
                      CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS
                                       (in thousands)

                                             Three Months Ended        Nine Months Ended
                                                September 30,            September 30,
                                              2031        2030         2031        2030
        Revenue                             $ 53,600    $ 47,000     $154,500    $132,500
        Cost of revenue                       27,400      24,700       80,000      70,200
        Gross profit                          26,200      22,300       74,500      62,300
        Operating expenses                    20,600      18,900       60,600      55,400
        Income from operations                 5,600       3,400       13,900       6,900
        Provision for income taxes             1,500       1,250        4,100       3,100
        Net income                          $  4,100    $  2,150     $  9,800    $  3,800

        """;

    private const string CashFlows = """
                                   CORVANE ROBOTICS, INC.
                      CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS
                                       (in thousands)

                                                              2031        2030
        Operating activities:
        Net income                                          $  9,800    $  3,800
        Depreciation and amortization                          4,200       3,900
        Net cash provided by operating activities             14,000       7,700
        Investing activities:
        Purchases of property and equipment                   (5,800)     (4,700)
        Net cash used in investing activities                 (5,800)     (4,700)
        Net increase in cash and cash equivalents              8,200       3,000
        Cash and cash equivalents at beginning of period      24,800      19,500
        Cash and cash equivalents at end of period          $ 33,000    $ 22,500
        """;

    private static ExtractionResult Extract(string text) => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "corvane.txt" });

    [Fact]
    public void Columns_headed_only_by_years_are_read_for_the_period_their_lines_agree_with()
    {
        var result = Extract(IncomeStatement + CashFlows);
        // The income statement's quarter is kept (a contradiction used to withhold both printings of net income).
        Assert.Equal(4_100_000m, result.Value("NetIncomeLoss", "2031-07-01/2031-09-30"));
        Assert.Equal(2_150_000m, result.Value("NetIncomeLoss", "2030-07-01/2030-09-30"));
        Assert.Equal(9_800_000m, result.Value("NetIncomeLoss", "2031-01-01/2031-09-30"));
        // The cash flows are the nine months their net income agrees with, opening balances included.
        Assert.Equal(14_000_000m, result.Value("NetCashProvidedByUsedInOperatingActivities", "2031-01-01/2031-09-30"));
        Assert.Equal(7_700_000m, result.Value("NetCashProvidedByUsedInOperatingActivities", "2030-01-01/2030-09-30"));
        Assert.Equal(24_800_000m, result.Value("CashAndCashEquivalentsAtCarryingValue", "2030-12-31"));
        Assert.Equal(22_500_000m, result.Value("CashAndCashEquivalentsAtCarryingValue", "2030-09-30"));
        Assert.Null(result.Value("NetCashProvidedByUsedInOperatingActivities", "2031-07-01/2031-09-30"));
        Assert.Null(result.Value("CashAndCashEquivalentsAtCarryingValue", "2031-06-30"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "extract.duplicate-conflict");
        Assert.Equal(2, result.Findings.Count(f => f.RuleId == "extract.header-inferred-refuted" && f.Severity == Taxonomy.Validation.Severity.Info));
    }

    [Fact]
    public void Columns_no_period_agrees_with_are_not_reported()
    {
        // Net income in the cash flows is neither the income statement's quarter nor its nine months.
        string other = CashFlows.Replace("$  9,800    $  3,800", "$  9,700    $  3,700", StringComparison.Ordinal)
            .Replace("4,200       3,900", "4,300       4,000", StringComparison.Ordinal);
        Assert.NotEqual(CashFlows, other);
        var result = Extract(IncomeStatement + other);
        Assert.Equal(4_100_000m, result.Value("NetIncomeLoss", "2031-07-01/2031-09-30"));
        Assert.Equal(2_150_000m, result.Value("NetIncomeLoss", "2030-07-01/2030-09-30"));
        Assert.Equal(9_800_000m, result.Value("NetIncomeLoss", "2031-01-01/2031-09-30"));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName is "NetCashProvidedByUsedInOperatingActivities" or "DepreciationDepletionAndAmortization");
        Assert.Equal(2, result.Findings.Count(f => f.RuleId == "extract.header-inferred-refuted" && f.Severity == Taxonomy.Validation.Severity.Warning));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "extract.duplicate-conflict");
    }

    [Fact]
    public void Columns_whose_lines_agree_with_the_inferred_period_keep_it()
    {
        // A cash-flow statement of the quarter itself: its net income is the income statement's quarter.
        string quarter = CashFlows.Replace("$  9,800    $  3,800", "$  4,100    $  2,150", StringComparison.Ordinal)
            .Replace("4,200       3,900", "9,900       5,550", StringComparison.Ordinal);
        Assert.NotEqual(CashFlows, quarter);
        var result = Extract(IncomeStatement + quarter);
        Assert.Equal(14_000_000m, result.Value("NetCashProvidedByUsedInOperatingActivities", "2031-07-01/2031-09-30"));
        Assert.Equal(7_700_000m, result.Value("NetCashProvidedByUsedInOperatingActivities", "2030-07-01/2030-09-30"));
        Assert.Contains(result.Findings, f => f.RuleId == "extract.header-inferred");
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "extract.header-inferred-refuted");
    }
}
