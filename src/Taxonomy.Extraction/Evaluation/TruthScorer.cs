namespace Taxonomy.Extraction.Evaluation;

/// <summary>
/// Scores reported facts against a truth file: found (accepted concept, same period, unit and value), wrong (accepted
/// concept and period, other value), missing; inconsistent duplicates (one concept and period, different values);
/// extra numeric facts no truth fact matched; and the document values (form, fiscal focus, identifiers) against the dei facts.
/// </summary>
public static class TruthScorer
{
    /// <summary>Scores <paramref name="facts"/> against <paramref name="truth"/>.</summary>
    public static TruthScore Score(TruthFile truth, IEnumerable<Fact> facts)
    {
        ArgumentNullException.ThrowIfNull(truth);
        var reported = facts.Where(f => f.IsNumeric).ToList();
        var used = new HashSet<Fact>(ReferenceEqualityComparer.Instance);
        var results = new List<TruthResult>();
        foreach (var t in truth.Facts)
        {
            var samePeriod = reported.Where(f => f.Period == t.Period && UnitMatches(t.Unit, f.Unit)).ToList();
            var match = samePeriod.FirstOrDefault(f => f.NumericValue == t.Value && (t.AcceptsAnyConcept || t.Names(f.Concept)) && !used.Contains(f))
                ?? samePeriod.FirstOrDefault(f => f.NumericValue == t.Value && (t.AcceptsAnyConcept || t.Names(f.Concept)));
            if (match is not null)
            {
                used.Add(match);
                results.Add(new TruthResult(t, TruthOutcome.Found, match));
                continue;
            }
            var wrong = samePeriod.FirstOrDefault(f => t.Names(f.Concept));
            results.Add(wrong is null ? new TruthResult(t, TruthOutcome.Missing, null) : new TruthResult(t, TruthOutcome.Wrong, wrong));
            if (wrong is not null) used.Add(wrong);
        }
        var duplicates = reported.GroupBy(f => (f.Concept, f.Period, Unit: f.Unit?.ToString()))
            .Where(g => g.Select(f => f.NumericValue).Distinct().Count() > 1)
            .Select(g => (IReadOnlyList<Fact>)g.ToList()).ToList();
        var extra = reported.Where(f => !used.Contains(f)).ToList();
        return new TruthScore(results, duplicates, extra) { DocumentResults = ScoreDocument(truth, facts) };
    }

    /// <summary>Each document value of the truth against the text the dei concept reports (any period: one per document).</summary>
    private static List<TruthDocumentResult> ScoreDocument(TruthFile truth, IEnumerable<Fact> facts)
    {
        var results = new List<TruthDocumentResult>(truth.DocumentFields.Count);
        foreach (var field in truth.DocumentFields)
        {
            var reported = facts.Where(f => !f.IsNumeric && f.Concept.Prefix == "dei" && f.Concept.LocalName == field.Concept && f.TextValue is not null)
                .Select(f => f.TextValue!).ToList();
            var outcome = reported.Count == 0 ? TruthOutcome.Missing : reported.Any(field.Matches) ? TruthOutcome.Found : TruthOutcome.Wrong;
            results.Add(new TruthDocumentResult(field, outcome, outcome == TruthOutcome.Found ? reported.First(field.Matches) : reported.FirstOrDefault()));
        }
        return results;
    }

    private static bool UnitMatches(string truthUnit, Unit? unit)
    {
        if (unit is null) return false;
        string local = unit.Denominator is { } d ? unit.Numerator.LocalName + "/" + d.LocalName : unit.Numerator.LocalName;
        return string.Equals(local, truthUnit, StringComparison.OrdinalIgnoreCase);
    }
}
