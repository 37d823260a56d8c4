using Taxonomy.Extraction.Tests.Support;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// Since ComprehensiveIncomeNetOfTax's calculation is us-gaap's (the consolidated comprehensive income less the
/// noncontrolling interests' share), a statement printing only net income, other comprehensive income and comprehensive
/// income had its total unchecked: a comprehensive income that did not foot passed silently. Without noncontrolling
/// interests it is checked as net income plus other comprehensive income. Fictional company, figures of our own.
/// </summary>
public class ComprehensiveIncomeWithoutNoncontrollingCheckTests
{
    private static string Line(string label, string now, string before) => label.PadRight(70) + now.PadLeft(10) + before.PadLeft(10) + "\n";

    private const string Opening = "Brindlecomb Optics Corp. today reported results for its fiscal year ended December 31, 2031.\n\n";

    private static readonly string Header = new string(' ', 70) + "Year Ended December 31,".PadLeft(20) + "\n" + new string(' ', 70) + "2031".PadLeft(10) + "2030".PadLeft(10) + "\n";

    private static ExtractionResult Extract(string text) => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "brindlecomb.txt" });

    private static string Comprehensive(string total) =>
        Opening + "CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME\n(in thousands)\n\n" + Header
        + Line("Net income", "3,140", "2,905") + Line("Other comprehensive income (loss), net of tax:", "", "")
        + Line("Foreign currency translation adjustments", "(85)", "31")
        + Line("Unrealized gains (losses) on available-for-sale securities", "12", "(6)")
        + Line("Other comprehensive income (loss)", "(73)", "25") + Line("Comprehensive income", total, "2,930");

    private static bool FlagsComprehensiveIncome(ExtractionResult result) =>
        result.Findings.Any(f => f.RuleId == RuleIds.CalculationSummation && f.Severity == Severity.Error && f.Concept?.LocalName == "ComprehensiveIncomeNetOfTax");

    [Fact]
    public void A_comprehensive_income_that_is_not_net_income_plus_other_comprehensive_income_is_an_error()
    {
        var result = Extract(Comprehensive("3,076"));

        var finding = Assert.Single(result.Findings, f => f.RuleId == RuleIds.CalculationSummation && f.Concept?.LocalName == "ComprehensiveIncomeNetOfTax");
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(3_076_000m, finding.Actual);
        Assert.Equal(3_067_000m, finding.Expected);
        Assert.Equal(Period.Parse("2031-01-01/2031-12-31"), finding.Period);
    }

    [Fact]
    public void A_comprehensive_income_that_foots_is_not_flagged()
    {
        var result = Extract(Comprehensive("3,067"));

        Assert.Equal(3_067_000m, result.Value("ComprehensiveIncomeNetOfTax", "2031-01-01/2031-12-31"));
        Assert.False(FlagsComprehensiveIncome(result));
    }

    [Fact]
    public void A_company_with_noncontrolling_interests_is_not_checked_so()
    {
        // The noncontrolling interests' own other comprehensive income makes the parent's comprehensive income (3,010) other
        // than the parent's net income (3,100) plus the consolidated other comprehensive income (-73).
        var result = Extract(Opening + "CONSOLIDATED STATEMENTS OF INCOME AND COMPREHENSIVE INCOME\n(in thousands)\n\n" + Header
            + Line("Revenue", "40,000", "37,000") + Line("Costs and expenses", "36,860", "34,095")
            + Line("Net income", "3,140", "2,905")
            + Line("Less: net income attributable to noncontrolling interests", "(40)", "(35)")
            + Line("Net income attributable to Brindlecomb Optics Corp.", "3,100", "2,870")
            + Line("Other comprehensive income (loss):", "", "")
            + Line("Foreign currency translation adjustments", "(73)", "25")
            + Line("Other comprehensive income (loss)", "(73)", "25") + Line("Comprehensive income", "3,067", "2,930")
            + Line("Less: comprehensive income attributable to noncontrolling interests", "(57)", "(36)")
            + Line("Comprehensive income attributable to Brindlecomb Optics Corp.", "3,010", "2,894"));

        Assert.Equal(3_010_000m, result.Value("ComprehensiveIncomeNetOfTax", "2031-01-01/2031-12-31"));
        Assert.False(FlagsComprehensiveIncome(result));
    }
}
