using Taxonomy.Concepts;
using Taxonomy.Validation;
using static Taxonomy.Tests.Validation.TestDefinitions;

namespace Taxonomy.Tests.Validation;

public class StatementRulesTests
{
    private static readonly Period Quarter = Period.Duration(new DateOnly(2025, 7, 1), new DateOnly(2025, 9, 30));
    private static readonly ConceptDefinition GrossProfit = Item("GrossProfit", "us-gaap:GrossProfit");

    private static CalculationTerm Term(decimal value, Decimals decimals, int weight = 1) => new(value, decimals, weight);

    private static List<ValidationFinding> Summation(CalculationTerm total, params CalculationTerm[] children)
    {
        var findings = new List<ValidationFinding>();
        StatementRules.Summation(findings, GrossProfit, Quarter, total, children);
        return findings;
    }

    // Revenue 94,930 less cost 51,051 (in thousands, decimals -3) is 43,879 ± 1 thousand.
    [Theory]
    [InlineData(43_878_000, true)]
    [InlineData(43_879_000, true)]
    [InlineData(43_880_000, true)]
    [InlineData(43_881_000, false)]
    [InlineData(43_877_000, false)]
    public void Summation_in_thousands_is_consistent_within_the_summed_rounding(long total, bool consistent)
    {
        var findings = Summation(Term(total, -3), Term(94_930_000, -3), Term(51_051_000, -3, -1));
        Assert.Equal(consistent, findings.Count == 0);
    }

    [Theory]
    [InlineData(43_878, true)]
    [InlineData(43_880, true)]
    [InlineData(43_881, false)]
    public void Summation_in_millions_scales_the_same_way(long totalMillions, bool consistent)
    {
        const decimal million = 1_000_000m;
        var findings = Summation(Term(totalMillions * million, -6), Term(94_930 * million, -6), Term(51_051 * million, -6, -1));
        Assert.Equal(consistent, findings.Count == 0);
    }

    [Fact]
    public void Inconsistent_summation_reports_the_point_sum_and_the_total()
    {
        var finding = Assert.Single(Summation(Term(43_881_000, -3), Term(94_930_000, -3), Term(51_051_000, -3, -1)));
        Assert.Equal(RuleIds.CalculationSummation, finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(43_879_000m, finding.Expected);
        Assert.Equal(43_881_000m, finding.Actual);
        Assert.Equal(GrossProfit.Concept, finding.Concept);
        Assert.Equal(Quarter, finding.Period);
        Assert.Contains("43878000..43880000", finding.Message);
    }

    [Fact]
    public void Exact_values_must_add_up_exactly()
    {
        Assert.Empty(Summation(Term(15, Decimals.Infinite), Term(10, Decimals.Infinite), Term(5, Decimals.Infinite)));
        Assert.Single(Summation(Term(15.01m, Decimals.Infinite), Term(10, Decimals.Infinite), Term(5, Decimals.Infinite)));
    }

    [Fact]
    public void A_rounded_total_of_exact_children_is_checked_against_its_own_interval()
    {
        Assert.Empty(Summation(Term(15.4m, 0), Term(10, Decimals.Infinite), Term(5, Decimals.Infinite)));
        Assert.Single(Summation(Term(15.6m, 0), Term(10, Decimals.Infinite), Term(5, Decimals.Infinite)));
    }

    [Fact]
    public void Mixed_decimals_add_their_own_rounding()
    {
        // 1,000 at -3 stands for 500..1,500; 0.25 at 2 for 0.245..0.255.
        Assert.Empty(Summation(Term(1_000, 0), Term(1_000, -3), Term(0.25m, 2)));
        Assert.Empty(Summation(Term(1_500, 0), Term(1_000, -3), Term(0.25m, 2)));
        Assert.Single(Summation(Term(1_501, 0), Term(1_000, -3), Term(0.25m, 2)));
    }

    [Fact]
    public void Missing_children_are_skipped()
    {
        var missing = new CalculationTerm(null, default, 1);
        Assert.Empty(Summation(Term(100, 0), Term(100, 0), missing));
        var finding = Assert.Single(Summation(Term(150, 0), Term(100, 0), missing));
        Assert.Equal(100m, finding.Expected);
    }

    [Fact]
    public void A_gap_with_children_absent_is_a_warning_and_with_all_reported_an_error()
    {
        var missing = new CalculationTerm(null, default, 1);
        var partial = Assert.Single(Summation(Term(150, 0), Term(100, 0), missing));
        Assert.Equal(RuleIds.CalculationSummationPartial, partial.RuleId);
        Assert.Equal(Severity.Warning, partial.Severity);

        var complete = Assert.Single(Summation(Term(150, 0), Term(100, 0), Term(40, 0)));
        Assert.Equal(RuleIds.CalculationSummation, complete.RuleId);
        Assert.Equal(Severity.Error, complete.Severity);
    }

    [Fact]
    public void No_reported_children_or_no_total_means_no_check()
    {
        var missing = new CalculationTerm(null, default, 1);
        Assert.Empty(Summation(Term(999_999, 0), missing, missing));
        Assert.Empty(Summation(Term(999_999, 0)));
        Assert.Empty(Summation(missing, Term(1, 0), Term(2, 0)));
    }

    [Fact]
    public void Identity_holds_within_rounding_and_fails_beyond()
    {
        var assets = Item("Assets", "us-gaap:Assets", periodType: PeriodType.Instant);
        var liabilities = Item("LiabilitiesAndStockholdersEquity", "us-gaap:LiabilitiesAndStockholdersEquity", periodType: PeriodType.Instant);
        var instant = Period.Instant(new DateOnly(2025, 9, 30));
        var findings = new List<ValidationFinding>();

        StatementRules.Identity(findings, assets, liabilities, instant, Term(120_000, -3), Term(121_000, -3));
        Assert.Empty(findings);

        StatementRules.Identity(findings, assets, liabilities, instant, Term(120_000, -3), new CalculationTerm(null, default, 1));
        Assert.Empty(findings);

        StatementRules.Identity(findings, assets, liabilities, instant, Term(120_000, -3), Term(122_000, -3));
        var finding = Assert.Single(findings);
        Assert.Equal(RuleIds.Identity, finding.RuleId);
        Assert.Equal(liabilities.Concept, finding.Concept);
        Assert.Equal(120_000m, finding.Expected);
        Assert.Equal(122_000m, finding.Actual);
    }

    [Fact]
    public void NonNegative_flags_only_negative_values()
    {
        var shares = Item("Shares", "us-gaap:SharesOutstanding", ConceptDataType.Shares, PeriodType.Instant);
        var findings = new List<ValidationFinding>();
        StatementRules.NonNegative(findings, shares, Quarter, Term(0, 0));
        StatementRules.NonNegative(findings, shares, Quarter, Term(5, 0));
        StatementRules.NonNegative(findings, shares, Quarter, new CalculationTerm(null, default, 1));
        Assert.Empty(findings);
        StatementRules.NonNegative(findings, shares, Quarter, Term(-1, 0));
        var finding = Assert.Single(findings);
        Assert.Equal((RuleIds.NegativeValue, Severity.Error, -1m), (finding.RuleId, finding.Severity, finding.Actual));
    }

    [Fact]
    public void SignByBalance_warns_only_for_negative_debit_instants()
    {
        var cash = Item("Cash", "us-gaap:Cash", periodType: PeriodType.Instant, balance: BalanceType.Debit);
        var debt = Item("Debt", "us-gaap:LongTermDebt", periodType: PeriodType.Instant, balance: BalanceType.Credit);
        var expense = Item("Expense", "us-gaap:OperatingExpenses", periodType: PeriodType.Duration, balance: BalanceType.Debit);
        var findings = new List<ValidationFinding>();
        StatementRules.SignByBalance(findings, cash, Quarter, Term(10, 0));
        StatementRules.SignByBalance(findings, debt, Quarter, Term(-10, 0));
        StatementRules.SignByBalance(findings, expense, Quarter, Term(-10, 0));
        Assert.Empty(findings);
        StatementRules.SignByBalance(findings, cash, Quarter, Term(-10, 0));
        var finding = Assert.Single(findings);
        Assert.Equal((RuleIds.SignByBalance, Severity.Warning), (finding.RuleId, finding.Severity));
    }

    [Fact]
    public void Required_warns_when_absent()
    {
        var revenue = Item("Revenues", "us-gaap:Revenues");
        var findings = new List<ValidationFinding>();
        StatementRules.Required(findings, revenue, Quarter, present: true);
        Assert.Empty(findings);
        StatementRules.Required(findings, revenue, Quarter, present: false);
        var finding = Assert.Single(findings);
        Assert.Equal((RuleIds.RequiredMissing, Severity.Warning, revenue.Concept), (finding.RuleId, finding.Severity, finding.Concept));
    }

    [Theory]
    [InlineData("-0.19", true)]
    [InlineData("-0.18", false)]
    [InlineData("-0.20", false)]
    [InlineData("0.19", false)]
    public void PerShare_is_the_ratio_within_rounding(string eps, bool consistent)
    {
        // A loss of 9,397 thousand over 50,783 thousand shares is -0.18504 a share.
        var concept = Item("Eps", "us-gaap:EarningsPerShareBasicAndDiluted", ConceptDataType.PerShare);
        var findings = new List<ValidationFinding>();
        StatementRules.PerShare(findings, concept, Quarter, Term(decimal.Parse(eps, System.Globalization.CultureInfo.InvariantCulture), 2), Term(-9_397_000, -3), Term(50_783_000, -3));
        Assert.Equal(consistent, findings.Count == 0);
        if (!consistent)
        {
            Assert.Equal(RuleIds.PerShareRatio, findings[0].RuleId);
            Assert.Equal(-0.1850m, findings[0].Expected);
        }
    }

    [Fact]
    public void PerShare_skips_absent_items_and_non_positive_share_counts()
    {
        var concept = Item("Eps", "us-gaap:EarningsPerShareBasic", ConceptDataType.PerShare);
        var missing = new CalculationTerm(null, default, 1);
        var findings = new List<ValidationFinding>();
        StatementRules.PerShare(findings, concept, Quarter, Term(5, 2), Term(-9_397_000, -3), missing);
        StatementRules.PerShare(findings, concept, Quarter, Term(5, 2), missing, Term(1, 0));
        StatementRules.PerShare(findings, concept, Quarter, Term(5, 2), Term(10, 0), Term(0, 0));
        Assert.Empty(findings);
    }
}

public class StatementRulesExtremeValueTests
{
    private static readonly Period Year = Period.Duration(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31));

    [Fact]
    public void Rules_do_not_throw_on_values_at_the_edge_of_the_decimal_range()
    {
        var total = TestDefinitions.Item("Total", "us-gaap:Revenues");
        var findings = new List<ValidationFinding>();
        CalculationTerm big = new(decimal.MaxValue, 0, 1);
        StatementRules.Summation(findings, total, Year, new CalculationTerm(1, 0, 1), [big, big]);
        Assert.Equal(decimal.MaxValue, Assert.Single(findings).Expected);

        findings.Clear();
        StatementRules.PerShare(findings, total, Year, new CalculationTerm(1, 2, 1), big, new CalculationTerm(0.0000001m, 7, 1));
        Assert.Empty(findings);
    }
}
