using Taxonomy.Concepts;

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

    private static decimal? Value(ExtractionResult result, string localName, string period) =>
        result.Report.Facts.SingleOrDefault(f => f.Concept.LocalName == localName && f.Period == Period.Parse(period))?.NumericValue;

    // Fictional: a company founded on March 3, 2024; every subtotal foots.
    private const string CashFlow =
        "FICTIONAL WIDGETS CORP.\n\nSTATEMENTS OF CASH FLOWS\n" +
        "YEAR ENDED DECEMBER 31, 2025 AND PERIOD FROM MARCH 3, 2024 (INCEPTION)\n" +
        "TO DECEMBER 31, 2024\n\n" +
        "\t2025\t2024\n" +
        "CASH FLOWS FROM OPERATING ACTIVITIES:\n" +
        "Net loss\t$\t(900\t)\t$\t(400\t)\n" +
        "Depreciation\t\t150\t\t50\n" +
        "Decrease (increase) in inventories\t\t40\t\t(120\t)\n" +
        "Increase in accounts payable\t\t60\t\t30\n" +
        "Net cash used in operating activities\t\t(650\t)\t\t(440\t)\n" +
        "CASH FLOWS FROM INVESTING ACTIVITIES:\n" +
        "Purchases of property and equipment\t\t(200\t)\t\t(300\t)\n" +
        "Net cash used in investing activities\t\t(200\t)\t\t(300\t)\n" +
        "CASH FLOWS FROM FINANCING ACTIVITIES:\n" +
        "Sale of common stock\t\t1,000\t\t2,000\n" +
        "Net cash provided by financing activities\t\t1,000\t\t2,000\n" +
        "NET INCREASE IN CASH AND CASH EQUIVALENTS\t\t150\t\t1,260\n";

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

    private const string BalanceSheet =
        "FICTIONAL WIDGETS CORP.\n\nBALANCE SHEETS\n(in thousands)\n\n" +
        "\tDecember 31, 2025\tDecember 31, 2024\n" +
        "CURRENT ASSETS:\n" +
        "Cash and equivalents\t$\t1,200\t$\t900\n" +
        "Accounts receivable\t\t300\t\t250\n" +
        "Total current assets\t\t1,500\t\t1,150\n" +
        "PROPERTY AND EQUIPMENT, Net\t\t700\t\t600\n" +
        "OTHER ASSETS\t\t50\t\t40\n" +
        "TOTAL\t$\t2,250\t$\t1,790\n" +
        "LIABILITIES AND STOCKHOLDERS' EQUITY\n" +
        "CURRENT LIABILITIES:\n" +
        "Accounts payable\t$\t400\t$\t350\n" +
        "Other liabilities\t\t100\t\t90\n" +
        "Total current liabilities\t\t500\t\t440\n" +
        "STOCKHOLDERS' EQUITY:\n" +
        "Common stock\t\t1,000\t\t1,000\n" +
        "Retained earnings\t\t750\t\t350\n" +
        "Total stockholders' equity\t\t1,750\t\t1,350\n" +
        "TOTAL\t$\t2,250\t$\t1,790\n";

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
        var result = Extract(BalanceSheet.Replace("TOTAL\t$\t2,250\t$\t1,790\n" + "LIABILITIES", "TOTAL\t$\t2,251\t$\t1,790\n" + "LIABILITIES", StringComparison.Ordinal));
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
