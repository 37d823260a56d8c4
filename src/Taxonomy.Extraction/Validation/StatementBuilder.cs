using Taxonomy.Concepts;
using Taxonomy.Extraction.Facts;
using Taxonomy.Statements;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Validation;

/// <summary>Builds the typed statements (one per statement and period) from the facts and validates each with its generated rules.</summary>
internal static class StatementBuilder
{
    /// <summary>
    /// Builds and validates the statements. <paramref name="extractionFindings"/> are the findings extraction made so far:
    /// a fact it withheld because its printings disagree leaves the calculations it belongs to undecided.
    /// </summary>
    public static (List<IStatement> Statements, List<ValidationFinding> Findings) Build(ConceptCatalog catalog, IReadOnlyList<Fact> facts, FactSources sources, IEnumerable<ValidationFinding>? extractionFindings = null)
    {
        foreach (var withheld in extractionFindings ?? [])
        {
            if (withheld.RuleId == Findings.DuplicateConflict && withheld.Concept is { } concept && withheld.Period is { } at) sources.Withhold(concept, at);
        }
        var statements = new List<IStatement>();
        var findings = new List<ValidationFinding>();
        var lookup = new FactLookup(facts);
        var unprinted = StatementColumns.Of(catalog, facts, sources);
        foreach (var definition in catalog.Statements)
        {
            // A column for every period of the statement's type that one of its items has a fact for.
            var distinct = new HashSet<Period>();
            // Indexed loops: a foreach over these read-only lists would box an enumerator for every item.
            var concepts = definition.Concepts;
            for (int c = 0; c < concepts.Count; c++)
            {
                var reported = lookup.PeriodsOf(concepts[c].Concept);
                for (int p = 0; p < reported.Count; p++)
                {
                    if (reported[p].IsInstant == (definition.PeriodType == PeriodType.Instant)) distinct.Add(reported[p]);
                }
            }
            var periods = distinct.ToList();
            periods.Sort();
            foreach (var period in periods)
            {
                bool presented = definition.Kind == StatementKind.DocumentAndEntityInformation || sources.Presents(definition, period);
                // A column made only of facts other statements print (the income statement's net income in a release
                // with no cash flow statement) is no statement of the document.
                if (!presented && !unprinted.Contains((definition, period))) continue;
                // A statement reads only the facts of its column's period and the instants at its ends.
                var statement = definition.FromFacts(period, lookup.ForColumn(period));
                statements.Add(statement);
                foreach (var finding in statement.Validate())
                {
                    // A required line is missing only from a column the document prints as this statement: the balance
                    // sheet has no column on a cash flow's opening date, the cash flow none for a quarter only the
                    // income statement prints.
                    if (finding.RuleId == RuleIds.RequiredMissing && !presented) continue;
                    if (finding.RuleId == RuleIds.RequiredMissing && definition.Kind == StatementKind.DocumentAndEntityInformation)
                    {
                        // Cover-page items come only from a cover page or a submission header: a bare exhibit (a press
                        // release filed as EX-99) has neither, so the finding says where the value would have been.
                        findings.Add(finding with { Message = $"{finding.Message} No cover page or submission header in the document states it (a bare exhibit has neither)." });
                        continue;
                    }
                    if (CondensedSummation.Recheck(PreferredDividends.Recheck(finding, definition, lookup, period), definition, lookup, period, sources) is { } kept) findings.Add(kept);
                }
                ComprehensiveIncomeWithoutNoncontrolling.Check(findings, definition, lookup, period);
            }
        }
        // Agreement across statements (net income, cash, one concept reported in two places); each statement's own
        // rules were applied above.
        findings.AddRange(ReportValidator.ValidateAgreement(statements, CrossStatementIdentity.Standard));
        return (statements, findings);
    }
}
