using System.Globalization;

namespace Taxonomy.Validation;

/// <summary>The checks between statements that <see cref="ReportValidator"/> applies.</summary>
internal static class CrossStatementRules
{
    /// <summary>The same concept for the same period in two statements must be consistent (an error if not).</summary>
    public static void SameConcept(List<ValidationFinding> findings, IReadOnlyList<StatementItem> items, IReadOnlyList<CrossStatementIdentity> identities)
    {
        foreach (var group in items.GroupBy(i => (i.Concept.Concept, i.Period)))
        {
            var reported = group.ToArray();
            string ruleId = identities.FirstOrDefault(g => g.Concepts.Contains(group.Key.Concept))?.RuleId ?? RuleIds.SameConceptAgreement;
            for (int a = 0; a < reported.Length; a++)
            {
                for (int b = a + 1; b < reported.Length; b++)
                {
                    if (reported[a].StatementIndex != reported[b].StatementIndex)
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
        foreach (var group in items.Where(i => identity.Concepts.Contains(i.Concept.Concept)).GroupBy(i => i.Period))
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
