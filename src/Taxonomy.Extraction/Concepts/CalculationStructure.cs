using System.Runtime.CompilerServices;
using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Concepts;

/// <summary>
/// A statement's calculation network as index tables (children, parents, descendants to four levels, structural
/// duplicates). It depends only on the statement definition, so it is built once per definition and shared.
/// </summary>
internal sealed class CalculationStructure
{
    private static readonly ConditionalWeakTable<StatementDefinition, CalculationStructure> Cache = new();

    public static CalculationStructure For(StatementDefinition statement) => Cache.GetValue(statement, s => new CalculationStructure(s));

    public IReadOnlyList<ConceptDefinition> Concepts { get; }
    public int[][] Parents { get; }

    /// <summary>Per line item, parallel to <see cref="Parents"/>: its position among that parent's <see cref="Children"/>.</summary>
    public int[][] ChildPositions { get; }
    public (int Child, int Weight)[][] Children { get; }
    public (int Concept, int Weight)[][] Descendants { get; }
    public bool[,] IsDescendant { get; }
    public bool[] HasNegativeChild { get; }

    /// <summary>Per line item: whether one of its calculation children is a descendant of another (a subtotal among them).</summary>
    public bool[] HasNestedChildren { get; }

    /// <summary>
    /// Per line item and calculation child (parallel to <see cref="Children"/>): the item's other children that contain
    /// that child among their descendants (a subtotal counting it already); empty for most.
    /// </summary>
    public int[][][] ContainingSiblings { get; }

    /// <summary>Per line item: the earlier item with the same children, parents and types, or −1.</summary>
    public int[] DuplicateOf { get; }

    /// <summary>The index of the first line item reporting each concept.</summary>
    public IReadOnlyDictionary<QName, int> FirstIndexOf { get; }

    private CalculationStructure(StatementDefinition statement)
    {
        Concepts = statement.Concepts;
        var concepts = Concepts;
        var firstIndex = new Dictionary<QName, int>();
        for (int i = 0; i < concepts.Count; i++) firstIndex.TryAdd(concepts[i].Concept, i);
        FirstIndexOf = firstIndex;
        var index = concepts.Select((c, i) => (c.PropertyName, i)).ToDictionary(p => p.PropertyName, p => p.i, StringComparer.Ordinal);
        Children = concepts.Select(c => c.Calculation.Where(ch => index.ContainsKey(ch.PropertyName)).Select(ch => (index[ch.PropertyName], ch.Weight)).ToArray()).ToArray();
        var parents = concepts.Select(_ => new List<int>()).ToArray();
        var positions = concepts.Select(_ => new List<int>()).ToArray();
        for (int p = 0; p < Children.Length; p++)
        {
            for (int i = 0; i < Children[p].Length; i++)
            {
                parents[Children[p][i].Child].Add(p);
                positions[Children[p][i].Child].Add(i);
            }
        }
        Parents = parents.Select(p => p.ToArray()).ToArray();
        ChildPositions = positions.Select(p => p.ToArray()).ToArray();
        Descendants = Enumerable.Range(0, concepts.Count).Select(c => DescendantsOf(c, 1, 0).DistinctBy(d => d.Concept).ToArray()).ToArray();
        HasNegativeChild = Children.Select(ch => ch.Any(x => x.Weight < 0)).ToArray();
        IsDescendant = new bool[concepts.Count, concepts.Count];
        for (int c = 0; c < concepts.Count; c++)
        {
            foreach (var (d, _) in Descendants[c]) IsDescendant[c, d] = true;
        }
        ContainingSiblings = Children.Select(ch => ch.Select(x => ch.Where(o => o.Child != x.Child && IsDescendant[o.Child, x.Child]).Select(o => o.Child).ToArray()).ToArray()).ToArray();
        HasNestedChildren = ContainingSiblings.Select(siblings => siblings.Any(containing => containing.Length > 0)).ToArray();
        // A line item with the same calculation children and parents as an earlier one cannot be told apart from it by
        // structure: unless the prose names it, only the first (the schema's preferred item) is tried.
        DuplicateOf = new int[concepts.Count];
        var signatures = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < concepts.Count; i++)
        {
            string signature = string.Join(",", Children[i].OrderBy(x => x.Child).Select(x => x.Child + ":" + x.Weight)) + "|" + string.Join(",", Parents[i].Order())
                + "|" + concepts[i].DataType + concepts[i].PeriodType;
            DuplicateOf[i] = Children[i].Length + Parents[i].Length > 0 && signatures.TryGetValue(signature, out int first) ? first : -1;
            signatures.TryAdd(signature, i);
        }
    }

    private IEnumerable<(int Concept, int Weight)> DescendantsOf(int c, int weight, int depth)
    {
        if (depth > 3) yield break;
        foreach (var (child, w) in Children[c])
        {
            yield return (child, weight * w);
            foreach (var d in DescendantsOf(child, weight * w, depth + 1)) yield return d;
        }
    }
}
