using System.Globalization;

namespace Taxonomy.Validation;

/// <summary>
/// Duplicate facts (same concept, period, entity and unit). Numeric duplicates are consistent when their
/// Calculations 1.1 intervals all share a value (so 43,878 at −3 and 43,880 at −1 may both stand for the same
/// amount); text duplicates when their texts are equal.
/// </summary>
internal static class DuplicateFacts
{
    public static void Check(List<ValidationFinding> findings, IReadOnlyList<Fact> duplicates)
    {
        var first = duplicates[0];
        if (first.IsNumeric)
        {
            ValueInterval? common = ValueInterval.Of(first.NumericValue!.Value, first.Decimals ?? Decimals.Infinite);
            foreach (var fact in duplicates.Skip(1))
            {
                common = common?.Intersect(ValueInterval.Of(fact.NumericValue!.Value, fact.Decimals ?? Decimals.Infinite));
            }
            if (common is not null) return;
        }
        else if (duplicates.Select(f => f.TextValue).Distinct(StringComparer.Ordinal).Count() == 1)
        {
            return;
        }
        string values = string.Join(", ", duplicates.Select(f => f.IsNumeric ? $"{f.LexicalValue} (decimals {f.Decimals?.ToString() ?? "missing"})" : $"\"{f.TextValue}\""));
        findings.Add(new ValidationFinding
        {
            RuleId = RuleIds.DuplicateInconsistent,
            Severity = Severity.Error,
            Concept = first.Concept,
            Period = first.Period,
            Span = duplicates.Select(f => f.Provenance?.Span).FirstOrDefault(s => s is not null),
            Message = string.Create(CultureInfo.InvariantCulture,
                $"{first.Concept} for {first.Period} ({first.Entity}{(first.Unit is { } u ? ", " + u : "")}) is reported {duplicates.Count} times with inconsistent values: {values}."),
        });
    }
}
