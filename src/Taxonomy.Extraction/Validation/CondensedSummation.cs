using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;
using Taxonomy.Extraction.Facts;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Validation;

/// <summary>
/// Re-checks a failed summation against the way the statement is actually printed. The schemas declare one network
/// for every way a statement may be printed (as the us-gaap calculation linkbase offers one network per presentation),
/// so a statement reports a total through whichever items it prints: a condensed balance sheet's <c>Assets</c> as
/// "cash and investments" plus "other assets"; operating income as gross profit less operating expenses; the closing
/// cash balance as the opening balance plus a change reported under the restricted-cash concept. Expanding each item to
/// the leaves of the network, the reported items whose leaves are disjoint parts of the total's leaves, each entering
/// with the sign its leaves have under the total (a subtracted subtotal such as operating expenses counts negative),
/// must sum to it. An extension item printed as the subtotal of the items directly above it stands for them. When
/// the parts foot, the finding is replaced by an informational one; when they do not, it stands.
/// </summary>
internal static class CondensedSummation
{
    public const string RuleId = "calc11.summation-condensed";

    public const string NotApplicableRuleId = "calc11.summation-not-applicable";

    private sealed record Part(ConceptDefinition Concept, int Sign, decimal Value, Decimals Decimals, Dictionary<string, int> Leaves, int Line, bool IsExtension);

    public static ValidationFinding? Recheck(ValidationFinding finding, StatementDefinition definition, FactLookup facts, Period period, FactSources sources)
    {
        if (finding.RuleId is not (RuleIds.CalculationSummation or RuleIds.CalculationSummationPartial) || finding.Concept is not { } totalName) return finding;
        var total = definition.Concepts.FirstOrDefault(c => c.Concept == totalName && c.PeriodAnchor == PeriodAnchor.End)
            ?? definition.Concepts.FirstOrDefault(c => c.Concept == totalName);
        if (total is null) return finding;
        Period At(ConceptDefinition c) => StatementPeriods.Of(c, period);
        // A total and components printed in different places (a table and the prose, or two tables) are not one
        // calculation: the statement that would hold all components is not in the document. Of the tables printing the
        // total, one read as this statement is where its calculation is shown.
        var totalTables = sources.TablesOf(total.Concept, At(total));
        int? totalTable = null;
        foreach (int t in totalTables)
        {
            if (ReferenceEquals(sources.StatementOf(t), definition)) { totalTable = t; break; }
            totalTable ??= t;
        }
        if (totalTable is null || !ChildrenPrintedIn(total, definition, facts, period, sources, totalTable.Value))
        {
            return Findings.Make(NotApplicableRuleId, Severity.Info,
                $"{total.Labels.Standard} ({total.Concept}) and the components reported for it come from different places (table or prose); the summation is not checked. {finding.Message}",
                finding.Span, total.Concept, period, finding.Expected, finding.Actual);
        }
        // A total printed only in another statement's table (a cash balance the balance sheet prints, where this
        // statement's calculation would roll it forward) is no total of this statement: the statement that would show
        // the calculation does not print it.
        if (sources.StatementOf(totalTable.Value) is { } printedIn && !ReferenceEquals(printedIn, definition))
        {
            return Findings.Make(NotApplicableRuleId, Severity.Info,
                $"{total.Labels.Standard} ({total.Concept}) is printed only in the {printedIn.Name} table, which does not show this {definition.Name} calculation; the summation is not checked. {finding.Message}",
                finding.Span, total.Concept, period, finding.Expected, finding.Actual);
        }
        var leaves = LeavesOf(definition, total.PropertyName);
        var items = ReportedItems(definition, facts, period);
        var reported = new List<Part>(items.Count);
        foreach (var (concept, fact, own) in items)
        {
            if (concept.PropertyName == total.PropertyName) continue;
            if (SignUnder(leaves, own) is not { } sign) continue;
            reported.Add(new Part(concept, sign, fact.NumericValue!.Value, fact.Decimals ?? Decimals.Infinite, own, LineOf(fact), false));
        }
        // Keep the widest items: drop any whose leaves another reported item covers, and of items with the same leaves
        // (alternative concepts for one line, e.g. the change in cash with or without restricted cash) the first.
        var parts = new List<Part>(reported.Count);
        foreach (var a in reported)
        {
            bool covered = false, repeated = false;
            foreach (var b in reported)
            {
                if (!ReferenceEquals(a, b) && b.Leaves.Count > a.Leaves.Count && Within(a.Leaves, b.Leaves)) { covered = true; break; }
            }
            if (covered) continue;
            foreach (var b in parts)
            {
                if (b.Leaves.Count == a.Leaves.Count && Within(a.Leaves, b.Leaves)) { repeated = true; break; }
            }
            if (!repeated) parts.Add(a);
        }
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
            parts.Add(new Part(pseudo, 1, fact.NumericValue!.Value, fact.Decimals ?? Decimals.Infinite, leaf, LineOf(fact), true));
        }
        // In printed order once: a weighting changes signs, not the order (the sort is stable).
        var candidates = InPrintedOrder(parts);
        var totalFact = facts.First(total.Concept, At(total)) ?? throw new InvalidOperationException("The total of a failed summation has no fact.");
        var totalInterval = ValueInterval.Of(totalFact.NumericValue!.Value, totalFact.Decimals ?? Decimals.Infinite);
        // An extension's weight under the total is not declared anywhere (the taxonomy lacks the concept): each is tried
        // added and subtracted ("less allowance", "interest expense" printed unsigned), and the parts foot when some
        // choice of those weights makes them.
        List<Part>? footing = null;
        List<Part>? first = null;
        foreach (var signed in ExtensionWeights(candidates))
        {
            // A subtotal the schema does not break down (an extension, or an item without a calculation of its own: a
            // bank's "Total cash and cash equivalents" under cash and due from banks and interest-bearing deposits)
            // stands for the items printed directly above it that add up to it.
            var collapsed = PrintedSubtotals.Collapse(signed, p => p.IsExtension || p.Concept.Calculation.Count == 0, p => p.Sign * p.Value, p => p.Decimals);
            // A line that merely equals the lines printed above it (depreciation as large as three costs together) may be a
            // line of its own: the parts as printed are tried too.
            foreach (var reading in collapsed.Count == signed.Count ? new[] { collapsed } : new[] { collapsed, signed })
            {
                if (Overlapping(reading) || reading.Count < 2) continue;
                first ??= reading;
                if (!Sum(reading).Interval.Overlaps(totalInterval)) continue;
                footing = reading;
                break;
            }
            if (footing is not null) break;
        }
        if (footing is null)
        {
            if (first is null) return Explained(finding, definition, total, facts, period, candidates);
            var (_, point) = Sum(first);
            // A component the document prints but extraction withheld (its printings disagree) leaves the sum undecided.
            var withheld = total.Calculation.Select(ch => definition.FindProperty(ch.PropertyName)).Where(c => c is not null && sources.IsWithheld(c.Concept, At(c)))
                .Select(c => c!.Concept.ToString()).ToList();
            if (withheld.Count > 0)
            {
                return finding with
                {
                    Severity = Severity.Warning,
                    Message = string.Create(CultureInfo.InvariantCulture,
                        $"{total.Labels.Standard} ({total.Concept}) is {totalFact.NumericValue}, but the items reported under it ({Terms(first)}) sum to {point}; {string.Join(", ", withheld)} is printed but withheld because its printings disagree, so the sum is undecided."),
                    Expected = point,
                };
            }
            // The total and the items printed under it in the same table do not foot: a wrong number, whatever the schema's other items.
            return first.All(p => sources.PrintedIn(p.Concept.Concept, At(p.Concept), totalTable.Value))
                ? finding with
                {
                    Severity = Severity.Error,
                    Message = string.Create(CultureInfo.InvariantCulture,
                        $"{total.Labels.Standard} ({total.Concept}) is {totalFact.NumericValue}, but the items printed under it in the same table ({Terms(first)}) sum to {point}{Absent(definition, total, facts, period, first)}."),
                    Expected = point,
                }
                : Explained(finding, definition, total, facts, period, first);
        }
        parts = footing;
        string terms = Terms(parts);
        decimal sumPoint = Sum(parts).Point;
        return Findings.Make(RuleId, Severity.Info,
            string.Create(CultureInfo.InvariantCulture,
                $"{total.Labels.Standard} ({total.Concept}) is printed condensed: it equals {terms} = {sumPoint}, which partition its calculation; the declared summation over direct children does not apply."),
            finding.Span, total.Concept, period, sumPoint, totalFact.NumericValue);
    }

    /// <summary>Whether every direct component of the total reported for the period is printed in table <paramref name="table"/>.</summary>
    private static bool ChildrenPrintedIn(ConceptDefinition total, StatementDefinition definition, FactLookup facts, Period period, FactSources sources, int table)
    {
        foreach (var child in total.Calculation)
        {
            if (definition.FindProperty(child.PropertyName) is not { } c) continue;
            var at = StatementPeriods.Of(c, period);
            if (facts.Has(c.Concept, at) && !sources.PrintedIn(c.Concept, at, table)) return false;
        }
        return true;
    }

    /// <summary>The parts sorted by printed line, stably (an insertion sort: a handful of parts, mostly in order already).</summary>
    private static List<Part> InPrintedOrder(List<Part> parts)
    {
        var sorted = new List<Part>(parts);
        for (int i = 1; i < sorted.Count; i++)
        {
            var part = sorted[i];
            int j = i - 1;
            while (j >= 0 && sorted[j].Line > part.Line)
            {
                sorted[j + 1] = sorted[j];
                j--;
            }
            sorted[j + 1] = part;
        }
        return sorted;
    }

    /// <summary>
    /// The statement's items that have a numeric fact for the period, in schema order, with their leaves: the same for
    /// every failed summation of one statement and period, so found once per extraction (kept beside its facts).
    /// </summary>
    private static List<(ConceptDefinition Concept, Fact Fact, Dictionary<string, int> Leaves)> ReportedItems(StatementDefinition definition, FactLookup facts, Period period) =>
        facts.Memo(definition, period, (Definition: definition, Facts: facts, Period: period), static state =>
        {
            var (definition, facts, period) = state;
            var leafCache = LeafCache.GetValue(definition, _ => new ConcurrentDictionary<string, Dictionary<string, int>>(StringComparer.Ordinal));
            var items = new List<(ConceptDefinition, Fact, Dictionary<string, int>)>();
            foreach (var concept in definition.Concepts)
            {
                if (facts.FirstNumeric(concept.Concept, StatementPeriods.Of(concept, period)) is not { } fact) continue;
                items.Add((concept, fact, leafCache.GetOrAdd(concept.PropertyName, static (p, d) => Leaves(d, p, 1, []), definition)));
            }
            return items;
        });

    /// <summary>The sign with which an item's leaves all enter the total (+1 or -1), or null when the item is not a part of it.</summary>
    internal static int? SignUnder(Dictionary<string, int> totalLeaves, Dictionary<string, int> itemLeaves) => LeafSigns.SignUnder(totalLeaves, itemLeaves);

    /// <summary>Whether every leaf of <paramref name="inner"/> is one of <paramref name="outer"/>.</summary>
    private static bool Within(Dictionary<string, int> inner, Dictionary<string, int> outer)
    {
        foreach (string leaf in inner.Keys)
        {
            if (!outer.ContainsKey(leaf)) return false;
        }
        return true;
    }

    /// <summary>Each way of giving the extension parts a weight of +1 or -1 (all +1 first); at most 2^8 ways.</summary>
    private static IEnumerable<List<Part>> ExtensionWeights(List<Part> parts)
    {
        var extensions = Enumerable.Range(0, parts.Count).Where(i => parts[i].IsExtension).ToList();
        int ways = extensions.Count <= 8 ? 1 << extensions.Count : 1;
        for (int mask = 0; mask < ways; mask++)
        {
            var signed = new List<Part>(parts);
            for (int e = 0; e < extensions.Count; e++)
            {
                if ((mask & (1 << e)) != 0) signed[extensions[e]] = signed[extensions[e]] with { Sign = -1 };
            }
            yield return signed;
        }
    }

    private static bool Overlapping(List<Part> parts)
    {
        for (int i = 0; i < parts.Count; i++)
        {
            for (int j = i + 1; j < parts.Count; j++)
            {
                if (SharesLeaf(parts[i].Leaves, parts[j].Leaves)) return true;
            }
        }
        return false;
    }

    private static bool SharesLeaf(Dictionary<string, int> a, Dictionary<string, int> b)
    {
        foreach (string leaf in a.Keys)
        {
            if (b.ContainsKey(leaf)) return true;
        }
        return false;
    }

    private static (ValueInterval Interval, decimal Point) Sum(List<Part> parts)
    {
        var sum = ValueInterval.Zero;
        decimal point = 0m;
        foreach (var part in parts)
        {
            sum += ValueInterval.Of(part.Value, part.Decimals).Times(part.Sign);
            point += part.Sign * part.Value;
        }
        return (sum, point);
    }

    /// <summary>A finding that stands, its message naming the total's direct components the document does not report.</summary>
    private static ValidationFinding Explained(ValidationFinding finding, StatementDefinition definition, ConceptDefinition total, FactLookup facts, Period period, List<Part> parts)
    {
        if (finding.RuleId != RuleIds.CalculationSummationPartial) return finding;
        string absent = Absent(definition, total, facts, period, parts);
        return absent.Length == 0 ? finding : finding with { Message = string.Create(CultureInfo.InvariantCulture, $"{finding.Message.TrimEnd('.')}{absent}; the difference is undecided until the statement prints them.") };
    }

    /// <summary>
    /// The total's direct components with no fact for the period and none of whose leaves a reported part covers (an
    /// alternative concept reported for the same line is no absent component), as a clause of a message.
    /// </summary>
    private static string Absent(StatementDefinition definition, ConceptDefinition total, FactLookup facts, Period period, List<Part> parts)
    {
        var absent = total.Calculation.Select(ch => definition.FindProperty(ch.PropertyName)).Where(c => c is not null).Select(c => c!)
            .Where(c => !facts.Has(c.Concept, StatementPeriods.Of(c, period)))
            .Where(c => !LeavesOf(definition, c.PropertyName).Keys.Any(l => parts.Any(p => p.Leaves.ContainsKey(l))))
            .Select(c => c.Concept.ToString()).Distinct(StringComparer.Ordinal).ToList();
        return absent.Count == 0 ? "" : $". Not reported for this period: {string.Join(", ", absent)}";
    }

    private static string Terms(IEnumerable<Part> parts) =>
        string.Concat(parts.Select((p, i) => (i == 0 ? (p.Sign < 0 ? "-" : "") : (p.Sign < 0 ? " - " : " + ")) + p.Concept.Concept
            + (p.Concept.PeriodAnchor == PeriodAnchor.Start ? " (at the period's start)" : "")));

    private static int LineOf(Fact fact) => fact.Provenance?.Span.Line ?? int.MaxValue;

    private static readonly ConditionalWeakTable<StatementDefinition, ConcurrentDictionary<string, Dictionary<string, int>>> LeafCache = new();

    /// <summary><see cref="Leaves"/> from the top, built once per definition and property (callers only read it).</summary>
    private static Dictionary<string, int> LeavesOf(StatementDefinition definition, string property) =>
        LeafCache.GetValue(definition, _ => new ConcurrentDictionary<string, Dictionary<string, int>>(StringComparer.Ordinal))
            .GetOrAdd(property, static (p, d) => Leaves(d, p, 1, []), definition);

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
