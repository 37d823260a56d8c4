using Taxonomy.Extraction.Facts;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// Tables of figures printed outside the statements read (a segment schedule, a non-GAAP reconciliation, a table of
/// operating metrics) are named in an info finding each, so that no table is left unread silently. Controls: the statement
/// itself, a lone line of figures, running text with amounts and a row label wrapped over two lines (which is no title).
/// Fictional company, figures that foot.
/// </summary>
public class UnreadTablesTests
{
    private static string Line(string label, params string[] values) => label.PadRight(40) + string.Concat(values.Select(v => v.PadLeft(12))) + "\n";

    private static readonly string Header = new string(' ', 40) + "Three Months Ended June 30,".PadLeft(24) + "\n" + new string(' ', 40) + "2031".PadLeft(12) + "2030".PadLeft(12) + "\n";

    private static readonly string Statement =
        "Larchmont Signal Corp. today reported results for the quarter ended June 30, 2031. Revenue was $60.0 million.\n\n"
        + "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n(in thousands)\n\n" + Header
        + Line("Revenue", "$ 60,000", "$ 52,000") + Line("Cost of revenue", "36,000", "32,000") + Line("Gross profit", "24,000", "20,000")
        + Line("Operating expenses", "15,000", "14,000") + Line("Operating income", "9,000", "6,000")
        + Line("Income tax expense", "2,000", "1,300") + Line("Net income", "$ 7,000", "$ 4,700") + "\n";

    private static ExtractionResult Extract(string text) => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "larchmont.txt" });

    private static List<string> UnreadTables(ExtractionResult result) =>
        result.Findings.Where(f => f.RuleId == Findings.UnreadTable).Select(f => f.Message).ToList();

    [Fact]
    public void A_segment_schedule_and_a_reconciliation_below_the_statement_are_named_with_why()
    {
        var result = Extract(Statement
            + "The company's two segments performed as follows.\n\n"
            + "SEGMENT RESULTS\n(in thousands)\n\n" + Header
            + Line("Signals", "$ 38,000", "$ 33,000") + Line("Rail controls", "22,000", "19,000") + Line("Total revenue", "$ 60,000", "$ 52,000") + "\n"
            + "The non-GAAP measure below adds back share-based compensation.\n\n"
            + "RECONCILIATION OF OPERATING INCOME TO ADJUSTED OPERATING INCOME\n(in thousands)\n\n" + Header
            + Line("Operating income", "$ 9,000", "$ 6,000") + Line("Share-based compensation", "1,200", "1,000") + Line("Adjusted operating income", "$ 10,200", "$ 7,000"));

        var unread = UnreadTables(result);
        Assert.Equal(2, unread.Count);
        Assert.Contains("'SEGMENT RESULTS'", unread[0], StringComparison.Ordinal);
        Assert.Contains("3 rows of figures", unread[0], StringComparison.Ordinal);
        Assert.Contains("segment figures", unread[0], StringComparison.Ordinal);
        Assert.Contains("'RECONCILIATION OF OPERATING INCOME TO ADJUSTED OPERATING INCOME'", unread[1], StringComparison.Ordinal);
        Assert.Contains("non-GAAP reconciliation", unread[1], StringComparison.Ordinal);
        Assert.All(result.Findings.Where(f => f.RuleId == Findings.UnreadTable), f => Assert.Equal(Severity.Info, f.Severity));
        // The statement's own figures are read and not named.
        Assert.Contains(result.Report.Facts, f => f.Concept.LocalName == "NetIncomeLoss" && f.NumericValue == 7_000_000m);
    }

    [Fact]
    public void A_table_of_metrics_under_a_title_of_its_own_is_a_schedule_and_a_wrapped_row_label_is_no_title()
    {
        var result = Extract(Statement
            + "Key operating metrics for the quarter follow.\n\n"
            + "OPERATING METRICS\n\n" + Header
            + "Average revenue per installation and\n" + Line("  service visit, in dollars", "145,600", "136,800")
            + Line("Signal installations completed", "412", "380"));

        var message = Assert.Single(UnreadTables(result));
        Assert.Contains("'OPERATING METRICS'", message, StringComparison.Ordinal);
        Assert.Contains("2 rows of figures", message, StringComparison.Ordinal);
        Assert.Contains("schedule or supplemental table", message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_statement_alone_a_lone_line_of_figures_and_prose_amounts_name_no_table()
    {
        var result = Extract(Statement
            + "Backlog at quarter end was $84.0 million, compared with $71.5 million a year earlier, and orders rose 12%.\n\n"
            + Line("Employees at quarter end", "1,240", "1,180"));

        Assert.Empty(UnreadTables(result));
    }
}
