using System.Globalization;
using Taxonomy.Extraction.Facts;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Validation;

/// <summary>Report-level checks: no two facts of one concept, period and unit with different values.</summary>
internal static class ReportChecks
{
    public static IEnumerable<ValidationFinding> InconsistentDuplicates(IReadOnlyList<Fact> facts)
    {
        foreach (var group in facts.GroupBy(f => (f.Concept, f.Period, Unit: f.Unit?.ToString(), f.Entity)))
        {
            var values = group.Select(f => f.LexicalValue).Distinct(StringComparer.Ordinal).ToList();
            if (values.Count < 2) continue;
            if (group.All(f => f.NumericValue is not null))
            {
                // Numeric duplicates are consistent when their rounding intervals overlap.
                var intervals = group.Select(f => ValueInterval.Of(f.NumericValue!.Value, f.Decimals ?? Decimals.Infinite)).ToList();
                if (intervals.All(a => intervals.All(b => a.Overlaps(b)))) continue;
            }
            var first = group.First();
            yield return Findings.Make(Findings.DuplicateConflict, Severity.Error,
                string.Create(CultureInfo.InvariantCulture, $"{first.Concept} ({first.Period}) is reported with different values: {string.Join(", ", values)}."),
                first.Provenance?.Span, first.Concept, first.Period);
        }
    }
}
