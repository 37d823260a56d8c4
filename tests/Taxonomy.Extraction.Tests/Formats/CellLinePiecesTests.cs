using Taxonomy.Concepts;
using Taxonomy.Extraction.Formats;
using Taxonomy.Extraction.Tests.Support;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Tests.Formats;

/// <summary>
/// A cash-flow statement read cell by cell (a fictional company, Quillfeather Kayak Co.) whose PDF text prints some values in
/// pieces: a parenthesis on a line of its own, and two values side by side on one line.
/// </summary>
public sealed class CellLinePiecesTests
{
    private static List<string> Lines(string text) => MarkdownText.Convert(text).Lines.Where(l => l.Length > 0).ToList();

    private static ExtractionResult Extract(string text) =>
        FilingExtractor.Extract(text, new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "quillfeather.md" });

    // Operating 4,200 + 1,100 − 700 − 300 = 4,300 (3,600 + 1,000 − 450 + 250 = 4,400); 4,300 − 1,500 − 800 = 2,000
    // (4,400 − 1,200 − 700 = 2,500); cash 6,000 + 2,000 = 8,000 (3,000 + 2,500 = 5,500).
    private const string CashFlows = """
        QUILLFEATHER KAYAK CO.
        CONDENSED CONSOLIDATED STATEMENTS OF CASH FLOWS
        (In thousands; unaudited)

        Six Months Ended June 30,
        2031
        2030

        Cash flows from operating activities:
        Net income
        $
        4,200
        $
        3,600
        Depreciation and amortization
        1,100 1,000
        Accounts receivable
        (
        700)
        (
        450)
        Inventories
        (300
        )
        250
        Net cash provided by operating activities
        4,300
        4,400
        Cash flows from investing activities:
        Purchases of property and equipment
        (
        1,500
        )
        (
        1,200
        )
        Net cash used in investing activities
        (1,500)
        (1,200)
        Cash flows from financing activities:
        Dividends paid
        (800) (700)
        Net cash used in financing activities
        (800)
        (700)
        Net increase in cash and cash equivalents
        2,000
        2,500
        Cash and cash equivalents at beginning of period
        6,000
        3,000
        Cash and cash equivalents at end of period
        $
        8,000
        $
        5,500
        """;

    [Fact]
    public void A_parenthesis_on_a_line_of_its_own_goes_back_to_its_number()
    {
        var lines = Lines(CashFlows);

        Assert.Contains("Accounts receivable\t(700)\t(450)", lines);
        Assert.Contains("Inventories\t(300)\t250", lines);
        Assert.Contains("Purchases of property and equipment\t(1,500)\t(1,200)", lines);
        // Control: whole values and dollar signs on lines of their own read as before.
        Assert.Contains("Net cash used in investing activities\t(1,500)\t(1,200)", lines);
        Assert.Contains("Cash and cash equivalents at end of period\t$ 8,000\t$ 5,500", lines);
    }

    [Fact]
    public void Values_side_by_side_on_one_line_are_values_of_the_run()
    {
        var lines = Lines(CashFlows);

        Assert.Contains("Depreciation and amortization\t1,100\t1,000", lines);
        Assert.Contains("Dividends paid\t(800)\t(700)", lines);
        // Control: the years of the column header stay together, no row's values.
        Assert.DoesNotContain(lines, l => l.Contains("\t2031", StringComparison.Ordinal));
    }

    [Fact]
    public void The_cash_flow_statement_gives_the_printed_figures()
    {
        var result = Extract(CashFlows);

        Assert.Equal(1_100_000m, result.Value("DepreciationDepletionAndAmortization", "2031-01-01/2031-06-30"));
        Assert.Equal(1_000_000m, result.Value("DepreciationDepletionAndAmortization", "2030-01-01/2030-06-30"));
        Assert.Equal(700_000m, result.Value("IncreaseDecreaseInAccountsReceivable", "2031-01-01/2031-06-30"));
        Assert.Equal(300_000m, result.Value("IncreaseDecreaseInInventories", "2031-01-01/2031-06-30"));
        Assert.Equal(-250_000m, result.Value("IncreaseDecreaseInInventories", "2030-01-01/2030-06-30"));
        Assert.Equal(1_500_000m, result.Value("PaymentsToAcquirePropertyPlantAndEquipment", "2031-01-01/2031-06-30"));
        Assert.Equal(700_000m, result.Value("PaymentsOfDividends", "2030-01-01/2030-06-30"));
        Assert.Equal(4_300_000m, result.Value("NetCashProvidedByUsedInOperatingActivities", "2031-01-01/2031-06-30"));
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Error);
    }

    [Fact]
    public void A_subtotal_printed_after_a_whole_row_stays_a_row_of_its_own()
    {
        // A table read row by row (label and values on one line) after the one read cell by cell: its label-less subtotal's
        // values are not taken apart.
        var lines = Lines(CashFlows + "\n\nPROPERTY AND EQUIPMENT\n(In thousands)\nJune 30, 2031 December 31, 2030\n" +
            "Land 1,000 1,000\nBuildings 4,000 3,500\nLess accumulated depreciation (1,500) (1,200)\n3,500 3,300\n" +
            "Goodwill 900 900\n");

        Assert.Contains("Less accumulated depreciation\t(1,500)\t(1,200)", lines);
        Assert.Contains("3,500\t3,300", lines);
    }
}
