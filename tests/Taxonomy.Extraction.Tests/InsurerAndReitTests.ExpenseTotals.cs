namespace Taxonomy.Extraction.Tests;

/// <summary>
/// Insurers that print their expenses under a generic "Expenses:" / "Total expenses" or "Benefits and expenses:", and an
/// "Other income" line among their revenues: the total is their benefits, losses and expenses, every line printed over it
/// is one of its lines, and the other income is a revenue line, not a real estate item. An industrial statement's costs
/// and expenses and its other income below operating income read as before. Every statement here foots (fictional:
/// Ashcombe Mutual Casualty Co., Fernhollow Life Insurance Company, Kestrel Valve Works, Inc.).
/// </summary>
public partial class InsurerAndReitTests
{
    // Revenues 5,200 + 610 - 40 + 30 = 5,800 and 4,900 + 580 + 25 + 35 = 5,540; expenses 3,400 + 1,000 + 500 + 60 = 4,960
    // and 3,300 + 950 + 480 + 60 = 4,790; pre-tax 840 and 750; net income 670 and 600 on 100 (basic) and 101 (diluted) shares.
    private const string CasualtyInsurer =
        "ASHCOMBE MUTUAL CASUALTY CO.\n\nAshcombe Mutual Casualty Co. reported net income of $670 thousand for the year ended December 31, 2030.\n\n" +
        "CONSOLIDATED STATEMENTS OF INCOME\n(in thousands, except per share amounts)\n\n\tYear Ended December 31, 2030\tYear Ended December 31, 2029\n" +
        "Revenues:\n" +
        "Net premiums earned\t$\t5,200\t$\t4,900\n" +
        "Net investment income\t\t610\t\t580\n" +
        "Net realized gains (losses) on investments\t\t(40)\t\t25\n" +
        "Other income\t\t30\t\t35\n" +
        "Total revenues\t\t5,800\t\t5,540\n" +
        "Expenses:\n" +
        "Losses and loss adjustment expenses\t\t3,400\t\t3,300\n" +
        "Policy acquisition costs\t\t1,000\t\t950\n" +
        "Other operating expenses\t\t500\t\t480\n" +
        "Interest expense\t\t60\t\t60\n" +
        "Total expenses\t\t4,960\t\t4,790\n" +
        "Income before income taxes\t\t840\t\t750\n" +
        "Income tax expense\t\t170\t\t150\n" +
        "Net income\t$\t670\t$\t600\n" +
        "Earnings per share:\n" +
        "Basic\t$\t6.70\t$\t6.00\n" +
        "Diluted\t$\t6.63\t$\t5.94\n" +
        "Weighted average shares outstanding:\n" +
        "Basic\t\t100\t\t100\n" +
        "Diluted\t\t101\t\t101\n";

    // Revenues 2,000 + 400 + 900 + 20 = 3,320 and 1,900 + 380 + 850 - 10 = 3,120; benefits and expenses 1,800 + 450 + 250
    // + 420 = 2,920 and 1,700 + 430 + 240 + 400 = 2,770; pre-tax 400 and 350; net income 316 and 276 on 80 and 81 shares.
    private const string LifeInsurer =
        "FERNHOLLOW LIFE INSURANCE COMPANY\n\nFernhollow Life Insurance Company reported net income of $316 thousand for the year ended December 31, 2030.\n\n" +
        "CONSOLIDATED STATEMENTS OF OPERATIONS\n(in thousands, except per share amounts)\n\n\tYear Ended December 31, 2030\tYear Ended December 31, 2029\n" +
        "Revenues:\n" +
        "Premiums\t$\t2,000\t$\t1,900\n" +
        "Policy charges and fee income\t\t400\t\t380\n" +
        "Net investment income\t\t900\t\t850\n" +
        "Net realized investment gains (losses)\t\t20\t\t(10)\n" +
        "Total revenues\t\t3,320\t\t3,120\n" +
        "Benefits and expenses:\n" +
        "Policyholder benefits and claims incurred, net\t\t1,800\t\t1,700\n" +
        "Interest credited to policyholder account balances\t\t450\t\t430\n" +
        "Amortization of deferred policy acquisition costs\t\t250\t\t240\n" +
        "Other operating expenses\t\t420\t\t400\n" +
        "Total benefits and expenses\t\t2,920\t\t2,770\n" +
        "Income before income taxes\t\t400\t\t350\n" +
        "Income tax expense\t\t84\t\t74\n" +
        "Net income\t$\t316\t$\t276\n" +
        "Earnings per share:\n" +
        "Basic\t$\t3.95\t$\t3.45\n" +
        "Diluted\t$\t3.90\t$\t3.41\n" +
        "Weighted average shares outstanding:\n" +
        "Basic\t\t80\t\t80\n" +
        "Diluted\t\t81\t\t81\n";

    // Costs and expenses 5,000 + 2,000 + 800 = 7,800 and 4,500 + 1,800 + 700 = 7,000; operating income 1,200 and 1,000;
    // pre-tax 1,200 - 50 = 1,150 and 1,000 + 30 = 1,030; net income 900 and 810.
    private const string Industrial =
        "KESTREL VALVE WORKS, INC.\n\nKestrel Valve Works, Inc. reported results for the year ended December 31, 2030.\n\n" +
        "CONSOLIDATED STATEMENTS OF OPERATIONS\n(in thousands)\n\n\tYear Ended December 31, 2030\tYear Ended December 31, 2029\n" +
        "Revenue\t$\t9,000\t$\t8,000\n" +
        "Costs and expenses:\n" +
        "Cost of revenue\t\t5,000\t\t4,500\n" +
        "Selling, general and administrative\t\t2,000\t\t1,800\n" +
        "Research and development\t\t800\t\t700\n" +
        "Total costs and expenses\t\t7,800\t\t7,000\n" +
        "Operating income\t\t1,200\t\t1,000\n" +
        "Other income (expense), net\t\t(50)\t\t30\n" +
        "Income before income taxes\t\t1,150\t\t1,030\n" +
        "Income tax expense\t\t250\t\t220\n" +
        "Net income\t$\t900\t$\t810\n";

    // Expenses 700 + 100 = 800 and 650 + 90 = 740; net loss 600 - 800 = -200 and 500 - 740 = -240.
    private const string GeneralExpenses =
        "WRENFIELD HOLDINGS CORP.\n\nWrenfield Holdings Corp. reported results for the year ended December 31, 2030.\n\n" +
        "CONSOLIDATED STATEMENTS OF OPERATIONS\n(in thousands)\n\n\tYear Ended December 31, 2030\tYear Ended December 31, 2029\n" +
        "Revenue\t$\t600\t$\t500\n" +
        "Expenses:\n" +
        "General and administrative\t\t700\t\t650\n" +
        "Interest expense\t\t100\t\t90\n" +
        "Total expenses\t\t800\t\t740\n" +
        "Net loss\t$\t(200)\t$\t(240)\n";

    [Theory]
    [InlineData(nameof(CasualtyInsurer), "us-gaap:RealizedInvestmentGainsLosses", -40_000, 25_000)]
    [InlineData(nameof(CasualtyInsurer), "us-gaap:OtherIncome", 30_000, 35_000)]
    [InlineData(nameof(CasualtyInsurer), "us-gaap:Revenues", 5_800_000, 5_540_000)]
    [InlineData(nameof(CasualtyInsurer), "us-gaap:IncurredClaimsPropertyCasualtyAndLiability", 3_400_000, 3_300_000)]
    [InlineData(nameof(CasualtyInsurer), "us-gaap:DeferredPolicyAcquisitionCostAmortizationExpense", 1_000_000, 950_000)]
    [InlineData(nameof(CasualtyInsurer), "us-gaap:OtherCostAndExpenseOperating", 500_000, 480_000)]
    [InlineData(nameof(CasualtyInsurer), "us-gaap:InterestExpense", 60_000, 60_000)]
    [InlineData(nameof(CasualtyInsurer), "us-gaap:BenefitsLossesAndExpenses", 4_960_000, 4_790_000)]
    [InlineData(nameof(CasualtyInsurer), "us-gaap:IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest", 840_000, 750_000)]
    [InlineData(nameof(LifeInsurer), "us-gaap:PremiumsEarnedNet", 2_000_000, 1_900_000)]
    [InlineData(nameof(LifeInsurer), "us-gaap:NetInvestmentIncome", 900_000, 850_000)]
    [InlineData(nameof(LifeInsurer), "us-gaap:Revenues", 3_320_000, 3_120_000)]
    [InlineData(nameof(LifeInsurer), "us-gaap:PolicyholderBenefitsAndClaimsIncurredNet", 1_800_000, 1_700_000)]
    [InlineData(nameof(LifeInsurer), "us-gaap:InterestCreditedToPolicyholdersAccountBalances", 450_000, 430_000)]
    [InlineData(nameof(LifeInsurer), "us-gaap:DeferredPolicyAcquisitionCostAmortizationExpense", 250_000, 240_000)]
    [InlineData(nameof(LifeInsurer), "us-gaap:OtherCostAndExpenseOperating", 420_000, 400_000)]
    [InlineData(nameof(LifeInsurer), "us-gaap:BenefitsLossesAndExpenses", 2_920_000, 2_770_000)]
    [InlineData(nameof(LifeInsurer), "us-gaap:NetIncomeLoss", 316_000, 276_000)]
    public void An_insurers_expense_total_and_the_lines_over_it_are_their_us_gaap_line_items(string insurer, string concept, int current, int prior)
    {
        var result = Extract(insurer == nameof(CasualtyInsurer) ? CasualtyInsurer : LifeInsurer);

        Assert.Equal(current, Reported(result, concept, Year2030));
        Assert.Equal(prior, Reported(result, concept, Year2029));
    }

    [Fact]
    public void A_casualty_insurers_statement_foots_with_no_extension_and_no_real_estate_item()
    {
        var result = Extract(CasualtyInsurer);

        AssertNoCalculationErrors(result);
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.Prefix != "us-gaap" && f.Concept.Prefix != "dei");
        Assert.Null(Reported(result, "us-gaap:OtherRealEstateRevenue", Year2030));
        Assert.Null(Reported(result, "us-gaap:CostsAndExpenses", Year2030));
    }

    [Fact]
    public void A_life_insurers_statement_foots()
    {
        var result = Extract(LifeInsurer);

        AssertNoCalculationErrors(result);
    }

    [Fact]
    public void An_industrial_statements_costs_and_expenses_and_other_income_read_as_before()
    {
        var result = Extract(Industrial);

        Assert.Equal(7_800_000m, Reported(result, "us-gaap:CostsAndExpenses", Year2030));
        Assert.Equal(7_000_000m, Reported(result, "us-gaap:CostsAndExpenses", Year2029));
        Assert.Equal(-50_000m, Reported(result, "us-gaap:NonoperatingIncomeExpense", Year2030));
        Assert.Equal(30_000m, Reported(result, "us-gaap:NonoperatingIncomeExpense", Year2029));
        Assert.Null(Reported(result, "us-gaap:BenefitsLossesAndExpenses", Year2030));
        Assert.Null(Reported(result, "us-gaap:OtherIncome", Year2030));
        AssertNoCalculationErrors(result);
    }

    [Fact]
    public void A_companys_total_expenses_over_general_and_interest_expense_stays_its_costs_and_expenses()
    {
        var result = Extract(GeneralExpenses);

        Assert.Equal(800_000m, Reported(result, "us-gaap:CostsAndExpenses", Year2030));
        Assert.Null(Reported(result, "us-gaap:BenefitsLossesAndExpenses", Year2030));
    }
}
