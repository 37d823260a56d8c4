using Taxonomy.Concepts;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A bank holding company's earnings release (fictional: Fernhollow Savings Bancorp): its statement of income and its
/// unclassified balance sheet come out as the us-gaap bank line items, with the totals footing through the shipped
/// calculations; the tables banks print beside the statements (average balances, ratios, loans by type) report no
/// balance-sheet facts.
/// </summary>
public class BankStatementTests
{
    private const string Header = "FERNHOLLOW SAVINGS BANCORP\n\nFernhollow Savings Bancorp reported net income of $2.6 million, or $0.63 per diluted share, for the second quarter of 2031.\n\n";

    // Interest income 9,000 + 1,200 + 300 = 10,500 (8,000 + 1,100 + 320 = 9,420); interest expense 2,500 + 400 + 100 = 3,000
    // (1,900 + 380 + 100 = 2,380); net interest income 7,500 (7,040), after a provision of 300 (200) 7,200 (6,840);
    // noninterest income 600 + 250 + 90 - 20 + 80 = 1,000 (580 + 300 + 85 + 15 + 70 = 1,050); noninterest expense
    // 3,200 + 700 + 400 + 150 + 550 = 5,000 (3,000 + 680 + 390 + 140 + 490 = 4,700); pre-tax 7,200 + 1,000 - 5,000 = 3,200
    // (6,840 + 1,050 - 4,700 = 3,190); net income 2,560 (2,550); basic 2,560 / 4,000 = 0.64, diluted 2,560 / 4,050 = 0.63.
    private const string IncomeStatement =
        "CONSOLIDATED STATEMENTS OF INCOME\n(in thousands, except per share amounts)\n\n\tThree Months Ended June 30,\n\t2031\t2030\n" +
        "Interest income:\n" +
        "Loans, including fees\t$\t9,000\t$\t8,000\n" +
        "Securities:\n" +
        "Taxable\t\t1,200\t\t1,100\n" +
        "Tax-exempt\t\t300\t\t320\n" +
        "Total interest income\t\t10,500\t\t9,420\n" +
        "Interest expense:\n" +
        "Deposits\t\t2,500\t\t1,900\n" +
        "Federal Home Loan Bank advances and other borrowings\t\t400\t\t380\n" +
        "Subordinated debentures\t\t100\t\t100\n" +
        "Total interest expense\t\t3,000\t\t2,380\n" +
        "Net interest income\t\t7,500\t\t7,040\n" +
        "Provision for credit losses\t\t300\t\t200\n" +
        "Net interest income after provision for credit losses\t\t7,200\t\t6,840\n" +
        "Noninterest income:\n" +
        "Service charges on deposit accounts\t\t600\t\t580\n" +
        "Mortgage banking income\t\t250\t\t300\n" +
        "Income from bank-owned life insurance\t\t90\t\t85\n" +
        "Net gains (losses) on sales of securities\t\t(20\t)\t\t15\n" +
        "Other\t\t80\t\t70\n" +
        "Total noninterest income\t\t1,000\t\t1,050\n" +
        "Noninterest expense:\n" +
        "Salaries and employee benefits\t\t3,200\t\t3,000\n" +
        "Occupancy and equipment\t\t700\t\t680\n" +
        "Data processing\t\t400\t\t390\n" +
        "FDIC insurance\t\t150\t\t140\n" +
        "Other\t\t550\t\t490\n" +
        "Total noninterest expense\t\t5,000\t\t4,700\n" +
        "Income before income taxes\t\t3,200\t\t3,190\n" +
        "Income tax expense\t\t640\t\t640\n" +
        "Net income\t$\t2,560\t$\t2,550\n" +
        "Earnings per share:\n" +
        "Basic\t$\t0.64\t$\t0.64\n" +
        "Diluted\t$\t0.63\t$\t0.63\n" +
        "Weighted average shares outstanding:\n" +
        "Basic\t\t4,000\t\t4,000\n" +
        "Diluted\t\t4,050\t\t4,050\n\n";

    // Cash 5,000 + 15,000 = 20,000 (4,500 + 20,000 = 24,500); net loans 400,000 - 5,000 = 395,000 (380,000 - 4,800 = 375,200);
    // assets 20,000 + 80,000 + 10,000 + 2,000 + 395,000 + 8,000 + 12,000 + 6,000 + 2,000 + 5,000 = 540,000
    // (24,500 + 78,000 + 11,000 + 1,500 + 375,200 + 8,200 + 11,800 + 6,000 + 1,900 + 5,100 = 523,200); deposits
    // 120,000 + 330,000 = 450,000 (125,000 + 310,000 = 435,000); liabilities 450,000 + 20,000 + 5,000 + 1,000 + 4,000 = 480,000
    // (435,000 + 22,000 + 5,000 + 900 + 3,800 = 466,700); equity 4,000 + 20,000 + 38,000 - 2,000 = 60,000
    // (4,000 + 19,800 + 35,000 - 2,300 = 56,500).
    private const string BalanceSheet =
        "CONSOLIDATED BALANCE SHEETS\n(in thousands)\n\n\tJune 30, 2031\tDecember 31, 2030\n" +
        "ASSETS\n" +
        "Cash and due from banks\t$\t5,000\t$\t4,500\n" +
        "Interest-bearing deposits in banks\t\t15,000\t\t20,000\n" +
        "Total cash and cash equivalents\t\t20,000\t\t24,500\n" +
        "Securities available for sale, at fair value\t\t80,000\t\t78,000\n" +
        "Securities held to maturity\t\t10,000\t\t11,000\n" +
        "Loans held for sale\t\t2,000\t\t1,500\n" +
        "Loans\t\t400,000\t\t380,000\n" +
        "Less: allowance for credit losses\t\t(5,000\t)\t\t(4,800\t)\n" +
        "Loans, net\t\t395,000\t\t375,200\n" +
        "Premises and equipment, net\t\t8,000\t\t8,200\n" +
        "Bank-owned life insurance\t\t12,000\t\t11,800\n" +
        "Goodwill\t\t6,000\t\t6,000\n" +
        "Accrued interest receivable\t\t2,000\t\t1,900\n" +
        "Other assets\t\t5,000\t\t5,100\n" +
        "Total assets\t$\t540,000\t$\t523,200\n" +
        "LIABILITIES AND SHAREHOLDERS' EQUITY\n" +
        "Deposits:\n" +
        "Noninterest-bearing\t$\t120,000\t$\t125,000\n" +
        "Interest-bearing\t\t330,000\t\t310,000\n" +
        "Total deposits\t\t450,000\t\t435,000\n" +
        "Federal Home Loan Bank advances\t\t20,000\t\t22,000\n" +
        "Subordinated debentures, net\t\t5,000\t\t5,000\n" +
        "Accrued interest payable\t\t1,000\t\t900\n" +
        "Other liabilities\t\t4,000\t\t3,800\n" +
        "Total liabilities\t\t480,000\t\t466,700\n" +
        "Shareholders' equity:\n" +
        "Common stock\t\t4,000\t\t4,000\n" +
        "Additional paid-in capital\t\t20,000\t\t19,800\n" +
        "Retained earnings\t\t38,000\t\t35,000\n" +
        "Accumulated other comprehensive loss\t\t(2,000\t)\t\t(2,300\t)\n" +
        "Total shareholders' equity\t\t60,000\t\t56,500\n" +
        "Total liabilities and shareholders' equity\t$\t540,000\t$\t523,200\n\n";

    // Averages over the quarters: none of them is a balance at June 30.
    private const string AverageBalanceSheet =
        "CONSOLIDATED AVERAGE BALANCE SHEETS\n(in thousands)\n\n\tThree Months Ended June 30,\n\t2031\t2030\n" +
        "Cash and due from banks\t$\t4,650\t$\t4,400\n" +
        "Loans\t\t395,500\t\t371,000\n" +
        "Other assets\t\t128,850\t\t126,600\n" +
        "Total assets\t$\t529,000\t$\t502,000\n" +
        "Total deposits\t$\t441,000\t$\t420,000\n" +
        "Other liabilities\t\t30,000\t\t29,000\n" +
        "Total liabilities\t\t471,000\t\t449,000\n" +
        "Total shareholders' equity\t\t58,000\t\t53,000\n" +
        "Total liabilities and shareholders' equity\t$\t529,000\t$\t502,000\n\n";

    // A highlights table printing ratios (percentages), a section of average balances and an "Average loans" row.
    private const string Highlights =
        "FINANCIAL HIGHLIGHTS\n(in thousands, except per share amounts)\n\n\tThree Months Ended June 30,\n\t2031\t2030\n" +
        "Net income\t$\t2,560\t$\t2,550\n" +
        "Diluted earnings per share\t$\t0.63\t$\t0.63\n" +
        "Performance ratios:\n" +
        "Return on average assets\t\t1.94%\t\t2.03%\n" +
        "Net interest margin\t\t6.10%\t\t6.05%\n" +
        "Efficiency ratio\t\t58.82%\t\t58.08%\n" +
        "Average balances:\n" +
        "Total assets\t\t529,000\t\t502,000\n" +
        "Total deposits\t\t441,000\t\t420,000\n" +
        "Average loans\t\t395,500\t\t371,000\n\n";

    // Loans by type at the two balance-sheet dates: a breakdown, not a statement.
    private const string LoansByType =
        "LOAN PORTFOLIO BY TYPE\n(in thousands)\n\n\tJune 30, 2031\tDecember 31, 2030\n" +
        "Commercial real estate\t$\t180,000\t$\t170,000\n" +
        "Commercial and industrial\t\t90,000\t\t85,000\n" +
        "Residential real estate\t\t100,000\t\t97,000\n" +
        "Consumer\t\t30,000\t\t28,000\n" +
        "Total loans\t$\t400,000\t$\t380,000\n\n";

    private const string Quarter = "2031-04-01/2031-06-30";
    private const string PriorQuarter = "2030-04-01/2030-06-30";

    private static ExtractionResult Extract(string text) =>
        FilingExtractor.Extract(text, new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "fernhollow.txt" });

    private static ExtractionResult Release() => Extract(Header + IncomeStatement + BalanceSheet + AverageBalanceSheet + Highlights + LoansByType);

    private static decimal? Value(ExtractionResult result, string localName, string period) =>
        Assert.Single(result.Report.Facts, f => f.Concept.Prefix == "us-gaap" && f.Concept.LocalName == localName && f.Period == Period.Parse(period)).NumericValue;

    [Theory]
    [InlineData("InterestAndFeeIncomeLoansAndLeases", 9_000_000, 8_000_000)]
    [InlineData("InterestIncomeSecuritiesTaxable", 1_200_000, 1_100_000)]
    [InlineData("InterestIncomeSecuritiesTaxExempt", 300_000, 320_000)]
    [InlineData("InterestAndDividendIncomeOperating", 10_500_000, 9_420_000)]
    [InlineData("InterestExpenseDeposits", 2_500_000, 1_900_000)]
    [InlineData("InterestExpenseBorrowings", 400_000, 380_000)]
    [InlineData("InterestExpenseSubordinatedNotesAndDebentures", 100_000, 100_000)]
    [InlineData("InterestExpenseOperating", 3_000_000, 2_380_000)]
    [InlineData("InterestIncomeExpenseNet", 7_500_000, 7_040_000)]
    [InlineData("ProvisionForLoanLeaseAndOtherLosses", 300_000, 200_000)]
    [InlineData("InterestIncomeExpenseAfterProvisionForLoanLoss", 7_200_000, 6_840_000)]
    [InlineData("FeesAndCommissionsDepositorAccounts", 600_000, 580_000)]
    [InlineData("FeesAndCommissionsMortgageBankingAndServicing", 250_000, 300_000)]
    [InlineData("BankOwnedLifeInsuranceIncome", 90_000, 85_000)]
    [InlineData("GainLossOnSaleOfSecuritiesNet", -20_000, 15_000)]
    [InlineData("NoninterestIncomeOther", 80_000, 70_000)]
    [InlineData("NoninterestIncome", 1_000_000, 1_050_000)]
    [InlineData("LaborAndRelatedExpense", 3_200_000, 3_000_000)]
    [InlineData("OccupancyNet", 700_000, 680_000)]
    [InlineData("InformationTechnologyAndDataProcessing", 400_000, 390_000)]
    [InlineData("FederalDepositInsuranceCorporationPremiumExpense", 150_000, 140_000)]
    [InlineData("OtherNoninterestExpense", 550_000, 490_000)]
    [InlineData("NoninterestExpense", 5_000_000, 4_700_000)]
    [InlineData("IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest", 3_200_000, 3_190_000)]
    [InlineData("NetIncomeLoss", 2_560_000, 2_550_000)]
    public void Each_line_of_the_statement_of_income_is_its_us_gaap_bank_line_item(string localName, long quarter, long priorQuarter)
    {
        var result = Release();
        Assert.Equal(quarter, Value(result, localName, Quarter));
        Assert.Equal(priorQuarter, Value(result, localName, PriorQuarter));
    }

    [Theory]
    [InlineData("CashAndDueFromBanks", 5_000_000, 4_500_000)]
    [InlineData("InterestBearingDepositsInBanks", 15_000_000, 20_000_000)]
    [InlineData("CashAndCashEquivalentsAtCarryingValue", 20_000_000, 24_500_000)]
    [InlineData("AvailableForSaleSecuritiesDebtSecurities", 80_000_000, 78_000_000)]
    [InlineData("HeldToMaturitySecurities", 10_000_000, 11_000_000)]
    [InlineData("LoansReceivableHeldForSaleNetNotPartOfDisposalGroup", 2_000_000, 1_500_000)]
    [InlineData("LoansAndLeasesReceivableNetOfDeferredIncome", 400_000_000, 380_000_000)]
    [InlineData("LoansAndLeasesReceivableAllowance", 5_000_000, 4_800_000)]
    [InlineData("LoansAndLeasesReceivableNetReportedAmount", 395_000_000, 375_200_000)]
    [InlineData("PropertyPlantAndEquipmentNet", 8_000_000, 8_200_000)]
    [InlineData("BankOwnedLifeInsurance", 12_000_000, 11_800_000)]
    [InlineData("InterestReceivable", 2_000_000, 1_900_000)]
    [InlineData("Assets", 540_000_000, 523_200_000)]
    [InlineData("NoninterestBearingDepositLiabilities", 120_000_000, 125_000_000)]
    [InlineData("InterestBearingDepositLiabilities", 330_000_000, 310_000_000)]
    [InlineData("Deposits", 450_000_000, 435_000_000)]
    [InlineData("AdvancesFromFederalHomeLoanBanks", 20_000_000, 22_000_000)]
    [InlineData("SubordinatedDebt", 5_000_000, 5_000_000)]
    [InlineData("Liabilities", 480_000_000, 466_700_000)]
    [InlineData("StockholdersEquity", 60_000_000, 56_500_000)]
    public void Each_line_of_the_unclassified_balance_sheet_is_its_us_gaap_bank_line_item(string localName, long current, long prior)
    {
        var result = Release();
        Assert.Equal(current, Value(result, localName, "2031-06-30"));
        Assert.Equal(prior, Value(result, localName, "2030-12-31"));
    }

    [Fact]
    public void The_bank_statements_foot_through_the_shipped_calculations()
    {
        var result = Release();
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Error);
        Assert.DoesNotContain(result.Findings, f => f.RuleId.StartsWith("calc11.summation", StringComparison.Ordinal) && f.Severity != Severity.Info);
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.Prefix != "us-gaap" && f.Concept.Prefix != "dei");
    }

    [Fact]
    public void Average_balances_are_no_balance_sheet_facts()
    {
        var result = Release();
        // Only the two balance-sheet dates: no instant at the end of an averaged quarter.
        var instants = result.Report.Facts.Where(f => f.Period.IsInstant).Select(f => f.Period).Distinct().ToList();
        Assert.Equal([Period.Parse("2030-12-31"), Period.Parse("2031-06-30")], instants.OrderBy(p => p.ToString(), StringComparer.Ordinal));
        // No average (529,000 total assets, 441,000 deposits, 395,500 loans, 4,650 cash, 128,850 other assets) under any concept or period.
        foreach (decimal average in new[] { 529_000_000m, 502_000_000m, 441_000_000m, 395_500_000m, 4_650_000m, 128_850_000m })
        {
            Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue == average);
        }
        Assert.Contains(result.Findings, f => f.RuleId == "extract.table-skipped" && f.Message.Contains("average balances", StringComparison.Ordinal));
        Assert.Equal(3, result.Findings.Count(f => f.RuleId == "extract.row-skipped" && f.Message.Contains("averaged over the period", StringComparison.Ordinal)));
    }

    [Fact]
    public void Ratios_are_not_monetary_facts()
    {
        var result = Release();
        foreach (decimal ratio in new[] { 1.94m, 2.03m, 6.10m, 6.05m, 58.82m, 58.08m })
        {
            Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue == ratio);
        }
    }

    [Fact]
    public void A_loan_breakdown_adds_nothing_to_the_balance_sheet()
    {
        var result = Release();
        foreach (decimal part in new[] { 180_000_000m, 90_000_000m, 100_000_000m, 30_000_000m, 170_000_000m })
        {
            Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue == part);
        }
        // The total it prints is the balance sheet's loans, once per date.
        Assert.Equal(400_000_000m, Value(result, "LoansAndLeasesReceivableNetOfDeferredIncome", "2031-06-30"));
    }

    [Fact]
    public void An_average_share_count_is_kept()
    {
        // "Average shares outstanding" averages a share count, not a balance: it stays the weighted average.
        const string statement = "CONSOLIDATED STATEMENTS OF INCOME\n(in thousands, except per share amounts)\n\n\tThree Months Ended June 30,\n\t2031\t2030\n" +
            "Net income\t$\t2,560\t$\t2,550\n" +
            "Basic earnings per share\t$\t0.64\t$\t0.64\n" +
            "Average shares outstanding\t\t4,000\t\t4,000\n";
        var result = Extract(Header + statement);
        Assert.Equal(4_000_000m, Value(result, "WeightedAverageNumberOfSharesOutstandingBasic", Quarter));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "extract.row-skipped");
    }

    [Fact]
    public void A_bare_interest_income_line_of_an_ordinary_statement_stays_interest_on_investments()
    {
        const string statement = "CONSOLIDATED STATEMENTS OF OPERATIONS\n(in thousands)\n\n\tThree Months Ended June 30,\n\t2031\t2030\n" +
            "Net sales\t$\t10,000\t$\t9,000\n" +
            "Cost of sales\t\t6,000\t\t5,500\n" +
            "Operating income\t\t4,000\t\t3,500\n" +
            "Interest income\t\t100\t\t80\n" +
            "Interest expense\t\t(300\t)\t\t(280\t)\n" +
            "Income before income taxes\t\t3,800\t\t3,300\n" +
            "Provision for income taxes\t\t800\t\t700\n" +
            "Net income\t$\t3,000\t$\t2,600\n";
        var result = Extract(Header + statement);
        Assert.Equal(100_000m, Value(result, "InvestmentIncomeInterest", Quarter));
        Assert.Equal(300_000m, Value(result, "InterestExpense", Quarter));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName is "InterestAndDividendIncomeOperating" or "InterestExpenseOperating" or "InterestIncomeExpenseNet");
    }
    [Fact]
    public void A_bare_interest_bearing_line_is_a_deposit_liability_only_under_a_deposits_caption()
    {
        // 5,000 + 15,000 + 80,000 = 100,000; 30,000 + 60,000 = 90,000; 90,000 + 10,000 = 100,000. Banks print a bare
        // "Interest-bearing deposits" among their assets (balances held with other banks): it is no deposit liability.
        const string statement = "CONSOLIDATED BALANCE SHEETS\n(in thousands)\n\n\tJune 30, 2031\tDecember 31, 2030\n" +
            "Cash and due from banks\t$\t5,000\t$\t4,500\n" +
            "Interest-bearing deposits\t\t15,000\t\t20,000\n" +
            "Loans, net\t\t80,000\t\t75,500\n" +
            "Total assets\t$\t100,000\t$\t100,000\n" +
            "Deposits:\n" +
            "Noninterest-bearing\t$\t30,000\t$\t31,000\n" +
            "Interest-bearing\t\t60,000\t\t59,000\n" +
            "Total deposits\t\t90,000\t\t90,000\n" +
            "Total liabilities\t\t90,000\t\t90,000\n" +
            "Total shareholders' equity\t\t10,000\t\t10,000\n" +
            "Total liabilities and shareholders' equity\t$\t100,000\t$\t100,000\n";
        var result = Extract(Header + statement);
        Assert.Equal(30_000_000m, Value(result, "NoninterestBearingDepositLiabilities", "2031-06-30"));
        Assert.Equal(60_000_000m, Value(result, "InterestBearingDepositLiabilities", "2031-06-30"));
        Assert.Equal(90_000_000m, Value(result, "Deposits", "2031-06-30"));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.Prefix == "us-gaap" && f.NumericValue is 15_000_000m or 20_000_000m);
    }

    [Fact]
    public void Whole_share_counts_under_a_heading_that_scales_dollars_are_read_as_printed()
    {
        // Dollars in thousands, share counts in whole shares: 2,560,000 / 4,012,345 = 0.638 (0.64), 2,560,000 / 4,061,220 = 0.630 (0.63);
        // in the heading's scale the quotients would be 0.0006.
        const string statement = "CONSOLIDATED STATEMENTS OF INCOME\n(Dollars in thousands, except per share data)\n\n\tThree Months Ended June 30,\n\t2031\t2030\n" +
            "Net interest income\t$\t7,500\t$\t7,040\n" +
            "Noninterest income\t\t1,000\t\t1,050\n" +
            "Noninterest expense\t\t5,300\t\t4,900\n" +
            "Income before income taxes\t\t3,200\t\t3,190\n" +
            "Income tax expense\t\t640\t\t640\n" +
            "Net income\t$\t2,560\t$\t2,550\n" +
            "Basic earnings per share\t$\t0.64\t$\t0.64\n" +
            "Diluted earnings per share\t$\t0.63\t$\t0.63\n" +
            "Weighted average shares outstanding, basic\t\t4,012,345\t\t3,998,765\n" +
            "Weighted average shares outstanding, diluted\t\t4,061,220\t\t4,047,110\n";
        var result = Extract(Header + statement);
        Assert.Equal(4_012_345m, Value(result, "WeightedAverageNumberOfSharesOutstandingBasic", Quarter));
        Assert.Equal(4_047_110m, Value(result, "WeightedAverageNumberOfDilutedSharesOutstanding", PriorQuarter));
        Assert.Contains(result.Findings, f => f.RuleId == "extract.row-reading" && f.Message.Contains("read as printed", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "per-share.ratio");
    }
    [Fact]
    public void A_printed_cash_subtotal_is_not_counted_twice_where_a_line_is_an_extension()
    {
        // Cash 5,000 + 15,000 = 20,000; assets 20,000 + 75,000 + 5,000 = 100,000 (the core deposit intangible is an
        // extension, so total assets foot only through the printed layout, with the cash subtotal standing for its lines).
        const string statement = "CONSOLIDATED BALANCE SHEETS\n(in thousands)\n\n\tJune 30, 2031\tDecember 31, 2030\n" +
            "Cash and due from banks\t$\t5,000\t$\t4,500\n" +
            "Interest-bearing deposits in banks\t\t15,000\t\t20,000\n" +
            "Total cash and cash equivalents\t\t20,000\t\t24,500\n" +
            "Loans, net\t\t75,000\t\t70,000\n" +
            "Core deposit intangible\t\t5,000\t\t5,500\n" +
            "Total assets\t$\t100,000\t$\t100,000\n" +
            "Total deposits\t$\t90,000\t$\t90,000\n" +
            "Total liabilities\t\t90,000\t\t90,000\n" +
            "Total shareholders' equity\t\t10,000\t\t10,000\n" +
            "Total liabilities and shareholders' equity\t$\t100,000\t$\t100,000\n";
        var result = Extract(Header + statement);
        Assert.Equal(100_000_000m, Value(result, "Assets", "2031-06-30"));
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Error);
    }
}
