using System.Globalization;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// Reconciles facts printed more than once (a highlights table and the full statement, a statement and its
/// supplemental copy): the same concept, period and unit with the same value is one fact; with different values
/// the document contradicts itself and none is reported — a finding names the values instead. Printings agree when their
/// Calculations 1.1 intervals share a value (the rule the runtime's duplicate check applies), so a rounded copy agrees
/// with the exact one it rounds.
/// </summary>
internal static class RepeatedFacts
{
    public static void Reconcile(List<Fact> facts, Loading.SourceText source, List<ValidationFinding> findings)
    {
        var drop = new HashSet<int>();
        foreach (var items in Repeated(facts))
        {
            if (Agree(items.Select(x => x.Fact)))
            {
                // Keep the most precise printing.
                var keep = items.OrderByDescending(x => Precision(x.Fact)).ThenBy(x => x.Index).First();
                foreach (var x in items.Where(x => x.Index != keep.Index)) drop.Add(x.Index);
                continue;
            }
            foreach (var x in items) drop.Add(x.Index);
            var first = items[0].Fact;
            string values = string.Join(", ", items.Select(x => x.Fact.NumericValue!.Value.ToString(CultureInfo.InvariantCulture)).Distinct(StringComparer.Ordinal));
            findings.Add(Findings.Make(Findings.DuplicateConflict, Severity.Warning,
                $"{first.Concept} for {first.Period} is printed {items.Count} times with different values ({values}); the document does not say which is right, so none is reported.",
                first.Provenance?.Span, first.Concept, first.Period));
        }
        if (drop.Count == 0) return;
        var kept = facts.Where((_, i) => !drop.Contains(i)).ToList();
        facts.Clear();
        facts.AddRange(kept);
    }

    /// <summary>
    /// The numeric facts printed more than once (same concept, period, unit and entity), each group in list order, the
    /// groups in the order of their first printing.
    /// </summary>
    private static List<List<(Fact Fact, int Index)>> Repeated(List<Fact> facts)
    {
        // Concept and period first (cheap to hash): only facts sharing them with another can share unit and entity too.
        int[] sameConceptAndPeriod = SameConceptAndPeriod.FirstOf(facts);
        var first = new Dictionary<(QName, Period, Unit?, Entity), int>();
        // Only a second printing opens a group (most facts are printed once), kept at its first printing's index.
        var groupAt = new List<(Fact Fact, int Index)>?[facts.Count];
        for (int i = 0; i < facts.Count; i++)
        {
            var fact = facts[i];
            if (sameConceptAndPeriod[i] < 0 || fact.NumericValue is null) continue;
            var key = (fact.Concept, fact.Period, fact.Unit, fact.Entity);
            if (!first.TryGetValue(key, out int at)) { first[key] = i; continue; }
            (groupAt[at] ??= [(facts[at], at)]).Add((fact, i));
        }
        var groups = new List<List<(Fact Fact, int Index)>>();
        foreach (var group in groupAt)
        {
            if (group is not null) groups.Add(group);
        }
        return groups;
    }

    private static bool Agree(IEnumerable<Fact> printings)
    {
        ValueInterval? common = null;
        foreach (var fact in printings)
        {
            var interval = ValueInterval.Of(fact.NumericValue!.Value, fact.Decimals ?? Decimals.Infinite);
            common = common is { } c ? c.Intersect(interval) : interval;
            if (common is null) return false;
        }
        return true;
    }

    private static int Precision(Fact fact) => fact.Decimals is { IsInfinite: false } d ? d.Value : int.MaxValue;
}
