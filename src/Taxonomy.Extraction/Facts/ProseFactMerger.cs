using System.Globalization;
using Taxonomy.Extraction.Narrative;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// Merges prose amounts into the table facts: an amount that restates a table fact confirms it (provenance
/// NarrativeMatched); one that contradicts it is a finding; an amount no table reports becomes a fact of its own.
/// </summary>
internal static class ProseFactMerger
{
    public static void Merge(List<Fact> facts, IReadOnlyList<ProseAmount> prose, Entity entity, Loading.SourceText source, List<ValidationFinding> findings)
    {
        int tableCount = facts.Count;
        // The first fact of each concept and period, as FindIndex would find it; facts appended below are added too.
        var first = new Dictionary<(QName, Period), int>();
        for (int i = 0; i < facts.Count; i++) first.TryAdd((facts[i].Concept, facts[i].Period), i);
        foreach (var amount in prose)
        {
            if (amount.Concept is not { } concept || amount.Period is not { } period) continue;
            var span = source.Span(amount.Offset, amount.Length);
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
            first.Add((concept.Concept, period), facts.Count);
            facts.Add(new Fact
            {
                Concept = concept.Concept,
                Entity = entity,
                Period = period,
                NumericValue = amount.Value,
                Decimals = amount.Decimals,
                Unit = Units.For(concept.DataType),
                Provenance = new Provenance(span, amount.Text, EquatableList.Create(DecisionMethod.NarrativeMatched),
                    $"stated in the narrative as '{concept.Label}'" + (amount.Comparative ? " (comparative period)" : string.Empty)),
            });
        }
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
