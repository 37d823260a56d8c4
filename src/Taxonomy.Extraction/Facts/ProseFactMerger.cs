using System.Globalization;
using Taxonomy.Concepts;
using Taxonomy.Extraction.Narrative;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// Merges prose amounts into the table facts: an amount that restates a table fact confirms it (provenance
/// NarrativeMatched); one that contradicts it is a finding; an amount no table reports becomes a fact of its own.
/// An amount whose sentence names no period takes the document's current period, unless the tables report several
/// durations ending that day (a quarter and the year to date): then it confirms the one table fact it agrees with, or is
/// a finding, never a fact whose period was guessed. A duration no table prints is matched to the table durations ending
/// within a week of it and lasting within a week as long: prose names quarters by nominal months ("the quarter ended
/// November 2, 2024", "the year-ago quarter"), a 52–53-week year prints 13-week quarters ending a day or two apart from
/// them. An amount for a concept no table reports that agrees with a table fact of the same quantity under another concept
/// (<see cref="SameQuantityConcepts"/>: "net profit" for the table's net income) confirms that fact; it is not a second one.
/// </summary>
internal static class ProseFactMerger
{
    /// <remarks>
    /// <c>currency</c> is the currency the prose's dollar amounts are in (ISO 4217), or null when it is not decided (the
    /// document's amounts are in a currency other than a dollar, or its tables disagree): then money amounts are not read.
    /// </remarks>
    public static void Merge(List<Fact> facts, IReadOnlyList<ProseAmount> prose, Entity entity, Loading.SourceText source, List<ValidationFinding> findings,
        ConceptCatalog catalog, string? currency = "USD")
    {
        int tableCount = facts.Count;
        var sameQuantity = new SameQuantityConcepts(catalog);
        // The first fact of each concept and period, as FindIndex would find it; facts appended below are added too.
        var first = new Dictionary<(QName, Period), int>();
        for (int i = 0; i < facts.Count; i++) first.TryAdd((facts[i].Concept, facts[i].Period), i);
        var durationsByEnd = TableDurations(facts);
        var unread = new List<ProseAmount>();
        foreach (var amount in prose)
        {
            if (amount.Concept is not { } concept || amount.Period is not { } period) continue;
            if (currency is null && concept.DataType is ConceptDataType.Monetary or ConceptDataType.PerShare)
            {
                unread.Add(amount);
                continue;
            }
            var span = source.Span(amount.Offset, amount.Length);
            if (!amount.DurationStated && !period.IsInstant && durationsByEnd.TryGetValue(period.EndInstant, out var durations)
                && durations.Any(d => d != period))
            {
                var candidates = durations.Append(period);
                if (amount.OtherDefault is { } other) candidates = candidates.Append(other);
                MergeUnstated(facts, tableCount, first, sameQuantity, amount, concept.Concept, [.. candidates.Distinct().Order()], "ending that day", span, findings);
                continue;
            }
            // A release on the quarter and the year: an amount without its period may be either, and no table tells which.
            if (!period.IsInstant && amount.OtherDefault is { } otherDefault)
            {
                MergeUnstated(facts, tableCount, first, sameQuantity, amount, concept.Concept, [.. new[] { period, otherDefault }.Order()], "ending that day", span, findings);
                continue;
            }
            bool printed = durationsByEnd.TryGetValue(period.EndInstant, out var sameEnd) && sameEnd.Contains(period);
            if (!period.IsInstant && !printed && NearDurations(durationsByEnd, period) is { Count: > 0 } near)
            {
                // A stated quarter named by its nominal months ("the quarter ended November 2, 2024", "third quarter of fiscal
                // 2024") is the one table duration printed within a week of it (a 13-week quarter of a 52–53-week year).
                if (amount.DurationStated && near.Count == 1)
                {
                    period = near[0];
                }
                else
                {
                    MergeUnstated(facts, tableCount, first, sameQuantity, amount, concept.Concept, near, "ending within a week of it", span, findings);
                    continue;
                }
            }
            if (first.TryGetValue((concept.Concept, period), out int same))
            {
                var fact = facts[same];
                if (amount.Agrees(fact.NumericValue ?? 0m, fact.Decimals ?? Decimals.Infinite))
                {
                    if (same < tableCount) facts[same] = Confirmed(fact, amount);
                    continue;
                }
                findings.Add(Findings.Make(Findings.NarrativeConflict, Severity.Warning,
                    string.Create(CultureInfo.InvariantCulture, $"The narrative states {amount.Text} for {concept.Concept} ({period}), but the document reports {fact.NumericValue}; the narrative amount is not reported."),
                    span, concept.Concept, period, expected: fact.NumericValue, actual: amount.Value));
                continue;
            }
            if (Restated(facts, tableCount, first, sameQuantity, amount, concept.Concept, period) is { } restated)
            {
                facts[restated] = Confirmed(facts[restated], amount);
                continue;
            }
            if (amount.Nominal && !period.IsInstant)
            {
                findings.Add(Findings.Make(Findings.NarrativePeriodAmbiguous, Severity.Warning,
                    $"The narrative states {amount.Text} for {concept.Concept} ({period}), a period no table prints and the document does not date to the day (a 52/53-week calendar's, or a fiscal quarter or year to date of a fiscal year whose end it does not state); the amount is not reported.",
                    span, concept.Concept, period, expected: null, actual: amount.Value));
                continue;
            }
            first.Add((concept.Concept, period), facts.Count);
            facts.Add(new Fact
            {
                Concept = concept.Concept,
                Entity = entity,
                Period = period,
                NumericValue = amount.Value,
                Decimals = amount.Decimals,
                Unit = Units.For(concept.DataType, currency ?? "USD"),
                Provenance = new Provenance(span, amount.Text, EquatableList.Create(DecisionMethod.NarrativeMatched),
                    $"stated in the narrative as '{concept.Label}'" + (amount.Comparative ? " (comparative period)" : string.Empty)),
            });
        }
        if (unread.Count > 0)
        {
            findings.Add(Findings.Make(Findings.CurrencyUndecided, Severity.Info, string.Create(CultureInfo.InvariantCulture,
                $"The narrative states {unread.Count} dollar amounts ({string.Join(", ", unread.Take(3).Select(a => "'" + a.Text + "'"))}{(unread.Count > 3 ? ", …" : "")}), but the document's statements are not in one dollar currency; they are not reported."),
                source.Span(unread[0].Offset, unread[0].Length)));
        }
    }

    /// <summary>
    /// The table durations ending within a week of <paramref name="period"/>'s end and lasting within a week of as long: the
    /// period a relative phrase names as the tables print it. Empty when none; each a candidate, never one chosen by nearness.
    /// </summary>
    private static List<Period> NearDurations(Dictionary<Period, List<Period>> durationsByEnd, Period period)
    {
        const int Week = 7;
        return durationsByEnd.Where(e => Math.Abs(e.Key.End.DayNumber - period.End.DayNumber) <= Week)
            .SelectMany(e => e.Value).Where(d => Math.Abs(d.Days - period.Days) <= Week).Distinct().Order().ToList();
    }

    /// <summary>
    /// The table fact, for <paramref name="period"/>, of a concept that may print the quantity <paramref name="concept"/> names
    /// (<see cref="SameQuantityConcepts"/>: an identity partner, or the only component of it the tables print for the period)
    /// and that the amount agrees with; null when there is none. A disagreeing one is no conflict: the concepts may
    /// legitimately differ.
    /// </summary>
    private static int? Restated(List<Fact> facts, int tableCount, Dictionary<(QName, Period), int> first, SameQuantityConcepts sameQuantity,
        ProseAmount amount, QName concept, Period period)
    {
        var (partners, components) = sameQuantity.Of(concept);
        foreach (var partner in partners)
        {
            if (TableFact(partner) is { } index && Agrees(index)) return index;
        }
        var printed = components.Select(TableFact).OfType<int>().ToList();
        return printed.Count == 1 && Agrees(printed[0]) ? printed[0] : null;

        int? TableFact(QName other) => first.TryGetValue((other, period), out int index) && index < tableCount ? index : null;
        bool Agrees(int index) => facts[index].NumericValue is { } value && amount.Agrees(value, facts[index].Decimals ?? Decimals.Infinite);
    }

    /// <summary>The durations the tables report, by the day they end.</summary>
    private static Dictionary<Period, List<Period>> TableDurations(List<Fact> facts)
    {
        var byEnd = new Dictionary<Period, List<Period>>();
        foreach (var fact in facts)
        {
            if (fact.Period.IsInstant || fact.NumericValue is null) continue;
            if (!byEnd.TryGetValue(fact.Period.EndInstant, out var list)) byEnd[fact.Period.EndInstant] = list = [];
            if (!list.Contains(fact.Period)) list.Add(fact.Period);
        }
        return byEnd;
    }

    private static void MergeUnstated(List<Fact> facts, int tableCount, Dictionary<(QName, Period), int> first, SameQuantityConcepts sameQuantity,
        ProseAmount amount, QName concept, List<Period> candidates, string ending, SourceSpan span, List<ValidationFinding> findings)
    {
        var agreeing = new List<int>();
        foreach (var candidate in candidates)
        {
            if (first.TryGetValue((concept, candidate), out int index) && facts[index].NumericValue is { } value
                && amount.Agrees(value, facts[index].Decimals ?? Decimals.Infinite)) agreeing.Add(index);
            else if (!first.ContainsKey((concept, candidate)) && Restated(facts, tableCount, first, sameQuantity, amount, concept, candidate) is { } restated) agreeing.Add(restated);
        }
        if (agreeing.Count == 1)
        {
            if (agreeing[0] < tableCount) facts[agreeing[0]] = Confirmed(facts[agreeing[0]], amount);
            return;
        }
        if (agreeing.Count > 1) return; // the same value for every period it could be: nothing to confirm or report
        findings.Add(Findings.Make(Findings.NarrativePeriodAmbiguous, Severity.Warning,
            $"The narrative states {amount.Text} for {concept} without naming its period, and the document reports periods "
                + string.Join(" and ", candidates.Select(c => c.ToString())) + " " + ending + "; no table fact for any of them agrees, so the amount is not reported.",
            span, concept, null, expected: null, actual: amount.Value));
    }

    private static Fact Confirmed(Fact fact, ProseAmount amount)
    {
        var provenance = fact.Provenance;
        if (provenance is null || provenance.Methods.Contains(DecisionMethod.NarrativeMatched)) return fact;
        string note = $"confirmed by the narrative ('{amount.Text}' at offset {amount.Offset.ToString(CultureInfo.InvariantCulture)})";
        return fact with
        {
            Provenance = provenance with
            {
                Methods = new EquatableList<DecisionMethod>(provenance.Methods.Append(DecisionMethod.NarrativeMatched)),
                Note = provenance.Note is null ? note : provenance.Note + "; " + note,
            },
        };
    }
}
