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

    /// <summary>
    /// Per total: the line items, other than its calculation children, whose leaves are some of the total's leaves, all
    /// entering it with one sign (the weight the item takes when it stands for them). A statement printed condensed
    /// reports the total through them: net income as operating income less tax when no pre-tax line is printed.
    /// </summary>
    public (int Part, int Sign)[][] Parts { get; }

    /// <summary>Per line item: the totals it is one of the <see cref="Parts"/> of.</summary>
    public int[][] PartOf { get; }

    /// <summary>Words of a bit set over the line items (bit i: line item i).</summary>
    public int ItemWords { get; }

    /// <summary>Per total: its <see cref="Parts"/> as a bit set over the line items (<see cref="ItemWords"/> words each).</summary>
    public ulong[] PartBits { get; }

    /// <summary>
    /// Per total and part (index total·count + part): the bit set of the total's calculation children whose leaves hold
    /// the part's, at word offset <see cref="ItemWords"/>·value; −1 when the item is no part of the total. A part under a
    /// child printed on a row adds nothing to the total's terms.
    /// </summary>
    public int[] CoveringOffset { get; }

    public ulong[] CoveringBits { get; }

    /// <summary>Per total and part (index total·count + part): the sign the part takes under the total (0: no part).</summary>
    public sbyte[] PartSigns { get; }

    /// <summary>Per total: its calculation children as a bit set over the line items.</summary>
    public ulong[] ChildBits { get; }

    /// <summary>Per line item: the items it holds (its calculation descendants and its <see cref="Parts"/>) as a bit set.</summary>
    public ulong[] HeldBits { get; }

    /// <summary>Per line item: the items that hold it (the converse of <see cref="HeldBits"/>) as a bit set.</summary>
    public ulong[] HolderBits { get; }

    /// <summary>
    /// Per line item: the items that hold its leaves and are wider (more leaves, or the same leaves and earlier in schema
    /// order), as a bit set over the line items: printed on a row beside it, one of them stands for it.
    /// </summary>
    public ulong[] WiderBits { get; }

    /// <summary>Whether every leaf of line item <c>a</c> is a leaf of line item <c>b</c>.</summary>
    public bool LeavesWithin(int a, int b)
    {
        for (int w = 0; w < _leafWords; w++)
        {
            if ((_leaves[a * _leafWords + w] & ~_leaves[b * _leafWords + w]) != 0) return false;
        }
        return true;
    }

    /// <summary>
    /// How many of <paramref name="item"/>'s parents are nested with <paramref name="total"/>: their calculation leaves
    /// hold the total's or lie within them (the total itself, the subtotals and totals of its own chain). Parents in
    /// another industry's network (an insurer's benefits and expenses, a bank's noninterest expense) do not count.
    /// </summary>
    public int ParentsNestedWith(int total, int item)
    {
        // Asked for the same pairs at many search nodes: counted once per pair, on first use (−1: not yet). Threads
        // sharing the structure may both count a pair; they write the same number.
        int at = total * Concepts.Count + item;
        int known = _parentsNestedWith[at];
        if (known >= 0) return known;
        int count = 0;
        foreach (int p in Parents[item])
        {
            if (LeavesWithin(p, total) || LeavesWithin(total, p)) count++;
        }
        _parentsNestedWith[at] = count;
        return count;
    }

    private readonly int[] _parentsNestedWith;

    /// <summary>Whether <paramref name="item"/> is one of total <paramref name="total"/>'s calculation children.</summary>
    public bool IsChild(int total, int item) => (ChildBits[total * ItemWords + (item >> 6)] & 1UL << (item & 63)) != 0;

    /// <summary>Per line item: the items it is a descendant of or has as a descendant (<see cref="IsDescendant"/> either way), as a bit set.</summary>
    public ulong[] RelatedBits { get; }

    /// <summary>Whether line items <c>a</c> and <c>b</c> share a leaf (one counts some of what the other counts).</summary>
    public bool LeavesOverlap(int a, int b)
    {
        for (int w = 0; w < _leafWords; w++)
        {
            if ((_leaves[a * _leafWords + w] & _leaves[b * _leafWords + w]) != 0) return true;
        }
        return false;
    }

    /// <summary>Words of a bit set over the leaves (<see cref="Leaves"/>).</summary>
    public int LeafWords => _leafWords;

    /// <summary>Line item <paramref name="item"/>'s calculation leaves as a bit set over the line items (<see cref="LeafWords"/> words).</summary>
    public ReadOnlySpan<ulong> Leaves(int item) => _leaves.AsSpan(item * _leafWords, _leafWords);

    /// <summary>Per line item: how many leaves its calculation tree has (1 for a leaf).</summary>
    public int[] LeafCount { get; }

    private readonly int _leafWords;
    private readonly ulong[] _leaves;

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
        var leaves = Enumerable.Range(0, concepts.Count).Select(c => LeavesOf(c, 1, [])).ToArray();
        _leafWords = (concepts.Count + 63) / 64;
        _leaves = new ulong[concepts.Count * _leafWords];
        LeafCount = new int[concepts.Count];
        for (int c = 0; c < concepts.Count; c++)
        {
            foreach (int leaf in leaves[c].Keys) _leaves[c * _leafWords + (leaf >> 6)] |= 1UL << (leaf & 63);
            LeafCount[c] = leaves[c].Count;
        }
        var parts = new List<(int, int)>[concepts.Count];
        var partOf = concepts.Select(_ => new List<int>()).ToArray();
        for (int c = 0; c < concepts.Count; c++)
        {
            parts[c] = [];
            if (Children[c].Length == 0) continue;
            for (int p = 0; p < concepts.Count; p++)
            {
                if (p == c || leaves[p].Count == 0 || leaves[p].Count >= leaves[c].Count || Children[c].Any(x => x.Child == p)) continue;
                if (LeafSigns.SignUnder(leaves[c], leaves[p]) is not { } sign) continue;
                parts[c].Add((p, sign));
                partOf[p].Add(c);
            }
        }
        Parts = parts.Select(p => p.ToArray()).ToArray();
        PartOf = partOf.Select(p => p.ToArray()).ToArray();
        int count = concepts.Count, words = (count + 63) / 64;
        ItemWords = words;
        PartBits = new ulong[count * words];
        CoveringOffset = Enumerable.Repeat(-1, count * count).ToArray();
        PartSigns = new sbyte[count * count];
        var covering = new List<ulong>();
        for (int c = 0; c < count; c++)
        {
            foreach (var (p, sign) in Parts[c])
            {
                PartBits[c * words + (p >> 6)] |= 1UL << (p & 63);
                PartSigns[c * count + p] = (sbyte)sign;
                CoveringOffset[c * count + p] = covering.Count / words;
                var bits = new ulong[words];
                foreach (var (child, _) in Children[c])
                {
                    if (LeavesWithin(p, child)) bits[child >> 6] |= 1UL << (child & 63);
                }
                covering.AddRange(bits);
            }
        }
        CoveringBits = [.. covering];
        HeldBits = new ulong[count * words];
        HolderBits = new ulong[count * words];
        for (int c = 0; c < count; c++)
        {
            for (int d = 0; d < count; d++)
            {
                if (!IsDescendant[c, d] && PartSigns[c * count + d] == 0) continue;
                HeldBits[c * words + (d >> 6)] |= 1UL << (d & 63);
                HolderBits[d * words + (c >> 6)] |= 1UL << (c & 63);
            }
        }
        RelatedBits = new ulong[count * words];
        for (int c = 0; c < count; c++)
        {
            for (int d = 0; d < count; d++)
            {
                if (IsDescendant[c, d] || IsDescendant[d, c]) RelatedBits[c * words + (d >> 6)] |= 1UL << (d & 63);
            }
        }
        _parentsNestedWith = Enumerable.Repeat(-1, count * count).ToArray();
        ChildBits = new ulong[count * words];
        WiderBits = new ulong[count * words];
        for (int c = 0; c < count; c++)
        {
            foreach (var (child, _) in Children[c]) ChildBits[c * words + (child >> 6)] |= 1UL << (child & 63);
            if (LeafCount[c] == 0) continue;
            for (int b = 0; b < count; b++)
            {
                if (b == c || !LeavesWithin(c, b)) continue;
                if (LeafCount[b] > LeafCount[c] || (LeafCount[b] == LeafCount[c] && b < c)) WiderBits[c * words + (b >> 6)] |= 1UL << (b & 63);
            }
        }
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

    /// <summary>Leaf → weight (product along the path) of the calculation tree under <paramref name="c"/>; a leaf is its own.</summary>
    private Dictionary<int, int> LeavesOf(int c, int weight, HashSet<int> path)
    {
        var result = new Dictionary<int, int>();
        if (!path.Add(c)) return result;
        if (Children[c].Length == 0) result[c] = weight;
        foreach (var (child, w) in Children[c])
        {
            foreach (var (leaf, lw) in LeavesOf(child, weight * w, path)) result.TryAdd(leaf, lw);
        }
        path.Remove(c);
        return result;
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
