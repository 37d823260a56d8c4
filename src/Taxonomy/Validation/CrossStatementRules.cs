using System.Globalization;

namespace Taxonomy.Validation;

/// <summary>The checks between statements that <see cref="ReportValidator"/> applies.</summary>
internal static class CrossStatementRules
{
    /// <summary>The same concept for the same period in two statements must be consistent (an error if not).</summary>
    public static void SameConcept(List<ValidationFinding> findings, IReadOnlyList<StatementItem> items, IReadOnlyList<CrossStatementIdentity> identities)
    {
        // Groups in the order of their first item, kept at its index; only a concept reported more than once has anything to compare.
        int[] sameConceptAndPeriod = SameConceptAndPeriod.FirstOf(items, static item => (item.Concept.Concept, item.Period));
        var groupAt = new List<StatementItem>?[items.Count];
        for (int i = 0; i < items.Count; i++)
        {
            if (sameConceptAndPeriod[i] >= 0) (groupAt[sameConceptAndPeriod[i]] ??= []).Add(items[i]);
        }
        foreach (var reported in groupAt)
        {
            if (reported is null) continue;
            string? ruleId = null;
            for (int a = 0; a < reported.Count; a++)
            {
                for (int b = a + 1; b < reported.Count; b++)
                {
                    if (reported[a].StatementIndex == reported[b].StatementIndex) continue;
                    ruleId ??= identities.FirstOrDefault(g => g.Concepts.Contains(reported[a].Concept.Concept))?.RuleId ?? RuleIds.SameConceptAgreement;
                    Compare(findings, ruleId, Severity.Error, reported[a], reported[b]);
                }
            }
        }
    }

    /// <summary>
    /// Two statements that report the identity's quantity for the same period only under different concepts must
    /// agree too; a mismatch is a warning since the concepts may differ legitimately.
    /// </summary>
    public static void AcrossConcepts(List<ValidationFinding> findings, IReadOnlyList<StatementItem> items, CrossStatementIdentity identity)
    {
        var reporting = new List<StatementItem>();
        foreach (var item in items)
        {
            if (identity.Concepts.Contains(item.Concept.Concept)) reporting.Add(item);
        }
        if (reporting.Count < 2) return; // fewer than two items cannot come from two statements
        foreach (var group in reporting.GroupBy(i => i.Period))
        {
            var byStatement = group.GroupBy(i => i.StatementIndex).OrderBy(g => g.Key).ToArray();
            for (int a = 0; a < byStatement.Length; a++)
            {
                for (int b = a + 1; b < byStatement.Length; b++)
                {
                    var left = byStatement[a].ToArray();
                    var right = byStatement[b].ToArray();
                    bool shareConcept = left.Any(l => right.Any(r => r.Concept.Concept == l.Concept.Concept));
                    if (shareConcept) continue;
                    Compare(findings, identity.RuleId, Severity.Warning, left[0], right[0], identity.Name);
                }
            }
        }
    }

    private static void Compare(List<ValidationFinding> findings, string ruleId, Severity severity, StatementItem left, StatementItem right, string? quantity = null)
    {
        var l = ValueInterval.Of(left.Amount);
        var r = ValueInterval.Of(right.Amount);
        if (l.Overlaps(r)) return;
        string what = quantity is null ? "" : $" ({quantity})";
        findings.Add(new ValidationFinding
        {
            RuleId = ruleId,
            Severity = severity,
            Concept = right.Concept.Concept,
            Period = right.Period,
            Expected = left.Amount.Value,
            Actual = right.Amount.Value,
            Message = string.Create(CultureInfo.InvariantCulture,
                $"{right.Describe()} is {right.Amount.Value} for {right.Period}, but {left.Describe()} is {left.Amount.Value}{what}."),
        });
    }
}
