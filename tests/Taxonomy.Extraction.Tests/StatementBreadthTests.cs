using Taxonomy.Concepts;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// Line items that ordinary condensed balance sheets and cash-flow statements print, beyond the basic ones: each row
/// comes out as its us-gaap concept (not an extension), with the value it reports, and the totals it belongs to foot
/// through the shipped calculations. Every statement here foots (fictional: Thornbury Gridworks, Inc.).
/// </summary>
public class StatementBreadthTests
{
    private const string Header = "THORNBURY GRIDWORKS, INC.\n\nThornbury Gridworks, Inc. reported results for the year ended December 31, 2030.\n\n";

    // 1,500 + 50 + 900 + 120 + 30 + 700 + 100 = 3,400 and 1,200 + 40 + 800 + 100 + 25 + 650 + 85 = 2,900;
    // 3,400 + 2,000 + 400 + 150 + 300 + 800 + 250 + 100 = 7,400 and 2,900 + 1,900 + 420 + 160 + 280 + 800 + 270 + 90 = 6,820;
    // 600 + 200 + 25 + 45 + 60 + 35 + 80 = 1,045 and 550 + 180 + 20 + 40 + 50 + 30 + 75 = 945;
    // 1,045 + 1,000 + 120 + 330 + 55 = 2,550 and 945 + 990 + 130 + 350 + 50 = 2,465;
    // 2,550 + 150 + 4,700 = 7,400 and 2,465 + 140 + 4,215 = 6,820.
    private const string BalanceSheet = Header +
        "CONSOLIDATED BALANCE SHEETS\n(in thousands)\n\n\tDecember 31, 2030\tDecember 31, 2029\n" +
        "Current assets:\n" +
        "Cash and cash equivalents\t$\t1,500\t$\t1,200\n" +
        "Restricted cash\t\t50\t\t40\n" +
        "Accounts receivable, net\t\t900\t\t800\n" +
        "Contract assets\t\t120\t\t100\n" +
        "Income taxes receivable\t\t30\t\t25\n" +
        "Inventories\t\t700\t\t650\n" +
        "Prepaid expenses and other current assets\t\t100\t\t85\n" +
        "Total current assets\t\t3,400\t\t2,900\n" +
        "Property and equipment, net\t\t2,000\t\t1,900\n" +
        "Operating lease right-of-use assets\t\t400\t\t420\n" +
        "Finance lease right-of-use assets\t\t150\t\t160\n" +
        "Equity method investments\t\t300\t\t280\n" +
        "Goodwill\t\t800\t\t800\n" +
        "Intangible assets, net\t\t250\t\t270\n" +
        "Other assets\t\t100\t\t90\n" +
        "Total assets\t$\t7,400\t$\t6,820\n" +
        "Current liabilities:\n" +
        "Accounts payable\t$\t600\t$\t550\n" +
        "Accrued salaries and wages\t\t200\t\t180\n" +
        "Accrued interest\t\t25\t\t20\n" +
        "Taxes payable\t\t45\t\t40\n" +
        "Customer deposits\t\t60\t\t50\n" +
        "Current portion of finance lease liabilities\t\t35\t\t30\n" +
        "Operating lease liabilities, current\t\t80\t\t75\n" +
        "Total current liabilities\t\t1,045\t\t945\n" +
        "Convertible senior notes, net\t\t1,000\t\t990\n" +
        "Finance lease liabilities\t\t120\t\t130\n" +
        "Operating lease liabilities, non-current\t\t330\t\t350\n" +
        "Asset retirement obligations\t\t55\t\t50\n" +
        "Total liabilities\t\t2,550\t\t2,465\n" +
        "Redeemable noncontrolling interest\t\t150\t\t140\n" +
        "Common stock\t\t10\t\t10\n" +
        "Additional paid-in capital\t\t3,000\t\t2,900\n" +
        "Retained earnings\t\t1,690\t\t1,305\n" +
        "Total stockholders' equity\t\t4,700\t\t4,215\n" +
        "Total liabilities and stockholders' equity\t$\t7,400\t$\t6,820\n";

    // Restricted cash printed below the current total: 2,000 + 60 + 900 = 2,960 and 1,700 + 60 + 950 = 2,710.
    private const string RestrictedCashBelowCurrentAssets = Header +
        "CONSOLIDATED BALANCE SHEETS\n(in thousands)\n\n\tDecember 31, 2030\tDecember 31, 2029\n" +
        "Cash and cash equivalents\t$\t1,200\t$\t1,000\n" +
        "Accounts receivable, net\t\t800\t\t700\n" +
        "Total current assets\t\t2,000\t\t1,700\n" +
        "Restricted cash\t\t60\t\t60\n" +
        "Property and equipment, net\t\t900\t\t950\n" +
        "Total assets\t$\t2,960\t$\t2,710\n" +
        "Accounts payable\t$\t400\t$\t350\n" +
        "Total current liabilities\t\t400\t\t350\n" +
        "Long-term debt\t\t500\t\t500\n" +
        "Total liabilities\t\t900\t\t850\n" +
        "Common stock\t\t10\t\t10\n" +
        "Additional paid-in capital\t\t1,700\t\t1,600\n" +
        "Retained earnings\t\t350\t\t250\n" +
        "Total stockholders' equity\t\t2,060\t\t1,860\n" +
        "Total liabilities and stockholders' equity\t$\t2,960\t$\t2,710\n";

    // After ASU 2015-17 (periods ending on or after 2017-12-15) deferred tax assets are noncurrent; a bare "Deferred income
    // taxes" among the liabilities is the liability. 1,000 + 500 = 1,500, 1,500 + 700 + 80 = 2,280; 300 + 400 + 120 = 820,
    // 820 + 1,460 = 2,280 (and 900 + 450 = 1,350, 1,350 + 650 + 70 = 2,070; 280 + 400 + 110 = 790, 790 + 1,280 = 2,070).
    private const string DeferredTaxes = Header +
        "CONSOLIDATED BALANCE SHEETS\n(in thousands)\n\n\tDecember 31, 2030\tDecember 31, 2029\n" +
        "Cash and cash equivalents\t$\t1,000\t$\t900\n" +
        "Accounts receivable, net\t\t500\t\t450\n" +
        "Total current assets\t\t1,500\t\t1,350\n" +
        "Property and equipment, net\t\t700\t\t650\n" +
        "Deferred tax assets\t\t80\t\t70\n" +
        "Total assets\t$\t2,280\t$\t2,070\n" +
        "Accounts payable\t$\t300\t$\t280\n" +
        "Total current liabilities\t\t300\t\t280\n" +
        "Long-term debt\t\t400\t\t400\n" +
        "Deferred income taxes\t\t120\t\t110\n" +
        "Total liabilities\t\t820\t\t790\n" +
        "Common stock\t\t10\t\t10\n" +
        "Additional paid-in capital\t\t900\t\t850\n" +
        "Retained earnings\t\t550\t\t420\n" +
        "Total stockholders' equity\t\t1,460\t\t1,280\n" +
        "Total liabilities and stockholders' equity\t$\t2,280\t$\t2,070\n";

    // Before ASU 2015-17 deferred tax assets could be current: 1,000 + 60 + 440 = 1,500 and 900 + 50 + 400 = 1,350;
    // 1,500 + 700 = 2,200; 300 + 100 = 400, 400 + 1,800 = 2,200 (and 280 + 90 = 370, 370 + 1,630 = 2,000).
    private const string CurrentDeferredTaxes =
        "THORNBURY GRIDWORKS, INC.\n\nThornbury Gridworks, Inc. reported results for the year ended December 31, 2015.\n\n" +
        "CONSOLIDATED BALANCE SHEETS\n(in thousands)\n\n\tDecember 31, 2015\tDecember 31, 2014\n" +
        "Cash and cash equivalents\t$\t1,000\t$\t900\n" +
        "Deferred tax assets\t\t60\t\t50\n" +
        "Accounts receivable, net\t\t440\t\t400\n" +
        "Total current assets\t\t1,500\t\t1,350\n" +
        "Property and equipment, net\t\t700\t\t650\n" +
        "Total assets\t$\t2,200\t$\t2,000\n" +
        "Accounts payable\t$\t300\t$\t280\n" +
        "Total current liabilities\t\t300\t\t280\n" +
        "Deferred income taxes\t\t100\t\t90\n" +
        "Total liabilities\t\t400\t\t370\n" +
        "Common stock\t\t10\t\t10\n" +
        "Additional paid-in capital\t\t900\t\t850\n" +
        "Retained earnings\t\t890\t\t770\n" +
        "Total stockholders' equity\t\t1,800\t\t1,630\n" +
        "Total liabilities and stockholders' equity\t$\t2,200\t$\t2,000\n";

    // Outflows and subtracted items in parentheses (their effect on the totals).
    // Operating: 1,000 + 400 + 50 - 30 + 20 + 8 + 12 - 4 - 15 - 40 - 60 - 5 + 45 - 70 = 1,311 and
    //            800 + 380 + 0 - 10 + 0 + 7 + 10 - 3 - 12 + 25 - 50 + 3 + 30 - 65 = 1,115.
    // Investing: -500 - 40 + 25 - 60 = -575 and -450 - 35 + 5 - 20 = -500.
    // Financing: 300 - 250 - 35 - 12 + 40 + 9 - 20 - 400 = -368 and 100 - 150 - 30 - 0 + 35 + 8 - 20 - 300 = -357.
    // Net change: 1,311 - 575 - 368 = 368 and 1,115 - 500 - 357 = 258; 1,250 + 368 = 1,618 and 992 + 258 = 1,250.
    private const string CashFlows = Header +
        "CONSOLIDATED STATEMENTS OF CASH FLOWS\n(in thousands)\n\n\tYear Ended December 31,\n\t2030\t2029\n" +
        "Operating activities:\n" +
        "Net income\t$\t1,000\t$\t800\n" +
        "Depreciation and amortization\t\t400\t\t380\n" +
        "Goodwill impairment\t\t50\t\t0\n" +
        "Gain on sale of property and equipment\t\t(30)\t\t(10)\n" +
        "Loss on extinguishment of debt\t\t20\t\t0\n" +
        "Amortization of debt issuance costs\t\t8\t\t7\n" +
        "Amortization of deferred commissions\t\t12\t\t10\n" +
        "Accretion of discounts on marketable securities\t\t(4)\t\t(3)\n" +
        "Equity in earnings of unconsolidated affiliates\t\t(15)\t\t(12)\n" +
        "(Income) loss from discontinued operations, net of tax\t\t(40)\t\t25\n" +
        "Accounts receivable\t\t(60)\t\t(50)\n" +
        "Income taxes receivable\t\t(5)\t\t3\n" +
        "Accounts payable\t\t45\t\t30\n" +
        "Operating lease liabilities\t\t(70)\t\t(65)\n" +
        "Net cash provided by operating activities\t\t1,311\t\t1,115\n" +
        "Investing activities:\n" +
        "Capital expenditures\t\t(500)\t\t(450)\n" +
        "Capitalized software development costs\t\t(40)\t\t(35)\n" +
        "Proceeds from sale of assets\t\t25\t\t5\n" +
        "Investments in unconsolidated affiliates\t\t(60)\t\t(20)\n" +
        "Net cash used in investing activities\t\t(575)\t\t(500)\n" +
        "Financing activities:\n" +
        "Borrowings under revolving credit facility\t\t300\t\t100\n" +
        "Repayments of revolving credit facility\t\t(250)\t\t(150)\n" +
        "Principal payments on finance lease obligations\t\t(35)\t\t(30)\n" +
        "Payment of debt issuance costs\t\t(12)\t\t0\n" +
        "Proceeds from issuance of common stock under employee stock plans\t\t40\t\t35\n" +
        "Proceeds from employee stock purchase plan\t\t9\t\t8\n" +
        "Repayment of term loan\t\t(20)\t\t(20)\n" +
        "Repurchases of common stock\t\t(400)\t\t(300)\n" +
        "Net cash used in financing activities\t\t(368)\t\t(357)\n" +
        "Net increase in cash, cash equivalents and restricted cash\t\t368\t\t258\n" +
        "Cash, cash equivalents and restricted cash at beginning of period\t\t1,250\t\t992\n" +
        "Cash, cash equivalents and restricted cash at end of period\t$\t1,618\t$\t1,250\n";

    private static ExtractionResult Extract(string text) =>
        FilingExtractor.Extract(text, new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "thornbury.txt" });

    private static decimal? Reported(ExtractionResult result, string concept, string period) =>
        result.Report.Facts.SingleOrDefault(f => f.Concept.ToString() == concept && f.Period == Period.Parse(period))?.NumericValue;

    private static void AssertNoExtensions(ExtractionResult result) =>
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.Prefix == "ext");

    /// <summary>No calculation finding at all: every total equals the sum of its reported children as us-gaap declares it
    /// (not merely as printed, which a "condensed" info would mean).</summary>
    private static void AssertFootsThroughTheCalculations(ExtractionResult result) =>
        Assert.DoesNotContain(result.Findings, f => f.RuleId.StartsWith("calc11", StringComparison.Ordinal));

    [Theory]
    [InlineData("us-gaap:RestrictedCashCurrent", 50_000, 40_000)]
    [InlineData("us-gaap:ContractWithCustomerAssetNetCurrent", 120_000, 100_000)]
    [InlineData("us-gaap:IncomeTaxesReceivable", 30_000, 25_000)]
    [InlineData("us-gaap:FinanceLeaseRightOfUseAsset", 150_000, 160_000)]
    [InlineData("us-gaap:EquityMethodInvestments", 300_000, 280_000)]
    [InlineData("us-gaap:AccruedSalariesCurrent", 200_000, 180_000)]
    [InlineData("us-gaap:InterestPayableCurrent", 25_000, 20_000)]
    [InlineData("us-gaap:TaxesPayableCurrent", 45_000, 40_000)]
    [InlineData("us-gaap:CustomerDepositsCurrent", 60_000, 50_000)]
    [InlineData("us-gaap:FinanceLeaseLiabilityCurrent", 35_000, 30_000)]
    [InlineData("us-gaap:ConvertibleDebtNoncurrent", 1_000_000, 990_000)]
    [InlineData("us-gaap:FinanceLeaseLiabilityNoncurrent", 120_000, 130_000)]
    [InlineData("us-gaap:AssetRetirementObligationsNoncurrent", 55_000, 50_000)]
    [InlineData("us-gaap:RedeemableNoncontrollingInterestEquityCarryingAmount", 150_000, 140_000)]
    public void Balance_sheet_rows_are_their_us_gaap_line_items(string concept, int current, int prior)
    {
        var result = Extract(BalanceSheet);

        Assert.Equal(current, Reported(result, concept, "2030-12-31"));
        Assert.Equal(prior, Reported(result, concept, "2029-12-31"));
    }

    [Fact]
    public void A_balance_sheet_with_the_new_rows_foots_through_the_current_noncurrent_and_total_calculations()
    {
        var result = Extract(BalanceSheet);

        AssertNoExtensions(result);
        AssertFootsThroughTheCalculations(result);
        Assert.Equal(3_400_000m, Reported(result, "us-gaap:AssetsCurrent", "2030-12-31"));
        Assert.Equal(1_045_000m, Reported(result, "us-gaap:LiabilitiesCurrent", "2030-12-31"));
        Assert.Equal(7_400_000m, Reported(result, "us-gaap:LiabilitiesAndStockholdersEquity", "2030-12-31"));
    }

    [Fact]
    public void Restricted_cash_among_the_current_assets_is_current_and_below_their_total_is_unclassified()
    {
        var classified = Extract(BalanceSheet);
        var below = Extract(RestrictedCashBelowCurrentAssets);

        Assert.Null(Reported(classified, "us-gaap:RestrictedCash", "2030-12-31"));
        var current = Assert.Single(classified.Report.Facts, f => f.Concept.LocalName == "RestrictedCashCurrent" && f.Period == Period.Parse("2030-12-31"));
        Assert.Contains("us-gaap:RestrictedCashCurrent", current.Provenance!.Note, StringComparison.Ordinal);
        Assert.Equal(60_000m, Reported(below, "us-gaap:RestrictedCash", "2030-12-31"));
        Assert.Equal(60_000m, Reported(below, "us-gaap:RestrictedCash", "2029-12-31"));
        Assert.Null(Reported(below, "us-gaap:RestrictedCashCurrent", "2030-12-31"));
        AssertFootsThroughTheCalculations(below);
    }

    [Fact]
    public void Deferred_tax_assets_of_a_report_after_the_deferred_tax_standard_are_noncurrent_and_deferred_income_taxes_among_the_liabilities_a_liability()
    {
        var result = Extract(DeferredTaxes);

        Assert.Equal(80_000m, Reported(result, "us-gaap:DeferredIncomeTaxAssetsNet", "2030-12-31"));
        Assert.Equal(70_000m, Reported(result, "us-gaap:DeferredIncomeTaxAssetsNet", "2029-12-31"));
        Assert.Equal(120_000m, Reported(result, "us-gaap:DeferredIncomeTaxLiabilitiesNet", "2030-12-31"));
        Assert.Equal(110_000m, Reported(result, "us-gaap:DeferredIncomeTaxLiabilitiesNet", "2029-12-31"));
        Assert.Null(Reported(result, "us-gaap:DeferredTaxAssetsNetCurrent", "2030-12-31"));
        AssertFootsThroughTheCalculations(result);
    }

    [Fact]
    public void Deferred_tax_assets_of_an_earlier_report_stay_current_and_deferred_income_taxes_among_the_liabilities_is_still_a_liability()
    {
        var result = Extract(CurrentDeferredTaxes);

        Assert.Equal(60_000m, Reported(result, "us-gaap:DeferredTaxAssetsNetCurrent", "2015-12-31"));
        Assert.Equal(50_000m, Reported(result, "us-gaap:DeferredTaxAssetsNetCurrent", "2014-12-31"));
        Assert.Equal(100_000m, Reported(result, "us-gaap:DeferredIncomeTaxLiabilitiesNet", "2015-12-31"));
        Assert.Null(Reported(result, "us-gaap:DeferredIncomeTaxAssetsNet", "2015-12-31"));
        AssertFootsThroughTheCalculations(result);
    }

    [Theory]
    [InlineData("us-gaap:GoodwillImpairmentLoss", 50_000, 0)]
    [InlineData("us-gaap:AmortizationOfFinancingCosts", 8_000, 7_000)]
    [InlineData("us-gaap:CapitalizedContractCostAmortization", 12_000, 10_000)]
    // Accretion of discounts is income (non-cash), subtracted: printed (4), it is 4.
    [InlineData("us-gaap:AccretionAmortizationOfDiscountsAndPremiumsInvestments", 4_000, 3_000)]
    // Gains are subtracted in the reconciliation: a gain printed (30) is a gain of 30; a loss printed 20 is a loss, -20.
    [InlineData("us-gaap:GainLossOnSaleOfPropertyPlantEquipment", 30_000, 10_000)]
    [InlineData("us-gaap:GainsLossesOnExtinguishmentOfDebt", -20_000, 0)]
    [InlineData("us-gaap:IncomeLossFromEquityMethodInvestments", 15_000, 12_000)]
    [InlineData("us-gaap:IncomeLossFromDiscontinuedOperationsNetOfTax", 40_000, -25_000)]
    // An increase in a receivable uses cash, printed (5); a decrease in a liability uses cash, printed (70).
    [InlineData("us-gaap:IncreaseDecreaseInIncomeTaxesReceivable", 5_000, -3_000)]
    [InlineData("us-gaap:IncreaseDecreaseInOperatingLeaseLiability", -70_000, -65_000)]
    public void Operating_adjustments_report_their_own_sign(string concept, int current, int prior)
    {
        var result = Extract(CashFlows);

        Assert.Equal(current, Reported(result, concept, "2030-01-01/2030-12-31"));
        Assert.Equal(prior, Reported(result, concept, "2029-01-01/2029-12-31"));
    }

    [Theory]
    [InlineData("us-gaap:PaymentsToDevelopSoftware", 40_000, 35_000)]
    [InlineData("us-gaap:ProceedsFromSaleOfProductiveAssets", 25_000, 5_000)]
    [InlineData("us-gaap:PaymentsToAcquireEquityMethodInvestments", 60_000, 20_000)]
    [InlineData("us-gaap:ProceedsFromLinesOfCredit", 300_000, 100_000)]
    [InlineData("us-gaap:RepaymentsOfLinesOfCredit", 250_000, 150_000)]
    [InlineData("us-gaap:FinanceLeasePrincipalPayments", 35_000, 30_000)]
    [InlineData("us-gaap:PaymentsOfDebtIssuanceCosts", 12_000, 0)]
    [InlineData("us-gaap:ProceedsFromIssuanceOfSharesUnderIncentiveAndShareBasedCompensationPlansIncludingStockOptions", 40_000, 35_000)]
    [InlineData("us-gaap:ProceedsFromStockPlans", 9_000, 8_000)]
    [InlineData("us-gaap:RepaymentsOfLongTermDebt", 20_000, 20_000)]
    [InlineData("us-gaap:CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalentsPeriodIncreaseDecreaseIncludingExchangeRateEffect", 368_000, 258_000)]
    public void Investing_and_financing_payments_printed_in_parentheses_are_positive(string concept, int current, int prior)
    {
        var result = Extract(CashFlows);

        Assert.Equal(current, Reported(result, concept, "2030-01-01/2030-12-31"));
        Assert.Equal(prior, Reported(result, concept, "2029-01-01/2029-12-31"));
    }

    [Fact]
    public void A_cash_flow_statement_with_the_new_rows_foots_section_by_section()
    {
        var result = Extract(CashFlows);

        AssertNoExtensions(result);
        Assert.DoesNotContain(result.Findings, f => f.Severity != Severity.Info && f.RuleId.StartsWith("calc11", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Findings, f => f.RuleId.StartsWith("calc11.summation-condensed", StringComparison.Ordinal));
        Assert.Equal(1_311_000m, Reported(result, "us-gaap:NetCashProvidedByUsedInOperatingActivities", "2030-01-01/2030-12-31"));
        Assert.Equal(-368_000m, Reported(result, "us-gaap:NetCashProvidedByUsedInFinancingActivities", "2030-01-01/2030-12-31"));
    }
}
