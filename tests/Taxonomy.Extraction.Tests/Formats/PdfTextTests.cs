using Taxonomy.Concepts;
using Taxonomy.Extraction.Formats;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests.Formats;

/// <summary>
/// A release as PDF text extraction prints it without markdown (a fictional company, Marlowe Lantern Works, Inc.): rows of
/// figures separated by single spaces, column titles side by side on one line, footnote markers between a label and its
/// values. Read as PDF text, it gives the figures the statements print.
/// </summary>
public sealed class PdfTextTests
{
    private static List<string> Lines(string text) => MarkdownText.Convert(text).Lines.ToList();

    private static ExtractionResult Extract(string text) =>
        FilingExtractor.Extract(text, new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "marlowe.txt" });

    // Gross profit 12,400 − 7,400 = 5,000 (11,000 − 6,600 = 4,400; 36,000 − 21,600 = 14,400; 33,000 − 19,800 = 13,200);
    // operating income less SG&A, net income less tax; assets 8,000 + 0 + 4,000 = 12,000 (5,500 + 1,000 + 3,500 = 10,000),
    // + 6,000 (5,000) = 18,000 (15,000) = liabilities 3,000 (2,500) + equity 15,000 (12,500).
    private const string Release =
        "MARLOWE LANTERN WORKS, INC. REPORTS THIRD QUARTER RESULTS\n\n" +
        "Marlowe Lantern Works, Inc. today reported net sales of $12.4 million for the third quarter of fiscal 2031, which\n" +
        "ended October 4, 2031.\n\n" +
        "MARLOWE LANTERN WORKS, INC.\n" +
        "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n" +
        "(In thousands)\n" +
        "Thirteen Weeks Ended Thirty-Nine Weeks Ended\n" +
        "October 4, 2031 October 5, 2030 October 4, 2031 October 5, 2030\n" +
        "Net sales $ 12,400 $ 11,000 $ 36,000 $ 33,000\n" +
        "Cost of sales (1) 7,400 6,600 21,600 19,800\n" +
        "Gross profit 5,000 4,400 14,400 13,200\n" +
        "Selling, general and administrative (1) 3,000 2,800 9,000 8,400\n" +
        "Operating income 2,000 1,600 5,400 4,800\n" +
        "Income tax expense 500 400 1,350 1,200\n" +
        "Net income $ 1,500 $ 1,200 $ 4,050 $ 3,600\n" +
        "(1) Includes share-based compensation.\n\n" +
        "MARLOWE LANTERN WORKS, INC.\n" +
        "CONDENSED CONSOLIDATED BALANCE SHEETS\n" +
        "(In thousands)\n" +
        "ASSETS October 4, 2031 January 3, 2031 (1)\n" +
        "Cash and cash equivalents $ 8,000 $ 5,500\n" +
        "Short-term investments \u2014 1,000\n" +
        "Inventories 4,000 3,500\n" +
        "Total current assets 12,000 10,000\n" +
        "Property and equipment, net 6,000 5,000\n" +
        "Total assets $ 18,000 $ 15,000\n" +
        "Accounts payable $ 3,000 $ 2,500\n" +
        "Total current liabilities 3,000 2,500\n" +
        "Common stock 100 100\n" +
        "Retained earnings 14,900 12,400\n" +
        "Total stockholders' equity 15,000 12,500\n" +
        "Total liabilities and stockholders' equity $ 18,000 $ 15,000\n" +
        "(1) Derived from audited financial statements.\n";

    [Fact]
    public void Plain_text_with_single_spaced_rows_of_figures_is_read_as_pdf_text()
    {
        Assert.Equal(DocumentFormat.Markdown, DocumentFormatDetector.Detect(Release));
        // The same rows padded apart, as a fixed-width converter prints them, stay plain text.
        string padded = string.Join('\n', Release.Split('\n').Select(l => System.Text.RegularExpressions.Regex.Replace(l, @" (?=[\$\d(])", "   ", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1))));
        Assert.Equal(DocumentFormat.PlainText, DocumentFormatDetector.Detect(padded));
        // A few figures in prose are no table.
        Assert.Equal(DocumentFormat.PlainText, DocumentFormatDetector.Detect("Sales rose 12 15\nCosts fell 3 4\nMarlowe grew.\n"));
    }

    [Fact]
    public void The_statements_give_the_printed_figures_for_each_column()
    {
        var result = Extract(Release);

        Assert.Equal(7_400_000m, result.Value("CostOfGoodsAndServicesSold", "2031-07-06/2031-10-04"));
        Assert.Equal(6_600_000m, result.Value("CostOfGoodsAndServicesSold", "2030-07-07/2030-10-05"));
        Assert.Equal(9_000_000m, result.Value("SellingGeneralAndAdministrativeExpense", "2031-01-05/2031-10-04"));
        Assert.Equal(3_600_000m, result.Value("NetIncomeLoss", "2030-01-06/2030-10-05"));
        Assert.Equal(5_500_000m, result.Value("CashAndCashEquivalentsAtCarryingValue", "2031-01-03"));
        Assert.Equal(3_500_000m, result.Value("InventoryNet", "2031-01-03"));
        Assert.Equal(4_000_000m, result.Value("InventoryNet", "2031-10-04"));
        Assert.Equal(15_000_000m, result.Value("StockholdersEquity", "2031-10-04"));
        // The footnote marker "(1)" is never a value.
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is -1_000m or -1m);
    }

    [Fact]
    public void Column_titles_printed_side_by_side_become_header_cells()
    {
        var lines = Lines(
            "ASSETS October 4, 2031 January 3, 2031 (1)\n" +
            "As of December 31, 2030 As of June 30, 2031\n" +
            "Quarter Ended June 30, Six Months Ended June 30,\n" +
            "Thirteen Weeks Ended Thirty-Nine Weeks Ended\n" +
            "Year Ended May 31, % Increase % Increase (Decrease)\n" +
            "2031 % of Sales 2030 % of Sales\n" +
            "Sales for the quarter ended June 30, 2031 compared with the quarter ended June 30, 2030 rose.\n" +
            "Marlowe sold lanterns from January 3, 2031 to October 4, 2031\n");

        Assert.Equal(
        [
            "ASSETS\tOctober 4, 2031\tJanuary 3, 2031 (1)",
            "As of December 31, 2030\tAs of June 30, 2031",
            "Quarter Ended June 30,\tSix Months Ended June 30,",
            "Thirteen Weeks Ended\tThirty-Nine Weeks Ended",
            "Year Ended May 31,\t% Increase\t% Increase (Decrease)",
            "2031\t% of Sales\t2030\t% of Sales",
            "Sales for the quarter ended June 30, 2031 compared with the quarter ended June 30, 2030 rose.",
            "Marlowe sold lanterns from January 3, 2031 to October 4, 2031",
        ], lines);
    }

    [Fact]
    public void A_footnote_marker_between_label_and_values_goes_back_to_the_label()
    {
        var lines = Lines(
            "Net sales $ 12,400 $ 11,000\n" +
            "Cost of sales (1) 7,400 6,600\n" +
            "Gross profit 5,000 4,400\n" +
            "Wick royalties 2 310 290\n" +
            "Selling expense 1,200 1,100\n" +
            "Other income 40 30 3\n" +
            "Operating income 4,150 3,620\n" +
            "Lamp oil 7 8 9\n" +
            "Income tax expense 1,000 900\n" +
            "Net income $ 3,150 $ 2,720\n");

        Assert.Equal(
        [
            "Net sales\t$ 12,400\t$ 11,000",
            "Cost of sales (1)\t7,400\t6,600",
            "Gross profit\t5,000\t4,400",
            "Wick royalties 2\t310\t290",
            "Selling expense\t1,200\t1,100",
            "Other income 3\t40\t30",
            "Operating income\t4,150\t3,620",
            // Either end could be the marker: the row stays as printed.
            "Lamp oil\t7\t8\t9",
            "Income tax expense\t1,000\t900",
            "Net income\t$ 3,150\t$ 2,720",
        ], lines);
    }

    [Fact]
    public void A_row_of_three_columns_among_rows_of_three_keeps_its_first_value()
    {
        var lines = Lines("Net sales 5 12,400 11,000\nCost of sales (1) 7,400 6,600\nGross profit 1 5,000 4,400\n");
        Assert.Equal(["Net sales\t5\t12,400\t11,000", "Cost of sales\t(1)\t7,400\t6,600", "Gross profit\t1\t5,000\t4,400"], lines);
    }

    [Fact]
    public void A_nil_dash_counts_as_a_value_of_the_run_and_a_year_completing_the_labels_date_stays_in_it()
    {
        var lines = Lines(
            "Short-term investments \u2014 1,000\n" +
            "Growth (2%) (1%)\n" +
            "Common stock; 5,000 shares at October 4, 2031 50 49\n");
        Assert.Equal(
        [
            "Short-term investments\t\u2014\t1,000",
            "Growth\t(2%)\t(1%)",
            "Common stock; 5,000 shares at October 4, 2031\t50\t49",
        ], lines);
    }
    // The balance sheet of the release above, read cell by cell; property and equipment print their net without a label.
    private const string CellByCell =
        "MARLOWE LANTERN WORKS, INC.\nCONDENSED CONSOLIDATED BALANCE SHEETS\n(In thousands)\n" +
        "October 4, 2031\nJanuary 3, 2031\n" +
        "Cash and cash equivalents\n$\n8,000\n$\n5,500\n" +
        "Short-term investments\n\u2014\n1,000\n" +
        "Inventories\n4,000\n3,500\n" +
        "Total current assets\n12,000\n10,000\n" +
        "Property and equipment\n9,000\n7,500\n" +
        "Less accumulated depreciation\n(3,000)\n(2,500)\n6,000\n5,000\n" +
        "Total assets\n$ 18,000\n$ 15,000\n" +
        "Accounts payable\n3,000\n2,500\n" +
        "Total current liabilities\n3,000\n2,500\n" +
        "Common stock 1\n100\n100\n" +
        "Retained earnings\n14,900\n12,400\n" +
        "Total stockholders' equity\n15,000\n12,500\n" +
        "Total liabilities and stockholders' equity\n$ 18,000\n$ 15,000\n7\n" +
        "Par value one cent per share.\n1\n";

    [Fact]
    public void A_table_read_cell_by_cell_has_its_rows_rejoined()
    {
        Assert.Equal(DocumentFormat.Markdown, DocumentFormatDetector.Detect(CellByCell));
        var lines = Lines(CellByCell);

        Assert.Contains("October 4, 2031", lines);
        Assert.Contains("January 3, 2031", lines);
        Assert.Contains("Cash and cash equivalents\t$ 8,000\t$ 5,500", lines);
        Assert.Contains("Short-term investments\t\u2014\t1,000", lines);
        Assert.Contains("Inventories\t4,000\t3,500", lines);
        Assert.Contains("Less accumulated depreciation\t(3,000)\t(2,500)", lines);
        Assert.Contains("\t6,000\t5,000", lines);
        // The page number after the last row, and the footnote's text, are no row's.
        Assert.Contains("Total liabilities and stockholders' equity\t$ 18,000\t$ 15,000", lines);
        Assert.Contains("7", lines);
        Assert.Contains("Par value one cent per share.", lines);
    }

    [Fact]
    public void A_balance_sheet_read_cell_by_cell_gives_the_printed_figures()
    {
        var result = Extract(CellByCell);

        Assert.Equal(5_500_000m, result.Value("CashAndCashEquivalentsAtCarryingValue", "2031-01-03"));
        Assert.Equal(3_500_000m, result.Value("InventoryNet", "2031-01-03"));
        Assert.Equal(12_000_000m, result.Value("AssetsCurrent", "2031-10-04"));
        Assert.Equal(6_000_000m, result.Value("PropertyPlantAndEquipmentNet", "2031-10-04"));
        Assert.Equal(100_000m, result.Value("CommonStockValue", "2031-10-04"));
        Assert.Equal(15_000_000m, result.Value("LiabilitiesAndStockholdersEquity", "2031-01-03"));
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is 7m or 7_000m or 1_000m && f.Concept.LocalName != "ShortTermInvestments");
    }

    [Fact]
    public void A_row_among_rows_of_another_table_is_not_split()
    {
        // Two columns above, four below: the first row of the second table keeps its four values.
        var lines = Lines(
            "Cash\n10\n20\nInventories\n30\n40\nLand\n50\n60\n" +
            "STATEMENTS OF OPERATIONS\n(In thousands)\nThree and Nine Months Ended\n" +
            "Net sales\n1\n2\n3\n4\nCost of sales\n5\n6\n7\n8\nGross profit\n9\n10\n11\n12\n");
        Assert.Contains("Net sales\t1\t2\t3\t4", lines);
        Assert.Contains("Cash\t10\t20", lines);
    }
}
