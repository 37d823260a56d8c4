using Taxonomy.Concepts;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// Layouts of older filings on fictional statements: a period line as long as running text under the title, bare
/// "TOTAL" lines closing each side of a balance sheet, cash-flow rows that name the direction of a change, a generic row
/// under a section total.
/// </summary>
public class OlderLayoutTests
{
    private static ExtractionResult Extract(string text) =>
        FilingExtractor.Extract(text, new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "fictional.txt" });

    private static decimal? Value(ExtractionResult result, string localName, string period) => result.Value(localName, period);

    // Fictional: a company founded on March 3, 2024; every subtotal foots.
    private const string Widgets = "FICTIONAL WIDGETS CORP.";

    private static readonly string CashFlow = FictionalStatement.Headed(Widgets, "", "STATEMENTS OF CASH FLOWS",
            "YEAR ENDED DECEMBER 31, 2025 AND PERIOD FROM MARCH 3, 2024 (INCEPTION)", "TO DECEMBER 31, 2024", "")
        .Header("2025", "2024")
        .Line("CASH FLOWS FROM OPERATING ACTIVITIES:")
        .Dollars("Net loss", -900, -400)
        .Row("Depreciation", 150, 50)
        .Row("Decrease (increase) in inventories", 40, -120)
        .Row("Increase in accounts payable", 60, 30)
        .Row("Net cash used in operating activities", -650, -440)
        .Line("CASH FLOWS FROM INVESTING ACTIVITIES:")
        .Row("Purchases of property and equipment", -200, -300)
        .Row("Net cash used in investing activities", -200, -300)
        .Line("CASH FLOWS FROM FINANCING ACTIVITIES:")
        .Row("Sale of common stock", 1_000, 2_000)
        .Row("Net cash provided by financing activities", 1_000, 2_000)
        .Row("NET INCREASE IN CASH AND CASH EQUIVALENTS", 150, 1_260);

    [Fact]
    public void A_period_line_as_long_as_running_text_continues_the_title_and_its_closing_line_is_no_column_header()
    {
        var result = Extract(CashFlow);
        Assert.Equal(-650m, Value(result, "NetCashProvidedByUsedInOperatingActivities", "2025-01-01/2025-12-31"));
        Assert.Equal(-440m, Value(result, "NetCashProvidedByUsedInOperatingActivities", "2024-03-03/2024-12-31"));
        Assert.Equal(1_000m, Value(result, "NetCashProvidedByUsedInFinancingActivities", "2025-01-01/2025-12-31"));
        Assert.DoesNotContain(result.Report.Facts, f => f.Period.End.Year == 2024 && f.Period.Start?.Year == 2024 && f.Period.Start?.Month == 1);
    }

    [Fact]
    public void A_sentence_under_the_title_still_ends_the_table()
    {
        string text = CashFlow.Replace("YEAR ENDED DECEMBER 31, 2025 AND PERIOD FROM MARCH 3, 2024 (INCEPTION)\nTO DECEMBER 31, 2024\n",
            "The statements below were prepared by management on December 31, 2025 without any review by the auditors.\n", StringComparison.Ordinal);
        var result = Extract(text);
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "NetCashProvidedByUsedInOperatingActivities");
    }

    [Fact]
    public void A_cash_flow_row_naming_the_direction_of_a_change_reports_the_change_line_item()
    {
        var result = Extract(CashFlow);
        // "Decrease (increase) in inventories 40" is printed by its effect on cash: inventories fell by 40.
        Assert.Equal(-40m, Value(result, "IncreaseDecreaseInInventories", "2025-01-01/2025-12-31"));
        Assert.Equal(120m, Value(result, "IncreaseDecreaseInInventories", "2024-03-03/2024-12-31"));
        Assert.Equal(60m, Value(result, "IncreaseDecreaseInAccountsPayable", "2025-01-01/2025-12-31"));
    }

    [Fact]
    public void A_direction_before_a_balance_that_is_no_change_line_item_is_not_read_as_one()
    {
        Assert.Null(Concepts.ChangeLabels.Subject("Net increase in cash and cash equivalents"));
        Assert.Equal("inventories", Concepts.ChangeLabels.Subject("(Increase) decrease in inventories"));
        var result = Extract(CashFlow);
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "CashAndCashEquivalentsAtCarryingValue" && f.Period.Start is not null);
    }

    // A bare "TOTAL" closes each side.
    private static FictionalStatement BalanceSheetWithAssetsOf(decimal total2025) =>
        FictionalStatement.Headed(Widgets, "", "BALANCE SHEETS", "(in thousands)", "")
            .Header("December 31, 2025", "December 31, 2024")
            .Line("CURRENT ASSETS:")
            .Dollars("Cash and equivalents", 1_200, 900)
            .Row("Accounts receivable", 300, 250)
            .Row("Total current assets", 1_500, 1_150)
            .Row("PROPERTY AND EQUIPMENT, Net", 700, 600)
            .Row("OTHER ASSETS", 50, 40)
            .Dollars("TOTAL", total2025, 1_790)
            .Line("LIABILITIES AND STOCKHOLDERS' EQUITY")
            .Line("CURRENT LIABILITIES:")
            .Dollars("Accounts payable", 400, 350)
            .Row("Other liabilities", 100, 90)
            .Row("Total current liabilities", 500, 440)
            .Line("STOCKHOLDERS' EQUITY:")
            .Row("Common stock", 1_000, 1_000)
            .Row("Retained earnings", 750, 350)
            .Row("Total stockholders' equity", 1_750, 1_350)
            .Dollars("TOTAL", 2_250, 1_790);

    private static readonly string BalanceSheet = BalanceSheetWithAssetsOf(2_250);

    [Fact]
    public void Two_equal_bare_totals_of_a_balance_sheet_are_its_assets_and_its_liabilities_and_equity()
    {
        var result = Extract(BalanceSheet);
        Assert.Equal(2_250_000m, Value(result, "Assets", "2025-12-31"));
        Assert.Equal(1_790_000m, Value(result, "Assets", "2024-12-31"));
        Assert.Equal(2_250_000m, Value(result, "LiabilitiesAndStockholdersEquity", "2025-12-31"));
        Assert.Equal(1_500_000m, Value(result, "AssetsCurrent", "2025-12-31"));
    }

    [Fact]
    public void Bare_totals_that_differ_name_no_side_of_the_balance_sheet()
    {
        var result = Extract(BalanceSheetWithAssetsOf(2_251));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName is "Assets" or "LiabilitiesAndStockholdersEquity");
    }

    [Fact]
    public void A_generic_row_under_a_section_total_takes_the_item_whose_label_begins_with_its_words()
    {
        var result = Extract(BalanceSheet);
        Assert.Equal(100_000m, Value(result, "OtherLiabilitiesCurrent", "2025-12-31"));
        Assert.Null(Value(result, "OtherLiabilitiesNoncurrent", "2025-12-31"));
    }
}
