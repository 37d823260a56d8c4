using Taxonomy.Concepts;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// Earnings releases of a property-casualty insurer and of a real estate investment trust: their line items come out as
/// the us-gaap concepts such filers tag, the statements foot through the shipped calculations, and the tables they add
/// beside the statements (underwriting ratios, a funds-from-operations reconciliation) report no statement facts.
/// Every statement here foots (fictional: Quillfield Indemnity Corp., Birchmere Residential Trust, Inc.).
/// </summary>
public partial class InsurerAndReitTests
{
    // Revenues 4,000 + 500 - 30 = 4,470 and 3,700 + 450 + 20 = 4,170; losses and expenses 2,600 + 700 + 400 + 50 = 3,750
    // and 2,500 + 650 + 380 + 50 = 3,580; pre-tax 720 and 590; net income 570 and 470 on 100 (basic) and 101 (diluted) shares.
    // The ratios below the statement print no percent sign.
    private const string InsurerIncome =
        "QUILLFIELD INDEMNITY CORP.\n\nQuillfield Indemnity Corp. reported net income of $570 thousand, or $5.64 per diluted share, for the year ended December 31, 2030.\n\n" +
        "CONSOLIDATED STATEMENTS OF INCOME\n(in thousands, except per share amounts)\n\n\tYear Ended December 31, 2030\tYear Ended December 31, 2029\n" +
        "Revenues:\n" +
        "Net premiums earned\t$\t4,000\t$\t3,700\n" +
        "Net investment income\t\t500\t\t450\n" +
        "Net realized investment gains (losses)\t\t(30)\t\t20\n" +
        "Total revenues\t\t4,470\t\t4,170\n" +
        "Losses and expenses:\n" +
        "Losses and loss adjustment expenses\t\t2,600\t\t2,500\n" +
        "Amortization of deferred policy acquisition costs\t\t700\t\t650\n" +
        "Other underwriting expenses\t\t400\t\t380\n" +
        "Interest expense\t\t50\t\t50\n" +
        "Total losses and expenses\t\t3,750\t\t3,580\n" +
        "Income before income taxes\t\t720\t\t590\n" +
        "Income tax expense\t\t150\t\t120\n" +
        "Net income\t$\t570\t$\t470\n" +
        "Earnings per share:\n" +
        "Basic\t$\t5.70\t$\t4.70\n" +
        "Diluted\t$\t5.64\t$\t4.65\n" +
        "Weighted average shares outstanding:\n" +
        "Basic\t\t100\t\t100\n" +
        "Diluted\t\t101\t\t101\n" +
        "GAAP ratios:\n" +
        "Loss and loss adjustment expense ratio\t\t65.0\t\t67.6\n" +
        "Underwriting expense ratio\t\t27.5\t\t27.8\n" +
        "Combined ratio\t\t92.5\t\t95.4\n";

    // Investments 6,000 + 800 + 300 + 100 = 7,200 and 5,600 + 750 + 250 + 100 = 6,700; assets 7,200 + 150 + 900 + 600
    // + 350 + 300 = 9,500 and 6,700 + 120 + 850 + 580 + 330 + 270 = 8,850; liabilities 4,800 + 1,900 + 300 = 7,000 and
    // 4,500 + 1,800 + 300 = 6,600; equity 10 + 900 + 1,640 - 50 = 2,500 and 10 + 900 + 1,300 + 40 = 2,250.
    private const string InsurerBalanceSheet =
        "QUILLFIELD INDEMNITY CORP.\n\nQuillfield Indemnity Corp. reported results for the year ended December 31, 2030.\n\n" +
        "CONSOLIDATED BALANCE SHEETS\n(in thousands)\n\n\tDecember 31, 2030\tDecember 31, 2029\n" +
        "Investments:\n" +
        "Fixed maturities, available for sale, at fair value\t$\t6,000\t$\t5,600\n" +
        "Equity securities, at fair value\t\t800\t\t750\n" +
        "Short-term investments\t\t300\t\t250\n" +
        "Other invested assets\t\t100\t\t100\n" +
        "Total investments\t\t7,200\t\t6,700\n" +
        "Cash\t\t150\t\t120\n" +
        "Premiums receivable, net\t\t900\t\t850\n" +
        "Reinsurance recoverables\t\t600\t\t580\n" +
        "Deferred policy acquisition costs\t\t350\t\t330\n" +
        "Other assets\t\t300\t\t270\n" +
        "Total assets\t$\t9,500\t$\t8,850\n" +
        "Reserves for losses and loss adjustment expenses\t$\t4,800\t$\t4,500\n" +
        "Unearned premiums\t\t1,900\t\t1,800\n" +
        "Other liabilities\t\t300\t\t300\n" +
        "Total liabilities\t\t7,000\t\t6,600\n" +
        "Common stock\t\t10\t\t10\n" +
        "Additional paid-in capital\t\t900\t\t900\n" +
        "Retained earnings\t\t1,640\t\t1,300\n" +
        "Accumulated other comprehensive income (loss)\t\t(50)\t\t40\n" +
        "Total shareholders' equity\t\t2,500\t\t2,250\n" +
        "Total liabilities and shareholders' equity\t$\t9,500\t$\t8,850\n";

    // Revenues 900 + 120 + 30 = 1,050 and 850 + 110 + 40 = 1,000; expenses 200 + 110 + 60 + 350 + 20 = 740 and
    // 190 + 105 + 55 + 340 + 10 = 700; net income 1,050 - 740 + 40 - 150 = 200 and 1,000 - 700 + 15 - 140 = 175, of which
    // 10 and 9 to the noncontrolling interests. Funds from operations, reconciled below the statement: 190 + 340 + 20 +
    // 10 - 40 = 520 and 166 + 330 + 10 + 9 - 15 = 500, 5.15 and 4.95 per diluted share.
    private const string ReitOperations =
        "BIRCHMERE RESIDENTIAL TRUST, INC.\n\nBirchmere Residential Trust, Inc. reported results for the year ended December 31, 2030. " +
        "Net income attributable to common stockholders was $0.19 million, or $1.88 per diluted share, and funds from operations were $0.52 million, or $5.15 per diluted share, for 2030.\n\n" +
        "CONSOLIDATED STATEMENTS OF OPERATIONS\n(in thousands, except per share amounts)\n\n\tYear Ended December 31, 2030\tYear Ended December 31, 2029\n" +
        "Revenues:\n" +
        "Rental revenue\t$\t900\t$\t850\n" +
        "Tenant reimbursements\t\t120\t\t110\n" +
        "Other property revenue\t\t30\t\t40\n" +
        "Total revenues\t\t1,050\t\t1,000\n" +
        "Expenses:\n" +
        "Property operating expenses\t\t200\t\t190\n" +
        "Real estate taxes\t\t110\t\t105\n" +
        "General and administrative\t\t60\t\t55\n" +
        "Depreciation and amortization\t\t350\t\t340\n" +
        "Impairment of real estate\t\t20\t\t10\n" +
        "Total expenses\t\t740\t\t700\n" +
        "Gain on sale of real estate\t\t40\t\t15\n" +
        "Interest expense\t\t(150)\t\t(140)\n" +
        "Net income\t\t200\t\t175\n" +
        "Net income attributable to noncontrolling interests\t\t(10)\t\t(9)\n" +
        "Net income attributable to common stockholders\t$\t190\t$\t166\n" +
        "Earnings per common share:\n" +
        "Basic\t$\t1.90\t$\t1.66\n" +
        "Diluted\t$\t1.88\t$\t1.64\n" +
        "Funds from operations:\n" +
        "Net income attributable to common stockholders\t$\t190\t$\t166\n" +
        "Real estate depreciation and amortization\t\t340\t\t330\n" +
        "Impairment of real estate\t\t20\t\t10\n" +
        "Net income attributable to noncontrolling interests\t\t10\t\t9\n" +
        "Gain on sale of real estate\t\t(40)\t\t(15)\n" +
        "Funds from operations\t$\t520\t$\t500\n" +
        "FFO per diluted share\t$\t5.15\t$\t4.95\n";

    // Real estate 300 + 2,700 = 3,000 and 280 + 2,520 = 2,800, net of 600 and 500 of depreciation 2,400 and 2,300;
    // assets 2,400 + 50 + 30 + 20 = 2,500 and 2,300 + 40 + 25 + 35 = 2,400; liabilities 700 + 600 + 100 = 1,400 and
    // 750 + 500 + 90 = 1,340; equity 1 + 1,000 + 99 = 1,100 and 1 + 1,000 + 59 = 1,060.
    private const string ReitBalanceSheet =
        "BIRCHMERE RESIDENTIAL TRUST, INC.\n\nBirchmere Residential Trust, Inc. reported results for the year ended December 31, 2030.\n\n" +
        "CONSOLIDATED BALANCE SHEETS\n(in thousands)\n\n\tDecember 31, 2030\tDecember 31, 2029\n" +
        "Real estate, at cost:\n" +
        "Land\t$\t300\t$\t280\n" +
        "Buildings and improvements\t\t2,700\t\t2,520\n" +
        "Total real estate, at cost\t\t3,000\t\t2,800\n" +
        "Less accumulated depreciation\t\t(600)\t\t(500)\n" +
        "Net real estate\t\t2,400\t\t2,300\n" +
        "Cash and cash equivalents\t\t50\t\t40\n" +
        "Deferred rent receivable\t\t30\t\t25\n" +
        "Other assets\t\t20\t\t35\n" +
        "Total assets\t$\t2,500\t$\t2,400\n" +
        "Mortgage notes payable, net\t$\t700\t$\t750\n" +
        "Unsecured notes payable, net\t\t600\t\t500\n" +
        "Other liabilities\t\t100\t\t90\n" +
        "Total liabilities\t\t1,400\t\t1,340\n" +
        "Common stock\t\t1\t\t1\n" +
        "Additional paid-in capital\t\t1,000\t\t1,000\n" +
        "Retained earnings\t\t99\t\t59\n" +
        "Total stockholders' equity\t\t1,100\t\t1,060\n" +
        "Total liabilities and stockholders' equity\t$\t2,500\t$\t2,400\n";

    // A classified balance sheet printing a bare "Investments" below its current assets: 2,000 + 900 + 500 = 3,400 and
    // 1,700 + 950 + 450 = 3,100.
    private const string ClassifiedInvestments =
        "THORNBURY GRIDWORKS, INC.\n\nThornbury Gridworks, Inc. reported results for the year ended December 31, 2030.\n\n" +
        "CONSOLIDATED BALANCE SHEETS\n(in thousands)\n\n\tDecember 31, 2030\tDecember 31, 2029\n" +
        "Cash and cash equivalents\t$\t1,200\t$\t1,000\n" +
        "Accounts receivable, net\t\t800\t\t700\n" +
        "Total current assets\t\t2,000\t\t1,700\n" +
        "Property and equipment, net\t\t900\t\t950\n" +
        "Investments\t\t500\t\t450\n" +
        "Total assets\t$\t3,400\t$\t3,100\n" +
        "Accounts payable\t$\t400\t$\t350\n" +
        "Total current liabilities\t\t400\t\t350\n" +
        "Long-term debt\t\t500\t\t500\n" +
        "Total liabilities\t\t900\t\t850\n" +
        "Common stock\t\t10\t\t10\n" +
        "Additional paid-in capital\t\t2,000\t\t1,900\n" +
        "Retained earnings\t\t490\t\t340\n" +
        "Total stockholders' equity\t\t2,500\t\t2,250\n" +
        "Total liabilities and stockholders' equity\t$\t3,400\t$\t3,100\n";

    private const string Year2030 = "2030-01-01/2030-12-31";
    private const string Year2029 = "2029-01-01/2029-12-31";

    private static ExtractionResult Extract(string text) =>
        FilingExtractor.Extract(text, new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "fictional.txt" });

    private static decimal? Reported(ExtractionResult result, string concept, string period) =>
        result.Report.Facts.SingleOrDefault(f => f.Concept.ToString() == concept && f.Period == Period.Parse(period))?.NumericValue;

    private static void AssertNoCalculationErrors(ExtractionResult result) =>
        Assert.DoesNotContain(result.Findings, f => f.Severity != Severity.Info && f.RuleId.StartsWith("calc11", StringComparison.Ordinal));

    [Theory]
    [InlineData("us-gaap:PremiumsEarnedNet", 4_000_000, 3_700_000)]
    [InlineData("us-gaap:NetInvestmentIncome", 500_000, 450_000)]
    [InlineData("us-gaap:RealizedInvestmentGainsLosses", -30_000, 20_000)]
    [InlineData("us-gaap:Revenues", 4_470_000, 4_170_000)]
    [InlineData("us-gaap:IncurredClaimsPropertyCasualtyAndLiability", 2_600_000, 2_500_000)]
    [InlineData("us-gaap:DeferredPolicyAcquisitionCostAmortizationExpense", 700_000, 650_000)]
    [InlineData("us-gaap:OtherUnderwritingExpense", 400_000, 380_000)]
    [InlineData("us-gaap:InterestExpense", 50_000, 50_000)]
    [InlineData("us-gaap:BenefitsLossesAndExpenses", 3_750_000, 3_580_000)]
    [InlineData("us-gaap:IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest", 720_000, 590_000)]
    [InlineData("us-gaap:NetIncomeLoss", 570_000, 470_000)]
    public void An_insurers_income_statement_rows_are_their_us_gaap_line_items(string concept, int current, int prior)
    {
        var result = Extract(InsurerIncome);

        Assert.Equal(current, Reported(result, concept, Year2030));
        Assert.Equal(prior, Reported(result, concept, Year2029));
    }

    [Fact]
    public void An_insurers_income_statement_foots_and_its_ratio_rows_report_nothing()
    {
        var result = Extract(InsurerIncome);

        AssertNoCalculationErrors(result);
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.Prefix == "ext");
        // 27.5 in a table in thousands would be 27,500 of money.
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is 27_500m or 92_500m or 65_000m or 27.5m or 92.5m);
        Assert.Contains(result.Findings, f => f.RuleId == "extract.row-skipped" && f.Message.Contains("'Combined ratio'", StringComparison.Ordinal));
        Assert.Equal(5.64m, Reported(result, "us-gaap:EarningsPerShareDiluted", Year2030));
    }

    [Theory]
    [InlineData("us-gaap:AvailableForSaleSecuritiesDebtSecurities", 6_000_000, 5_600_000)]
    [InlineData("us-gaap:EquitySecuritiesFvNi", 800_000, 750_000)]
    [InlineData("us-gaap:ShortTermInvestments", 300_000, 250_000)]
    [InlineData("us-gaap:OtherLongTermInvestments", 100_000, 100_000)]
    [InlineData("us-gaap:Investments", 7_200_000, 6_700_000)]
    [InlineData("us-gaap:PremiumsReceivableAtCarryingValue", 900_000, 850_000)]
    [InlineData("us-gaap:ReinsuranceRecoverables", 600_000, 580_000)]
    [InlineData("us-gaap:DeferredPolicyAcquisitionCosts", 350_000, 330_000)]
    [InlineData("us-gaap:LiabilityForClaimsAndClaimsAdjustmentExpense", 4_800_000, 4_500_000)]
    [InlineData("us-gaap:UnearnedPremiums", 1_900_000, 1_800_000)]
    [InlineData("us-gaap:Assets", 9_500_000, 8_850_000)]
    public void An_insurers_unclassified_balance_sheet_rows_are_their_us_gaap_line_items(string concept, int current, int prior)
    {
        var result = Extract(InsurerBalanceSheet);

        Assert.Equal(current, Reported(result, concept, "2030-12-31"));
        Assert.Equal(prior, Reported(result, concept, "2029-12-31"));
    }

    [Fact]
    public void An_insurers_balance_sheet_foots_with_total_investments_counted_once()
    {
        var result = Extract(InsurerBalanceSheet);

        AssertNoCalculationErrors(result);
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.Prefix == "ext");
        Assert.Null(Reported(result, "us-gaap:LongTermInvestments", "2030-12-31"));
    }

    [Fact]
    public void A_bare_investments_line_below_current_assets_is_long_term_investments()
    {
        var result = Extract(ClassifiedInvestments);

        Assert.Equal(500_000m, Reported(result, "us-gaap:LongTermInvestments", "2030-12-31"));
        Assert.Equal(450_000m, Reported(result, "us-gaap:LongTermInvestments", "2029-12-31"));
        Assert.Null(Reported(result, "us-gaap:Investments", "2030-12-31"));
        AssertNoCalculationErrors(result);
    }

    [Theory]
    [InlineData("us-gaap:OperatingLeaseLeaseIncome", 900_000, 850_000)]
    [InlineData("us-gaap:TenantReimbursements", 120_000, 110_000)]
    [InlineData("us-gaap:OtherRealEstateRevenue", 30_000, 40_000)]
    [InlineData("us-gaap:Revenues", 1_050_000, 1_000_000)]
    [InlineData("us-gaap:DirectCostsOfLeasedAndRentedPropertyOrEquipment", 200_000, 190_000)]
    [InlineData("us-gaap:RealEstateTaxExpense", 110_000, 105_000)]
    [InlineData("us-gaap:DepreciationAndAmortization", 350_000, 340_000)]
    [InlineData("us-gaap:ImpairmentOfRealEstate", 20_000, 10_000)]
    [InlineData("us-gaap:CostsAndExpenses", 740_000, 700_000)]
    [InlineData("us-gaap:GainsLossesOnSalesOfInvestmentRealEstate", 40_000, 15_000)]
    [InlineData("us-gaap:InterestExpense", 150_000, 140_000)]
    [InlineData("us-gaap:ProfitLoss", 200_000, 175_000)]
    [InlineData("us-gaap:NetIncomeLoss", 190_000, 166_000)]
    public void A_reits_statement_of_operations_rows_are_their_us_gaap_line_items(string concept, int current, int prior)
    {
        var result = Extract(ReitOperations);

        Assert.Equal(current, Reported(result, concept, Year2030));
        Assert.Equal(prior, Reported(result, concept, Year2029));
    }

    [Fact]
    public void The_funds_from_operations_reconciliation_under_the_statement_reports_no_statement_fact()
    {
        var result = Extract(ReitOperations);

        // Its real estate depreciation (340) is not the statement's depreciation (350), its gain printed (40) not a loss,
        // and neither FFO nor FFO per share is a GAAP line item or earnings per share.
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "extract.duplicate-conflict");
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.Prefix == "ext");
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is 520_000m or 5.15m or -40_000m);
        Assert.Equal(350_000m, Reported(result, "us-gaap:DepreciationAndAmortization", Year2030));
        Assert.Equal(1.88m, Reported(result, "us-gaap:EarningsPerShareDiluted", Year2030));
        // The narrative's FFO per share is no earnings per share either: not even a conflict with the statement's.
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "extract.narrative-conflict");
        Assert.Contains(result.Findings, f => f.RuleId == "extract.row-skipped" && f.Message.Contains("'Gain on sale of real estate' is an adjustment", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Error);
    }

    [Theory]
    [InlineData("us-gaap:Land", 300_000, 280_000)]
    [InlineData("us-gaap:InvestmentBuildingAndBuildingImprovements", 2_700_000, 2_520_000)]
    [InlineData("us-gaap:RealEstateInvestmentPropertyAtCost", 3_000_000, 2_800_000)]
    [InlineData("us-gaap:RealEstateInvestmentPropertyAccumulatedDepreciation", 600_000, 500_000)]
    [InlineData("us-gaap:RealEstateInvestmentPropertyNet", 2_400_000, 2_300_000)]
    [InlineData("us-gaap:DeferredRentReceivablesNet", 30_000, 25_000)]
    [InlineData("us-gaap:SecuredDebt", 700_000, 750_000)]
    [InlineData("us-gaap:UnsecuredDebt", 600_000, 500_000)]
    [InlineData("us-gaap:Liabilities", 1_400_000, 1_340_000)]
    public void A_reits_balance_sheet_rows_are_their_us_gaap_line_items(string concept, int current, int prior)
    {
        var result = Extract(ReitBalanceSheet);

        Assert.Equal(current, Reported(result, concept, "2030-12-31"));
        Assert.Equal(prior, Reported(result, concept, "2029-12-31"));
    }

    [Fact]
    public void A_reits_balance_sheet_foots_and_its_accumulated_depreciation_is_the_real_estate_item()
    {
        var result = Extract(ReitBalanceSheet);

        AssertNoCalculationErrors(result);
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.Prefix == "ext");
        Assert.Null(Reported(result, "us-gaap:AccumulatedDepreciationDepletionAndAmortizationPropertyPlantAndEquipment", "2030-12-31"));
    }
}
