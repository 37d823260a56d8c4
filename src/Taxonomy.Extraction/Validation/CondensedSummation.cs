using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using Taxonomy.Concepts;
using Taxonomy.Extraction.Facts;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Validation;

/// <summary>
/// Re-checks a failed summation for a condensed statement. The schemas declare one network for every way a
/// statement is printed, so a condensed balance sheet reports <c>Assets</c> as "cash and investments" plus "other
/// assets" while the declared children are <c>AssetsCurrent</c>, ... . Expanding each item to the leaves of the
/// network, the reported items whose leaves are disjoint parts of the total's leaves must sum to it. When they do,
/// the error is replaced by an informational finding; when they do not, the error stands.
/// </summary>
internal static class CondensedSummation
{
    public const string RuleId = "calc11.summation-condensed";

    public const string NotApplicableRuleId = "calc11.summation-not-applicable";

    public static ValidationFinding? Recheck(ValidationFinding finding, StatementDefinition definition, FactLookup facts, Period period, FactSources sources)
    {
        if (finding.RuleId is not (RuleIds.CalculationSummation or RuleIds.CalculationSummationPartial) || finding.Concept is not { } totalName) return finding;
        var total = definition.Concepts.FirstOrDefault(c => c.Concept == totalName);
        if (total is null) return finding;
        Period At(ConceptDefinition c) => c.PeriodType == PeriodType.Instant && !period.IsInstant ? period.EndInstant : period;
        // A total and components printed in different places (a table and the prose, or two tables) are not one
        // calculation: the statement that would hold all components is not in the document.
        int? totalTable = sources.TableOf(total.Concept, At(total));
        var children = total.Calculation.Select(ch => definition.FindProperty(ch.PropertyName)).Where(c => c is not null).Select(c => c!)
            .Where(c => facts.Has(c.Concept, At(c))).ToList();
        if (totalTable is null || children.Any(c => sources.TableOf(c.Concept, At(c)) != totalTable))
        {
            return Findings.Make(NotApplicableRuleId, Severity.Info,
                $"{total.Labels.Standard} ({total.Concept}) and the components reported for it come from different places (table or prose); the summation is not checked. {finding.Message}",
                finding.Span, total.Concept, period, finding.Expected, finding.Actual);
        }
        var leaves = LeavesOf(definition, total.PropertyName);
        var reported = new List<(ConceptDefinition Concept, decimal Value, Decimals Decimals, Dictionary<string, int> Leaves)>();
        foreach (var concept in definition.Concepts)
        {
            if (concept.PropertyName == total.PropertyName) continue;
            if (facts.FirstNumeric(concept.Concept, At(concept)) is not { } fact) continue;
            var own = LeavesOf(definition, concept.PropertyName);
            if (own.Count == 0 || !own.All(l => leaves.TryGetValue(l.Key, out int w) && w == l.Value)) continue;
            reported.Add((concept, fact.NumericValue!.Value, fact.Decimals ?? Decimals.Infinite, own));
        }
        // Keep the widest items: drop any whose leaves another reported item covers.
        var parts = reported.Where(a => !reported.Any(b => !ReferenceEquals(a.Leaves, b.Leaves) && b.Leaves.Count > a.Leaves.Count && a.Leaves.Keys.All(b.Leaves.ContainsKey))).ToList();
        // Extension components the extraction solved as parts of this total are parts too (the taxonomy lacks them).
        foreach (var extension in sources.ExtensionsOf(total.Concept))
        {
            var fact = facts.FirstNumeric(extension, At(total));
            if (fact is null) continue;
            var leaf = new Dictionary<string, int>(StringComparer.Ordinal) { [extension.ToString()] = 1 };
            var pseudo = new ConceptDefinition
            {
                PropertyName = extension.LocalName, Concept = extension, DataType = ConceptDataType.Monetary, PeriodType = total.PeriodType,
                Labels = new ConceptLabels(extension.LocalName, null, null, null, EquatableList<string>.Empty),
            };
            parts.Add((pseudo, fact.NumericValue!.Value, fact.Decimals ?? Decimals.Infinite, leaf));
        }
        for (int i = 0; i < parts.Count; i++)
        {
            for (int j = i + 1; j < parts.Count; j++)
            {
                if (parts[i].Leaves.Keys.Any(parts[j].Leaves.ContainsKey)) return finding; // overlapping parts: no clean partition
            }
        }
        if (parts.Count < 2) return finding;
        var sum = ValueInterval.Zero;
        decimal point = 0m;
        foreach (var part in parts)
        {
            sum += ValueInterval.Of(part.Value, part.Decimals);
            point += part.Value;
        }
        var totalFact = facts.First(total.Concept, At(total)) ?? throw new InvalidOperationException("The total of a failed summation has no fact.");
        if (!sum.Overlaps(ValueInterval.Of(totalFact.NumericValue!.Value, totalFact.Decimals ?? Decimals.Infinite)))
        {
            // The total and the items printed under it in the same table do not foot: a wrong number, whatever the schema's other items.
            return parts.All(p => sources.TableOf(p.Concept.Concept, At(total)) == totalTable)
                ? finding with
                {
                    Severity = Severity.Error,
                    Message = string.Create(CultureInfo.InvariantCulture,
                        $"{total.Labels.Standard} ({total.Concept}) is {totalFact.NumericValue}, but the items printed under it in the same table ({string.Join(" + ", parts.Select(p => p.Concept.Concept.ToString()))}) sum to {point}."),
                    Expected = point,
                }
                : finding;
        }
        return Findings.Make(RuleId, Severity.Info,
            string.Create(CultureInfo.InvariantCulture,
                $"{total.Labels.Standard} ({total.Concept}) is printed condensed: it equals {string.Join(" + ", parts.Select(p => p.Concept.Concept.ToString()))} = {point}, which partition its calculation; the declared summation over direct children does not apply."),
            finding.Span, total.Concept, period, point, totalFact.NumericValue);
    }

    private static readonly ConditionalWeakTable<StatementDefinition, ConcurrentDictionary<string, Dictionary<string, int>>> LeafCache = new();

    /// <summary><see cref="Leaves"/> from the top, built once per definition and property (callers only read it).</summary>
    private static Dictionary<string, int> LeavesOf(StatementDefinition definition, string property) =>
        LeafCache.GetValue(definition, _ => new ConcurrentDictionary<string, Dictionary<string, int>>(StringComparer.Ordinal))
            .GetOrAdd(property, p => Leaves(definition, p, 1, []));

    /// <summary>Leaf property → weight (product along the path) of the calculation tree under <paramref name="property"/>; a leaf maps to itself.</summary>
    private static Dictionary<string, int> Leaves(StatementDefinition definition, string property, int weight, HashSet<string> path)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        var concept = definition.FindProperty(property);
        if (concept is null || !path.Add(property)) return result;
        if (concept.Calculation.Count == 0)
        {
            result[property] = weight;
        }
        else
        {
            foreach (var child in concept.Calculation)
            {
                foreach (var (leaf, w) in Leaves(definition, child.PropertyName, weight * child.Weight, path)) result.TryAdd(leaf, w);
            }
        }
        path.Remove(property);
        return result;
    }
}
