using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A stand-alone statement of comprehensive income ("Consolidated Statements of Comprehensive Income") was not read: its
/// title named a statement the library did not extract and the schemas held no comprehensive income items. It is now
/// read with the income statement's items: the net income (the same fact as the income statement's), other
/// comprehensive income and its common lines, and comprehensive income. A statement that splits comprehensive income
/// between the noncontrolling interests and the parent totals consolidated amounts above the split: they are not the
/// parent's items. Fictional companies, figures that foot.
/// </summary>
public class ComprehensiveIncomeStatementTests
{
    private static string Line(string label, string now, string before) => label.PadRight(66) + now.PadLeft(10) + before.PadLeft(10) + "\n";

    private const string Opening = "Brantwell Instruments, Inc. today reported results for its fiscal year ended December 31, 2031.\n\n";

    private static readonly string Header = new string(' ', 66) + "Year Ended December 31,".PadLeft(20) + "\n" + new string(' ', 66) + "2031".PadLeft(10) + "2030".PadLeft(10) + "\n";

    private const string Year = "2031-01-01/2031-12-31";

    private const string PriorYear = "2030-01-01/2030-12-31";

    private static ExtractionResult Extract(string text) => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "brantwell.txt" });

    private static readonly string Operations =
        "CONSOLIDATED STATEMENTS OF OPERATIONS\n(in thousands, except per share amounts)\n\n" + Header
        + Line("Revenue", "12,000", "11,000") + Line("Cost of revenue", "7,000", "6,500") + Line("Gross profit", "5,000", "4,500")
        + Line("Operating expenses", "3,800", "3,600") + Line("Income before income taxes", "1,200", "900")
        + Line("Income tax expense", "300", "200") + Line("Net income", "900", "700")
        + Line("Net income per share, basic and diluted", "$ 0.45", "$ 0.35")
        + Line("Weighted-average shares outstanding, basic and diluted", "2,000", "2,000") + "\n";

    private static readonly string Comprehensive =
        "CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME\n(in thousands)\n\n" + Header
        + Line("Net income", "900", "700") + Line("Other comprehensive income (loss), net of tax:", "", "")
        + Line("  Foreign currency translation adjustments", "(60)", "40")
        + Line("  Unrealized gains (losses) on available-for-sale securities", "15", "(5)")
        + Line("  Unrealized gains (losses) on cash flow hedges", "(5)", "10")
        + Line("Other comprehensive income (loss)", "(50)", "45") + Line("Comprehensive income", "850", "745");

    [Fact]
    public void A_statement_of_comprehensive_income_is_read_beside_the_income_statement()
    {
        var result = Extract(Opening + Operations + Comprehensive);

        Assert.Equal(900_000m, result.Value("NetIncomeLoss", Year));
        Assert.Equal(-60_000m, result.Value("OtherComprehensiveIncomeLossForeignCurrencyTransactionAndTranslationAdjustmentNetOfTax", Year));
        Assert.Equal(15_000m, result.Value("OtherComprehensiveIncomeLossAvailableForSaleSecuritiesAdjustmentNetOfTax", Year));
        Assert.Equal(-5_000m, result.Value("OtherComprehensiveIncomeLossCashFlowHedgeGainLossAfterReclassificationAndTax", Year));
        Assert.Equal(-50_000m, result.Value("OtherComprehensiveIncomeLossNetOfTax", Year));
        Assert.Equal(850_000m, result.Value("ComprehensiveIncomeNetOfTax", Year));
        Assert.Equal(-5_000m, result.Value("OtherComprehensiveIncomeLossAvailableForSaleSecuritiesAdjustmentNetOfTax", PriorYear));
        Assert.Equal(45_000m, result.Value("OtherComprehensiveIncomeLossNetOfTax", PriorYear));
        Assert.Equal(745_000m, result.Value("ComprehensiveIncomeNetOfTax", PriorYear));
        // The net income both statements print is one fact; the income statement is still read in full.
        Assert.Single(result.Report.Facts, f => f.Concept.LocalName == "NetIncomeLoss" && f.Period.ToString() == Year);
        Assert.Equal(12_000_000m, result.Value("Revenues", Year));
        Assert.Equal(0.45m, result.Value("EarningsPerShareBasicAndDiluted", Year));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.Prefix == "ext");
        Assert.DoesNotContain(result.Findings, f => f.Severity == Taxonomy.Validation.Severity.Error);
    }

    [Fact]
    public void A_statement_of_comprehensive_income_printed_alone_is_read()
    {
        var result = Extract(Opening + Comprehensive);

        Assert.Equal(900_000m, result.Value("NetIncomeLoss", Year));
        Assert.Equal(-50_000m, result.Value("OtherComprehensiveIncomeLossNetOfTax", Year));
        Assert.Equal(850_000m, result.Value("ComprehensiveIncomeNetOfTax", Year));
        Assert.DoesNotContain(result.Findings, f => f.Severity == Taxonomy.Validation.Severity.Error);
    }

    [Fact]
    public void An_html_statement_of_comprehensive_loss_is_read()
    {
        static string Row(string label, string now, string before) => $"<tr><td>{label}</td><td>$</td><td>{now}</td><td>$</td><td>{before}</td></tr>\n";
        string html = "<html><body><p>Ferrowick Labs, Inc. today reported results for its fiscal year ended December 31, 2031.</p>\n"
            + "<p><b>CONDENSED CONSOLIDATED STATEMENTS OF COMPREHENSIVE LOSS</b></p><p>(in thousands)</p>\n<table>\n"
            + "<tr><td></td><td colspan=\"4\">Year Ended December 31,</td></tr>\n<tr><td></td><td colspan=\"2\">2031</td><td colspan=\"2\">2030</td></tr>\n"
            + Row("Net loss", "(4,200)", "(3,100)") + Row("Other comprehensive loss:", "", "")
            + Row("Foreign currency translation adjustment", "(30)", "(20)")
            + Row("Total other comprehensive loss", "(30)", "(20)") + Row("Comprehensive loss", "(4,230)", "(3,120)")
            + "</table></body></html>";

        var result = FilingExtractor.Extract(html, new ExtractionOptions { SourceName = "ferrowick.htm" });

        Assert.Equal(-4_200_000m, result.Value("NetIncomeLoss", Year));
        Assert.Equal(-30_000m, result.Value("OtherComprehensiveIncomeLossForeignCurrencyTransactionAndTranslationAdjustmentNetOfTax", Year));
        Assert.Equal(-30_000m, result.Value("OtherComprehensiveIncomeLossNetOfTax", Year));
        Assert.Equal(-4_230_000m, result.Value("ComprehensiveIncomeNetOfTax", Year));
        Assert.Equal(-3_120_000m, result.Value("ComprehensiveIncomeNetOfTax", PriorYear));
    }

    private static string SplitBetweenOwners(string netIncome) =>
        Opening + "CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME\n(in thousands)\n\n" + Header
        + Line("Net income", netIncome, "740") + Line("Other comprehensive income (loss):", "", "")
        + Line("Foreign currency translation adjustments", "(40)", "30")
        + Line("Other comprehensive income (loss)", "(40)", "30") + Line("Comprehensive income", "810", "770")
        + Line("Less: comprehensive income attributable to noncontrolling interests", "(28)", "(26)")
        + Line("Comprehensive income attributable to Brantwell Instruments, Inc.", "782", "744");

    [Fact]
    public void A_split_between_noncontrolling_interests_and_the_parent_makes_the_amounts_above_it_consolidated()
    {
        var result = Extract(SplitBetweenOwners("850"));

        // 850 and 810 include the noncontrolling interests' share: neither is the parent's.
        Assert.Equal(850_000m, result.Value("ProfitLoss", Year));
        Assert.Equal(740_000m, result.Value("ProfitLoss", PriorYear));
        Assert.Null(result.Value("NetIncomeLoss", Year));
        Assert.Equal(810_000m, result.Value("ComprehensiveIncomeNetOfTaxIncludingPortionAttributableToNoncontrollingInterest", Year));
        Assert.Equal(782_000m, result.Value("ComprehensiveIncomeNetOfTax", Year));
        Assert.Equal(-40_000m, result.Value("OtherComprehensiveIncomeLossNetOfTax", Year));
    }

    [Fact]
    public void A_net_income_that_does_not_foot_to_the_comprehensive_income_before_the_split_is_not_reported()
    {
        var result = Extract(SplitBetweenOwners("845"));

        Assert.Null(result.Value("ProfitLoss", Year));
        Assert.Null(result.Value("NetIncomeLoss", Year));
        Assert.Contains(result.Findings, f => f.Message.Contains("splits comprehensive income", StringComparison.Ordinal));
        // The split below foots by itself: its lines are still read.
        Assert.Equal(782_000m, result.Value("ComprehensiveIncomeNetOfTax", Year));
    }
}
