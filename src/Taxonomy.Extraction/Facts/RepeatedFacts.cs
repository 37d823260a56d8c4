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
        var groups = facts.Select((f, i) => (Fact: f, Index: i))
            .Where(x => x.Fact.NumericValue is not null)
            .GroupBy(x => (x.Fact.Concept, x.Fact.Period, x.Fact.Unit, x.Fact.Entity))
            .Where(g => g.Count() > 1)
            .ToList();
        var drop = new HashSet<int>();
        foreach (var group in groups)
        {
            var items = group.ToList();
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
