using System.Globalization;
using Taxonomy.Statements;

namespace Taxonomy.Validation;

/// <summary>
/// Validation across statements and across a whole report: each statement's own rules, quantities two statements
/// share (net income, cash), and duplicate facts.
/// </summary>
public static class ReportValidator
{
    /// <summary>
    /// Runs every statement's <see cref="IStatement.Validate"/> and then checks that statements agree: the same
    /// concept for the same period must have consistent values wherever it is reported, and the
    /// <see cref="CrossStatementIdentity.Standard"/> identities (net income, cash) must hold.
    /// </summary>
    public static IReadOnlyList<ValidationFinding> Validate(IEnumerable<IStatement> statements) =>
        Validate(statements, CrossStatementIdentity.Standard);

    /// <summary>As <see cref="Validate(IEnumerable{IStatement})"/>, with the cross-statement identities given.</summary>
    public static IReadOnlyList<ValidationFinding> Validate(IEnumerable<IStatement> statements, IEnumerable<CrossStatementIdentity> identities)
    {
        ArgumentNullException.ThrowIfNull(statements);
        ArgumentNullException.ThrowIfNull(identities);
        var list = statements.ToArray();
        var findings = new List<ValidationFinding>();
        foreach (var statement in list) findings.AddRange(statement.Validate());
        AddAgreementFindings(findings, list, identities.ToArray());
        return findings;
    }

    /// <summary>
    /// Only the checks between statements of <see cref="Validate(IEnumerable{IStatement}, IEnumerable{CrossStatementIdentity})"/>,
    /// for a caller that has applied each statement's own rules already (and handled their findings itself).
    /// </summary>
    public static IReadOnlyList<ValidationFinding> ValidateAgreement(IEnumerable<IStatement> statements, IEnumerable<CrossStatementIdentity> identities)
    {
        ArgumentNullException.ThrowIfNull(statements);
        ArgumentNullException.ThrowIfNull(identities);
        var findings = new List<ValidationFinding>();
        AddAgreementFindings(findings, statements.ToArray(), identities.ToArray());
        return findings;
    }

    private static void AddAgreementFindings(List<ValidationFinding> findings, IStatement[] statements, CrossStatementIdentity[] identities)
    {
        var items = new List<StatementItem>();
        for (int index = 0; index < statements.Length; index++) items.AddRange(StatementItem.Of(index, statements[index]));
        CrossStatementRules.SameConcept(findings, items, identities);
        foreach (var identity in identities) CrossStatementRules.AcrossConcepts(findings, items, identity);
    }

    /// <summary>
    /// Checks a report's facts: numeric facts carry decimals, every prefix is declared, and duplicate facts (same
    /// concept, period, entity and unit) are consistent — numeric duplicates' Calculations 1.1 intervals must share a
    /// value, text duplicates must be equal.
    /// </summary>
    public static IReadOnlyList<ValidationFinding> Validate(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var findings = new List<ValidationFinding>();
        var facts = FactOrder.Canonical(Suspects(report)).ToArray();
        foreach (var fact in facts) CheckFact(findings, report, fact);
        foreach (var duplicates in facts.GroupBy(f => (f.Concept, f.Period, f.Entity.Scheme, f.Entity.Identifier, Unit: f.Unit?.ToString(), f.IsNumeric)))
        {
            var group = duplicates.ToArray();
            if (group.Length > 1) DuplicateFacts.Check(findings, group);
        }
        return findings;
    }

    /// <summary>
    /// The facts that may give a finding, in report order: those a fact check could flag and every one sharing concept
    /// and period with another (a superset of each duplicate group, whatever the entity, unit or kind). The rest would
    /// give none, and leaving them out of the canonical sort keeps the order of the others (the sort is stable).
    /// </summary>
    private static List<Fact> Suspects(Report report)
    {
        var facts = report.Facts;
        int[] sameConceptAndPeriod = SameConceptAndPeriod.FirstOf(facts);
        var suspects = new List<Fact>();
        for (int i = 0; i < facts.Count; i++)
        {
            if (sameConceptAndPeriod[i] >= 0 || MayFail(report, facts[i])) suspects.Add(facts[i]);
        }
        return suspects;
    }

    /// <summary>True when <see cref="CheckFact"/> reports something: it checks exactly these two conditions.</summary>
    private static bool MayFail(Report report, Fact fact) => LacksDecimals(fact) || HasUndeclaredPrefix(report, fact);

    private static bool LacksDecimals(Fact fact) => fact.IsNumeric && fact.Decimals is null;

    private static bool HasUndeclaredPrefix(Report report, Fact fact) =>
        !report.Namespaces.ContainsKey(fact.Concept.Prefix)
        || (fact.Unit is { } unit && (!report.Namespaces.ContainsKey(unit.Numerator.Prefix) || (unit.Denominator is { } d && !report.Namespaces.ContainsKey(d.Prefix))));

    private static void CheckFact(List<ValidationFinding> findings, Report report, Fact fact)
    {
        if (LacksDecimals(fact))
        {
            findings.Add(new ValidationFinding
            {
                RuleId = RuleIds.DecimalsMissing,
                Severity = Severity.Error,
                Concept = fact.Concept,
                Period = fact.Period,
                Actual = fact.NumericValue,
                Span = fact.Provenance?.Span,
                Message = string.Create(CultureInfo.InvariantCulture, $"{fact.Concept} for {fact.Period} is {fact.LexicalValue} without decimals."),
            });
        }
        if (!HasUndeclaredPrefix(report, fact)) return;
        var prefixes = new List<string> { fact.Concept.Prefix };
        if (fact.Unit is { } unit)
        {
            prefixes.Add(unit.Numerator.Prefix);
            if (unit.Denominator is { } d) prefixes.Add(d.Prefix);
        }
        foreach (var prefix in prefixes.Distinct(StringComparer.Ordinal).Where(p => !report.Namespaces.ContainsKey(p)))
        {
            findings.Add(new ValidationFinding
            {
                RuleId = RuleIds.UndeclaredPrefix,
                Severity = Severity.Error,
                Concept = fact.Concept,
                Period = fact.Period,
                Span = fact.Provenance?.Span,
                Message = $"{fact.Concept} for {fact.Period} uses prefix '{prefix}', which the report does not declare.",
            });
        }
    }
}
