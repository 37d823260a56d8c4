using Taxonomy.Concepts;
using Taxonomy.Statements;
using Taxonomy.Validation;
using static Taxonomy.Tests.Validation.TestDefinitions;

namespace Taxonomy.Tests.Validation;

public class ReportValidatorTests
{
    private static readonly Period Quarter = Period.Duration(new DateOnly(2025, 7, 1), new DateOnly(2025, 9, 30));
    private static readonly Period QuarterEnd = Period.Instant(new DateOnly(2025, 9, 30));

    private static readonly StatementDefinition Income = Statement("FictionalIncome", StatementKind.IncomeStatement, PeriodType.Duration,
        Item("Revenues", "us-gaap:Revenues"),
        Item("NetIncomeLoss", "us-gaap:NetIncomeLoss"));

    private static readonly StatementDefinition CashFlow = Statement("FictionalCashFlow", StatementKind.CashFlow, PeriodType.Duration,
        Item("NetIncomeLoss", "us-gaap:NetIncomeLoss"),
        Item("ProfitLoss", "us-gaap:ProfitLoss"),
        Item("CashAtStart", "us-gaap:CashAndCashEquivalentsAtCarryingValue", periodType: PeriodType.Instant, anchor: PeriodAnchor.Start),
        Item("CashAtEnd", "us-gaap:CashAndCashEquivalentsAtCarryingValue", periodType: PeriodType.Instant),
        Item("CashWithRestricted", "us-gaap:CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents", periodType: PeriodType.Instant));

    private static readonly StatementDefinition Balance = Statement("FictionalBalance", StatementKind.BalanceSheet, PeriodType.Instant,
        Item("Cash", "us-gaap:CashAndCashEquivalentsAtCarryingValue", periodType: PeriodType.Instant),
        Item("Revenues", "us-gaap:Revenues"));

    private static TestStatement Make(StatementDefinition definition, Period period, params (string Property, object? Value)[] values) =>
        new(definition, period, values.ToDictionary(v => v.Property, v => v.Value));

    [Fact]
    public void A_hand_written_statement_answers_by_position_through_its_values_by_name()
    {
        IStatement statement = Make(Income, Quarter, ("NetIncomeLoss", new MonetaryAmount(7m, 0)));
        Assert.Null(statement.GetValueAt(0));
        Assert.Equal(new MonetaryAmount(7m, 0), statement.GetValueAt(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => statement.GetValueAt(2));
    }

    [Fact]
    public void Statement_findings_are_included()
    {
        var own = new ValidationFinding { RuleId = RuleIds.RequiredMissing, Severity = Severity.Warning, Message = "own" };
        var statement = new TestStatement(Income, Quarter, new Dictionary<string, object?>(), own);
        Assert.Equal([own], ReportValidator.Validate([statement]));
    }

    [Fact]
    public void Agreement_alone_leaves_out_each_statements_own_findings()
    {
        var own = new ValidationFinding { RuleId = RuleIds.RequiredMissing, Severity = Severity.Warning, Message = "own" };
        var income = new TestStatement(Income, Quarter, new Dictionary<string, object?> { ["NetIncomeLoss"] = Usd(-9_397_000) }, own);
        var cashFlow = Make(CashFlow, Quarter, ("NetIncomeLoss", Usd(-9_379_000)));
        var all = ReportValidator.Validate([income, cashFlow]);
        var agreement = ReportValidator.ValidateAgreement([income, cashFlow], CrossStatementIdentity.Standard);
        Assert.Equal([RuleIds.RequiredMissing, RuleIds.NetIncomeAgreement], all.Select(f => f.RuleId));
        Assert.Equal(all.Skip(1), agreement);
    }

    [Fact]
    public void Net_income_agrees_between_income_and_cash_flow_statements()
    {
        var income = Make(Income, Quarter, ("NetIncomeLoss", Usd(-9_397_000)));
        Assert.Empty(ReportValidator.Validate([income, Make(CashFlow, Quarter, ("NetIncomeLoss", Usd(-9_397_000)))]));
        Assert.Empty(ReportValidator.Validate([income, Make(CashFlow, Quarter, ("NetIncomeLoss", Usd(-9_397_400, 0)))]));

        var findings = ReportValidator.Validate([income, Make(CashFlow, Quarter, ("NetIncomeLoss", Usd(-9_379_000)))]);
        var finding = Assert.Single(findings);
        Assert.Equal((RuleIds.NetIncomeAgreement, Severity.Error), (finding.RuleId, finding.Severity));
        Assert.Equal((-9_397_000m, -9_379_000m), (finding.Expected, finding.Actual));
        Assert.Equal(Quarter, finding.Period);
        Assert.Contains("FictionalCashFlow", finding.Message);
    }

    [Fact]
    public void Different_periods_are_not_compared()
    {
        var nine = Period.Duration(new DateOnly(2025, 1, 1), new DateOnly(2025, 9, 30));
        var findings = ReportValidator.Validate([
            Make(Income, Quarter, ("NetIncomeLoss", Usd(-9_397_000))),
            Make(CashFlow, nine, ("NetIncomeLoss", Usd(-20_000_000))),
        ]);
        Assert.Empty(findings);
    }

    [Fact]
    public void Net_income_under_different_concepts_is_only_a_warning()
    {
        var findings = ReportValidator.Validate([
            Make(Income, Quarter, ("NetIncomeLoss", Usd(-9_397_000))),
            Make(CashFlow, Quarter, ("ProfitLoss", Usd(-9_000_000))),
        ]);
        var finding = Assert.Single(findings);
        Assert.Equal((RuleIds.NetIncomeAgreement, Severity.Warning), (finding.RuleId, finding.Severity));
    }

    [Fact]
    public void Different_concepts_are_not_compared_when_the_statements_share_one()
    {
        // Profit including non-controlling interests may differ from net income attributable to the parent.
        var findings = ReportValidator.Validate([
            Make(Income, Quarter, ("NetIncomeLoss", Usd(-9_397_000))),
            Make(CashFlow, Quarter, ("NetIncomeLoss", Usd(-9_397_000)), ("ProfitLoss", Usd(-9_000_000))),
        ]);
        Assert.Empty(findings);
    }

    [Fact]
    public void Cash_at_end_of_period_agrees_with_the_balance_sheet_at_that_instant()
    {
        var cashFlow = Make(CashFlow, Quarter, ("CashAtStart", Usd(70_000_000)), ("CashAtEnd", Usd(80_000_000)));
        Assert.Empty(ReportValidator.Validate([cashFlow, Make(Balance, QuarterEnd, ("Cash", Usd(80_000_000)))]));

        var finding = Assert.Single(ReportValidator.Validate([cashFlow, Make(Balance, QuarterEnd, ("Cash", Usd(81_000_000)))]));
        Assert.Equal((RuleIds.CashAgreement, Severity.Error, QuarterEnd), (finding.RuleId, finding.Severity, finding.Period));
    }

    [Fact]
    public void Cash_at_start_of_period_is_compared_with_the_prior_balance_sheet()
    {
        var cashFlow = Make(CashFlow, Quarter, ("CashAtStart", Usd(70_000_000)), ("CashAtEnd", Usd(80_000_000)));
        var priorEnd = Period.Instant(new DateOnly(2025, 6, 30));
        Assert.Empty(ReportValidator.Validate([cashFlow, Make(Balance, priorEnd, ("Cash", Usd(70_000_000)))]));
        var finding = Assert.Single(ReportValidator.Validate([cashFlow, Make(Balance, priorEnd, ("Cash", Usd(75_000_000)))]));
        Assert.Equal(priorEnd, finding.Period);
    }

    [Fact]
    public void Cash_including_restricted_cash_is_a_warning_when_it_differs()
    {
        var cashFlow = Make(CashFlow, Quarter, ("CashWithRestricted", Usd(82_000_000)));
        var finding = Assert.Single(ReportValidator.Validate([cashFlow, Make(Balance, QuarterEnd, ("Cash", Usd(80_000_000)))]));
        Assert.Equal((RuleIds.CashAgreement, Severity.Warning), (finding.RuleId, finding.Severity));
    }

    [Fact]
    public void Any_other_concept_reported_twice_for_a_period_must_agree()
    {
        var balanceWithRevenue = Make(Balance, Quarter, ("Revenues", Usd(6_126_000)));
        Assert.Empty(ReportValidator.Validate([Make(Income, Quarter, ("Revenues", Usd(6_126_000))), balanceWithRevenue]));
        var finding = Assert.Single(ReportValidator.Validate([Make(Income, Quarter, ("Revenues", Usd(6_216_000))), balanceWithRevenue]));
        Assert.Equal(RuleIds.SameConceptAgreement, finding.RuleId);
    }

    [Fact]
    public void Non_numeric_values_are_ignored()
    {
        var text = Make(Income, Quarter, ("NetIncomeLoss", "n/a"));
        Assert.Empty(ReportValidator.Validate([text, Make(CashFlow, Quarter, ("NetIncomeLoss", Usd(1_000)))]));
    }

    private static readonly Entity Company = Entity.Cik("999999");
    private static readonly QName Revenues = new("us-gaap", "Revenues");

    private static Report ReportOf(params Fact[] facts) =>
        new([new("us-gaap", "http://fasb.org/us-gaap/2024"), new("dei", "http://xbrl.sec.gov/dei/2024")], [], facts);

    [Fact]
    public void Consistent_duplicates_pass()
    {
        var report = ReportOf(
            Fact.Numeric(Revenues, Company, Quarter, 43_878_000, -3, Unit.Usd),
            Fact.Numeric(Revenues, Company, Quarter, 43_878_400, 0, Unit.Usd),
            Fact.Numeric(Revenues, Company, Quarter, 44_000_000, -6, Unit.Usd),
            Fact.Text(new QName("dei", "EntityRegistrantName"), Company, Quarter, "Fictional Widgets, Inc."),
            Fact.Text(new QName("dei", "EntityRegistrantName"), Company, Quarter, "Fictional Widgets, Inc."));
        Assert.Empty(ReportValidator.Validate(report));
    }

    [Fact]
    public void Inconsistent_numeric_duplicates_are_errors()
    {
        // Each pair overlaps (43,878 ± 0.5 thousand and 43,879 ± 0.5 thousand touch) but all three share no value.
        var report = ReportOf(
            Fact.Numeric(Revenues, Company, Quarter, 43_878_000, -3, Unit.Usd),
            Fact.Numeric(Revenues, Company, Quarter, 43_879_000, -3, Unit.Usd),
            Fact.Numeric(Revenues, Company, Quarter, 43_878_200, 0, Unit.Usd));
        var finding = Assert.Single(ReportValidator.Validate(report));
        Assert.Equal((RuleIds.DuplicateInconsistent, Severity.Error, Revenues, Quarter), (finding.RuleId, finding.Severity, finding.Concept, finding.Period));
        Assert.Contains("3 times", finding.Message);
    }

    [Fact]
    public void Facts_differing_in_unit_entity_or_period_are_not_duplicates()
    {
        var report = ReportOf(
            Fact.Numeric(Revenues, Company, Quarter, 1_000, 0, Unit.Usd),
            Fact.Numeric(Revenues, Company, Quarter, 2_000, 0, Unit.Currency("EUR")),
            Fact.Numeric(Revenues, Entity.Cik("888888"), Quarter, 3_000, 0, Unit.Usd),
            Fact.Numeric(Revenues, Company, QuarterEnd, 4_000, 0, Unit.Usd));
        Assert.Empty(ReportValidator.Validate(report));
    }

    [Fact]
    public void Different_texts_are_inconsistent_duplicates()
    {
        var name = new QName("dei", "EntityRegistrantName");
        var report = ReportOf(Fact.Text(name, Company, Quarter, "Fictional Widgets, Inc."), Fact.Text(name, Company, Quarter, "Fictional Gadgets, Inc."));
        Assert.Equal(RuleIds.DuplicateInconsistent, Assert.Single(ReportValidator.Validate(report)).RuleId);
    }

    [Fact]
    public void Numeric_facts_without_decimals_and_undeclared_prefixes_are_errors()
    {
        var report = ReportOf(
            new Fact { Concept = Revenues, Entity = Company, Period = Quarter, NumericValue = 5, Unit = Unit.Usd },
            Fact.Text(new QName("wdg", "Motto"), Company, Quarter, "Widgets for all"));
        var findings = ReportValidator.Validate(report);
        Assert.Equal([RuleIds.DecimalsMissing, RuleIds.UndeclaredPrefix], findings.Select(f => f.RuleId).Order(StringComparer.Ordinal));
    }
}
