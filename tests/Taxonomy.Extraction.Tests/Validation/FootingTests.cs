using Taxonomy.Extraction.Validation;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Tests.Validation;

/// <summary>
/// Calculations checked the way statements are printed, on fictional releases (Marlowe Lantern Works, Harrow Kettle
/// Stores; invented words and numbers that foot): each statement foots, and a number that does not still fails.
/// </summary>
public sealed class FootingTests
{
    private const string Lanterns =
        "# Marlowe Lantern Works Reports Third Quarter Results\n" +
        "\n" +
        "Marlowe Lantern Works, Inc. today reported results for the quarter ended September 30, 2025, with brass lantern sales up in every showroom.\n" +
        "\n" +
        "## Condensed Statements of Operations\n" +
        "*(In thousands)*\n" +
        "\n" +
        "| | Three Months Ended September 30,<br/>2025 | 2024 |\n" +
        "| --- | --- | --- |\n" +
        "| Net sales | 5,200 | 4,800 |\n" +
        "| Cost of sales | 3,100 | 2,900 |\n" +
        "| Gross profit | 2,100 | 1,900 |\n" +
        "| Selling | 700 | 650 |\n" +
        "| General and administrative | 400 | 380 |\n" +
        "| Total selling, general and administrative | 1,100 | 1,030 |\n" +
        "| Operating income | 1,000 | 870 |\n" +
        "| Other income, net | 20 | 10 |\n" +
        "| Income before income taxes | 1,020 | 880 |\n" +
        "| Income tax expense | 220 | 180 |\n" +
        "| Net income | $800 | $700 |\n" +
        "\n" +
        "## Condensed Balance Sheets\n" +
        "*(In thousands)*\n" +
        "\n" +
        "| | September 30, 2025 | December 31, 2024 |\n" +
        "| --- | --- | --- |\n" +
        "| Cash and cash equivalents | $2,310 | $1,500 |\n" +
        "| Wick consignment receivables | 900 | 820 |\n" +
        "| Less wick consignment reserve | 40 | 30 |\n" +
        "| Net wick consignment receivables | 860 | 790 |\n" +
        "| Inventories | 1,330 | 1,210 |\n" +
        "| Total current assets | 4,500 | 3,500 |\n" +
        "| Other assets | 500 | 500 |\n" +
        "| Total assets | $5,000 | $4,000 |\n" +
        "| Accounts payable | 1,000 | 800 |\n" +
        "| Total liabilities | 1,000 | 800 |\n" +
        "| Retained earnings | 4,000 | 3,200 |\n" +
        "| Total stockholders' equity | 4,000 | 3,200 |\n" +
        "| Total liabilities and stockholders' equity | $5,000 | $4,000 |\n" +
        "\n" +
        "## Condensed Statements of Cash Flows\n" +
        "*(In thousands)*\n" +
        "\n" +
        "| | Three Months Ended September 30,<br/>2025 | 2024 |\n" +
        "| --- | --- | --- |\n" +
        "| Net income | 800 | 700 |\n" +
        "| Depreciation | 100 | 60 |\n" +
        "| Net cash provided by operating activities | 900 | 760 |\n" +
        "| Purchases of property and equipment | (150) | (100) |\n" +
        "| Net cash used in investing activities | (150) | (100) |\n" +
        "| Dividends paid | (50) | (40) |\n" +
        "| Net cash used in financing activities | (50) | (40) |\n" +
        "| Net increase in cash and cash equivalents | 700 | 620 |\n" +
        "| Cash and cash equivalents at beginning of period | 1,610 | 880 |\n" +
        "| Cash and cash equivalents at end of period | $2,310 | $1,500 |\n";

    private const string Kettles =
        "# Harrow Kettle Stores Reports Second Quarter Results\n" +
        "\n" +
        "Harrow Kettle Stores, Inc. today reported results for the quarter ended June 30, 2025.\n" +
        "\n" +
        "## Condensed Statements of Income\n" +
        "*(In millions)*\n" +
        "\n" +
        "| | Three Months Ended June 30,<br/>2025 | 2024 |\n" +
        "| --- | --- | --- |\n" +
        "| Total revenues | 960 | 900 |\n" +
        "| Costs and expenses | | |\n" +
        "| Cost of sales, buying and occupancy | 610 | 580 |\n" +
        "| Selling and administrative | 190 | 175 |\n" +
        "| Provision for uncollectible accounts | 14 | 9 |\n" +
        "| Total costs and expenses | 814 | 764 |\n" +
        "| Operating income | 146 | 136 |\n" +
        "| Income tax expense | 46 | 36 |\n" +
        "| Net income | $100 | $100 |\n";

    private static ExtractionResult Extract(string text) => FilingExtractor.Extract(text);

    private static List<ValidationFinding> Left(ExtractionResult result, string localName) =>
        result.Findings.Where(f => f.Severity != Severity.Info && f.Concept?.LocalName == localName).ToList();

    private static List<ValidationFinding> Footed(ExtractionResult result, string localName) =>
        result.Findings.Where(f => f.RuleId == CondensedSummation.RuleId && f.Concept?.LocalName == localName).ToList();

    [Fact]
    public void A_subtracted_subtotal_printed_with_its_components_is_counted_once()
    {
        // Gross profit less "total selling, general and administrative" (printed under its selling and G&A lines).
        var result = Extract(Lanterns);
        Assert.Empty(Left(result, "OperatingIncomeLoss"));
        Assert.Equal(2, Footed(result, "OperatingIncomeLoss").Count);
        Assert.Contains(Footed(result, "OperatingIncomeLoss"), f => f.Message.Contains("us-gaap:GrossProfit - us-gaap:SellingGeneralAndAdministrativeExpense = 1000000", StringComparison.Ordinal));
    }

    [Fact]
    public void An_extension_subtotal_net_of_a_deducted_reserve_stands_for_its_lines()
    {
        // Receivables less a reserve printed unsigned, then their net: the net line is the part of current assets.
        var result = Extract(Lanterns);
        Assert.Empty(Left(result, "AssetsCurrent"));
        Assert.Contains(Footed(result, "AssetsCurrent"), f => f.Message.Contains("ext:NetWickConsignmentReceivables + us-gaap:InventoryNet = 4500000", StringComparison.Ordinal));
    }

    [Fact]
    public void Closing_cash_rolls_forward_from_the_opening_balance_and_the_change_the_statement_prints()
    {
        // The change is printed under the concept that includes restricted cash; the opening balance is at the instant
        // before the period's first day.
        var result = Extract(Lanterns);
        Assert.Empty(Left(result, "CashAndCashEquivalentsAtCarryingValue"));
        Assert.Contains(Footed(result, "CashAndCashEquivalentsAtCarryingValue"), f => f.Period == Period.Parse("2025-07-01/2025-09-30")
            && f.Message.Contains("(at the period's start) = 2310000", StringComparison.Ordinal));
    }

    [Fact]
    public void Opening_cash_dates_and_quarters_no_statement_prints_need_no_required_items()
    {
        // 2025-06-30 and 2024-06-30 are only the cash flow's opening balances: no balance sheet column, so no Assets required.
        var result = Extract(Lanterns);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == RuleIds.RequiredMissing && f.Concept?.Prefix == "us-gaap");
        // The opening balance is reported, in the cash flow statement; no balance sheet is made of it alone.
        Assert.Contains(result.Report.Facts, f => f.Period == Period.Parse("2025-06-30"));
        Assert.DoesNotContain(result.Statements, s => s is Taxonomy.Statements.BalanceSheet && s.Period == Period.Parse("2025-06-30"));
    }

    [Fact]
    public void A_required_item_missing_from_a_printed_column_is_still_reported()
    {
        string noTotal = Lanterns.Replace("| Total assets | $5,000 | $4,000 |\n", "", StringComparison.Ordinal);
        var result = Extract(noTotal);
        Assert.Contains(result.Findings, f => f.RuleId == RuleIds.RequiredMissing && f.Concept?.LocalName == "Assets" && f.Period == Period.Parse("2025-09-30"));
    }

    [Fact]
    public void A_provision_for_uncollectible_accounts_is_one_of_the_costs_and_expenses()
    {
        var result = Extract(Kettles);
        Assert.Equal(814_000_000m, result.Report.Facts.Single(f => f.Concept.LocalName == "CostsAndExpenses" && f.Period == Period.Parse("2025-04-01/2025-06-30")).NumericValue);
        Assert.DoesNotContain(result.Findings, f => f.Concept?.LocalName is "CostsAndExpenses" or "OperatingIncomeLoss");
    }

    [Fact]
    public void Items_printed_under_a_total_that_do_not_foot_are_still_an_error()
    {
        // A misprinted inventory figure: current assets no longer equal the lines printed under them, whatever the weights.
        string misprinted = Lanterns.Replace("| Inventories | 1,330 | 1,210 |", "| Inventories | 1,430 | 1,210 |", StringComparison.Ordinal);
        var result = Extract(misprinted);
        Assert.Contains(result.Findings, f => f.Severity == Severity.Error && f.Concept?.LocalName == "AssetsCurrent" && f.Period == Period.Parse("2025-09-30"));
    }
}
