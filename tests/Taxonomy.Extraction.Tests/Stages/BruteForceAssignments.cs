using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;

namespace Taxonomy.Extraction.Tests.Stages;

/// <summary>
/// The assignment rules written out plainly and applied to every way of reading a small table, with no pruning and no
/// search order to rely on: the oracle of <see cref="AssignmentSolverBruteForceTests"/>. Rows are read top to bottom;
/// a labelled row is its own line item; any other is noise (cost 10, not for a row the prose confirms as an item), a
/// pending component, or a total: a line item the prose confirms for it (cost 0), or one that has calculation children
/// and is not a structural duplicate (cost 1, plus 3 when prose names the row with a phrase the taxonomy lacks); a
/// duration table's items include the balances its roll-forward starts and ends with. Free
/// totals come in schema order; an item is used once, never after an item that holds it (a calculation ancestor, or a
/// total it is a condensed part of), never above a labelled row naming an item it holds, and never when a labelled row
/// holds it. A total takes every pending component (each weighting tried, the cheapest first kept), or, with none
/// pending, foots on its children already read (a total printed condensed foots on the widest of its children and its
/// condensed parts read, items whose leaves are some of its own, when no two of those share a leaf: net income as
/// operating income less tax); either way every column where at most one value is unknown must foot,
/// and a single unknown is solved; a free total never sums a row another total sums. A labelled or confirmed total
/// that cannot foot so stands as it is. A taken
/// component becomes the cheapest unused fitting item of the total with its weight (a child, or a deeper item the
/// prose confirms for it: cost 0 when confirmed, else 1 plus 3 when named; an added component negative in every
/// column may be a subtracted item printed by its effect (tied when an added item fits as cheaply); never one a child already read or another
/// taken component contains or lies within; the item with most parents nested with the total, whose leaves hold the total's or lie within them; tied when two fit equally) or an extension
/// (cost 2; only with weight +1). All components must be taken by the end, every free row read as an item must be
/// confirmed by a calculation or the prose, and no item (nor one its calculation sums) is read on a row above a row
/// holding the total the schema says it is printed below, unless both rows are labelled. When every best reading drops
/// more than one row as noise, no row is decided. The cheapest readings win, then those whose free items are more
/// required items, then those with more free rows read as totals; of them, those whose free items totals count (as children or condensed parts) at most one time fewer
/// than the most counted reading's stand. Rows they read differently, or whose component was tied in one of them, are
/// ambiguous.
/// </summary>
internal sealed class BruteForceAssignments
{
    private const int NoiseCost = 10, ExtensionCost = 2, UnnamedCost = 3, CalculationOnlyCost = 1, MaxPendingForWeights = 6, MaxNoiseRows = 1;

    private readonly SolverInput _input;
    private readonly IReadOnlyList<ConceptDefinition> _concepts;
    private readonly List<(int Child, int Weight)>[] _children;
    private readonly List<int>[] _parents;
    private readonly List<(int Concept, int Weight)>[] _descendants;
    private readonly Dictionary<int, int>[] _leaves;

    public BruteForceAssignments(SolverInput input)
    {
        _input = input;
        _concepts = input.Statement.Concepts;
        int count = _concepts.Count;
        _children = new List<(int, int)>[count];
        _parents = new List<int>[count];
        for (int c = 0; c < count; c++) _parents[c] = [];
        for (int c = 0; c < count; c++)
        {
            _children[c] = [];
            foreach (var child in _concepts[c].Calculation)
            {
                int index = IndexOf(child.PropertyName);
                if (index < 0) continue;
                _children[c].Add((index, child.Weight));
                _parents[index].Add(c);
            }
        }
        _descendants = new List<(int, int)>[count];
        for (int c = 0; c < count; c++)
        {
            _descendants[c] = [];
            AddDescendants(c, c, 1, 1);
        }
        _leaves = new Dictionary<int, int>[count];
        for (int c = 0; c < count; c++)
        {
            _leaves[c] = [];
            AddLeaves(c, c, 1, []);
        }
    }

    /// <summary>The leaves of an item's calculation tree, each with the product of the weights on its first path (a leaf is its own).</summary>
    private void AddLeaves(int root, int c, int weight, List<int> path)
    {
        if (path.Contains(c)) return;
        if (_children[c].Count == 0) _leaves[root].TryAdd(c, weight);
        path.Add(c);
        foreach (var (child, w) in _children[c]) AddLeaves(root, child, weight * w, path);
        path.RemoveAt(path.Count - 1);
    }

    /// <summary>
    /// The sign an item takes as a condensed part of a total: every one of its leaves, fewer than the total's, is one of
    /// the total's, all entering it with one relative sign; null when it is no part (or a calculation child).
    /// </summary>
    private int? PartSign(int total, int item)
    {
        if (item == total || _children[total].Count == 0 || _children[total].Exists(x => x.Child == item)) return null;
        if (_leaves[item].Count == 0 || _leaves[item].Count >= _leaves[total].Count) return null;
        var signs = _leaves[item].Select(l => _leaves[total].TryGetValue(l.Key, out int w) ? (int?)(w * l.Value > 0 ? 1 : -1) : null).Distinct().ToList();
        return signs.Count == 1 ? signs[0] : null;
    }

    /// <summary>The item's parents whose leaves hold the total's or lie within them: the total's own chain of totals.</summary>
    private int NestedParents(int total, int item) => _parents[item].Count(p => LeavesWithin(p, total) || LeavesWithin(total, p));

    private bool LeavesWithin(int a, int b) => _leaves[a].Keys.All(_leaves[b].ContainsKey);

    private bool LeavesOverlap(int a, int b) => _leaves[a].Keys.Any(_leaves[b].ContainsKey);

    private int IndexOf(string propertyName)
    {
        for (int i = 0; i < _concepts.Count; i++)
        {
            if (_concepts[i].PropertyName == propertyName) return i;
        }
        return -1;
    }

    /// <summary>Descendants to four levels, depth first in schema order, each once (its first weight).</summary>
    private void AddDescendants(int root, int c, int weight, int depth)
    {
        if (depth > 4) return;
        foreach (var (child, w) in _children[c])
        {
            if (!_descendants[root].Exists(d => d.Concept == child)) _descendants[root].Add((child, weight * w));
            AddDescendants(root, child, weight * w, depth + 1);
        }
    }

    /// <summary>One reading of the rows so far.</summary>
    private sealed class Reading
    {
        public required string[] Kind;          // "", Concept, Extension, Noise, pending
        public required int[] Concept;
        public required int[] ExtensionOf;      // the row of the total an extension adds to
        public required bool[] Verified;        // a calculation confirmed the row
        public required bool[] Summed;          // a total sums the row
        public required bool[] ByNarrative;     // the row is a total the prose confirms
        public required HashSet<(int, int)> Confirmed;
        public required bool[] Tied;
        public required List<int> Pending;
        public required Dictionary<(int, int), decimal> Recovered;
        public int LastTotal = -1;
        public int Cost;
        public int Totals;                      // free rows read as totals

        public Reading Copy() => new()
        {
            Kind = (string[])Kind.Clone(), Concept = (int[])Concept.Clone(), ExtensionOf = (int[])ExtensionOf.Clone(),
            Verified = (bool[])Verified.Clone(), Summed = (bool[])Summed.Clone(), ByNarrative = (bool[])ByNarrative.Clone(), Confirmed = [.. Confirmed], Tied = (bool[])Tied.Clone(), Pending = [.. Pending],
            Recovered = new(Recovered), LastTotal = LastTotal, Cost = Cost, Totals = Totals,
        };

        public bool Used(int concept) => Array.IndexOf(Concept, concept) >= 0;

        /// <summary>The row holding the item (the latest one, when two labelled rows name it).</summary>
        public int RowOf(int concept) => Array.LastIndexOf(Concept, concept);
    }

    /// <summary>The cheapest readings found by the last <see cref="Solve"/>, one a line.</summary>
    public string Explanation { get; private set; } = "";

    /// <summary>What the rules decide, or null when the best readings are more than the solver keeps.</summary>
    public SolverResult? Solve(int maxSolutions)
    {
        int n = _input.Rows.Count;
        var complete = new List<Reading>();
        var start = new Reading
        {
            Kind = Enumerable.Repeat("", n).ToArray(), Concept = Enumerable.Repeat(-1, n).ToArray(), ExtensionOf = Enumerable.Repeat(-1, n).ToArray(),
            Verified = new bool[n], Summed = new bool[n], ByNarrative = new bool[n], Confirmed = [], Tied = new bool[n], Pending = [], Recovered = [],
        };
        Read(0, start, complete);
        var rows = new List<Assignment>();
        if (complete.Count == 0)
        {
            foreach (var row in _input.Rows) rows.Add(new Assignment(row.RowIndex, AssignmentKind.Ambiguous, null, null, false, false));
            return new SolverResult(rows, new Dictionary<(int, int), decimal>(), new HashSet<(int, int)>(), [], false);
        }
        int least = complete.Min(s => s.Cost);
        var cheapest = complete.Where(s => s.Cost == least).ToList();
        if (cheapest.Count > maxSolutions) return null;
        int mostRequired = cheapest.Max(RequiredRead);
        var withRequired = cheapest.Where(s => RequiredRead(s) == mostRequired).ToList();
        int mostTotals = withRequired.Max(s => s.Totals);
        withRequired = withRequired.Where(s => s.Totals == mostTotals).ToList();
        int most = withRequired.Max(Centrality);
        var best = withRequired.Where(s => Centrality(s) >= most - 1).ToList();
        if (best.Min(s => s.Kind.Count(k => k == "Noise")) > MaxNoiseRows)
        {
            foreach (var row in _input.Rows) rows.Add(new Assignment(row.RowIndex, AssignmentKind.Ambiguous, null, null, false, false));
            return new SolverResult(rows, new Dictionary<(int, int), decimal>(), new HashSet<(int, int)>(), [], false);
        }
        Explanation = string.Join("\n", cheapest.Select(s => $"cost {s.Cost} required {RequiredRead(s)} totals {s.Totals} centrality {Centrality(s)}: " + string.Join(" | ", Enumerable.Range(0, n).Select(r =>
            $"{s.Kind[r]} {(s.Concept[r] >= 0 ? _concepts[s.Concept[r]].PropertyName : "")}{(s.Tied[r] ? " tied" : "")}{(s.ByNarrative[r] ? " told" : "")}"))));
        for (int r = 0; r < n; r++)
        {
            var first = best[0];
            bool agree = best.All(s => s.Kind[r] == first.Kind[r] && s.Concept[r] == first.Concept[r] && s.ExtensionOf[r] == first.ExtensionOf[r]);
            int rowIndex = _input.Rows[r].RowIndex;
            if (!agree || best.Any(s => s.Tied[r]))
            {
                rows.Add(new Assignment(rowIndex, AssignmentKind.Ambiguous, null, null, false, false));
                continue;
            }
            var kind = first.Kind[r] switch { "Concept" => AssignmentKind.Concept, "Extension" => AssignmentKind.Extension, _ => AssignmentKind.Noise };
            var concept = first.Concept[r] >= 0 ? _concepts[first.Concept[r]] : null;
            var total = first.ExtensionOf[r] >= 0 ? _concepts[first.Concept[first.ExtensionOf[r]]] : null;
            rows.Add(new Assignment(rowIndex, kind, concept, total, first.Verified[r], first.ByNarrative[r]));
        }
        var recovered = new Dictionary<(int Row, int Column), decimal>();
        foreach (var (key, value) in best[0].Recovered)
        {
            if (best.All(s => s.Recovered.TryGetValue(key, out var v) && v == value)) recovered[(_input.Rows[key.Item1].RowIndex, key.Item2)] = value;
        }
        var confirmed = best[0].Confirmed.Where(k => best.All(s => s.Confirmed.Contains(k))).Select(k => (_input.Rows[k.Item1].RowIndex, k.Item2)).ToHashSet();
        return new SolverResult(rows, recovered, confirmed, [], false);
    }

    private bool InPrintedOrder(Reading reading)
    {
        for (int below = 0; below < _concepts.Count; below++)
        {
            if (_concepts[below].PrintedBelow is not { } printed) continue;
            var family = _descendants[below].Select(d => d.Concept).Append(below).ToHashSet();
            for (int at = 0; at < reading.Concept.Length; at++)
            {
                if (reading.Kind[at] != "Concept" || _concepts[reading.Concept[at]].PropertyName != printed.PropertyName) continue;
                for (int r = 0; r < at; r++)
                {
                    bool bothLabelled = _input.Rows[r].Fixed is not null && _input.Rows[at].Fixed is not null;
                    if (reading.Kind[r] == "Concept" && family.Contains(reading.Concept[r]) && !bothLabelled) return false;
                }
            }
        }
        return true;
    }

    private int RequiredRead(Reading reading) =>
        reading.Concept.Where((c, r) => c >= 0 && reading.Kind[r] == "Concept" && _input.Rows[r].Fixed is null).Count(c => _concepts[c].Required);

    /// <summary>How many totals count the items read on free rows, each as a child or a condensed part.</summary>
    private int Centrality(Reading reading) =>
        reading.Concept.Where((c, r) => c >= 0 && reading.Kind[r] == "Concept" && _input.Rows[r].Fixed is null)
            .Sum(c => _parents[c].Count + Enumerable.Range(0, _concepts.Count).Count(t => PartSign(t, c) is not null));

    private int FixedConcept(int r) => _input.Rows[r].Fixed is { } f ? _concepts.ToList().FindIndex(c => c.Concept == f.Concept && c.PropertyName == f.PropertyName) : -1;

    /// <summary>Whether the prose states this row's values for the item: true when it agrees, false when it contradicts.</summary>
    private bool? Narrative(int r, int c)
    {
        bool? result = null;
        var cells = _input.Rows[r].Cells;
        for (int col = 0; col < cells.Length; col++)
        {
            if (cells[col].Lost || cells[col].Value is not { } v) continue;
            var said = _input.Narrative(_concepts[c].Concept, col, v);
            if (said == false) return false;
            if (said == true) result = true;
        }
        return result;
    }

    /// <summary>Whether an item that holds <paramref name="c"/> (a calculation ancestor, or a total it is a condensed part of) is read on a row above.</summary>
    private bool HolderAbove(int c, Reading reading) => Enumerable.Range(0, _concepts.Count).Any(t => reading.Used(t) && Holds(t, c));

    /// <summary>Whether a labelled row below <paramref name="r"/> names an item <paramref name="c"/> holds.</summary>
    private bool HeldBelow(int r, int c) => Enumerable.Range(r + 1, _input.Rows.Count - r - 1).Any(row => FixedConcept(row) is int f && f >= 0 && Holds(c, f));

    private bool Holds(int total, int item) => _descendants[total].Exists(d => d.Concept == item) || PartSign(total, item) is not null;

    /// <summary>An item a labelled row names is held for it: no other row becomes it.</summary>
    private bool Held(int c) => Enumerable.Range(0, _input.Rows.Count).Any(row => FixedConcept(row) == c);

    private void Read(int r, Reading reading, List<Reading> complete)
    {
        if (r == _input.Rows.Count)
        {
            bool allVerified = Enumerable.Range(0, r).All(i => reading.Kind[i] != "Concept" || _input.Rows[i].Fixed is not null || reading.Verified[i] || reading.ByNarrative[i]);
            if (reading.Pending.Count == 0 && allVerified && InPrintedOrder(reading)) complete.Add(reading);
            return;
        }
        if (_input.Rows[r].Fixed is not null)
        {
            var labelled = reading.Copy();
            int own = FixedConcept(r);
            if (own >= 0)
            {
                labelled.Kind[r] = "Concept";
                labelled.Concept[r] = own;
                Take(r, own, labelled, free: false); // when it cannot foot, it stands as it is
            }
            Read(r + 1, labelled, complete);
            return;
        }
        // Readings are listed totals first (items the prose confirms first, then in schema order), then component, then
        // noise: when the best readings agree on a row but not on how it was confirmed, the first listed tells.
        var totals = Enumerable.Range(0, _concepts.Count).Where(c => MayBeTotal(r, c)).OrderBy(c => Narrative(r, c) == true ? 0 : 1).ThenBy(c => c);
        foreach (int c in totals)
        {
            if (c <= reading.LastTotal || reading.Used(c) || Held(c) || HolderAbove(c, reading) || HeldBelow(r, c)) continue;
            bool confirmed = Narrative(r, c) == true;
            var total = reading.Copy();
            total.Kind[r] = "Concept";
            total.Concept[r] = c;
            total.LastTotal = c;
            total.Totals++;
            total.ByNarrative[r] = confirmed;
            total.Cost += confirmed ? 0 : OwnCost(r);
            if (Take(r, c, total, free: true) || confirmed) Read(r + 1, total, complete);
        }

        var pending = reading.Copy();
        pending.Kind[r] = "pending";
        pending.Pending.Add(r);
        Read(r + 1, pending, complete);

        bool confirmedRow = Enumerable.Range(0, _concepts.Count).Any(c => MayBeItem(r, c) && Narrative(r, c) == true);
        if (!confirmedRow)
        {
            var noise = reading.Copy();
            noise.Kind[r] = "Noise";
            noise.Cost += NoiseCost;
            Read(r + 1, noise, complete);
        }
    }

    private bool MayBeItem(int r, int c)
    {
        var concept = _concepts[c];
        if (concept.DataType != ConceptDataType.Monetary || (concept.PeriodType != _input.ColumnPeriodType && _input.ColumnPeriodType != PeriodType.Duration)) return false;
        return !(concept.NonNegative && HasNegativeCell(r));
    }

    private bool MayBeTotal(int r, int c) => MayBeItem(r, c) && Narrative(r, c) switch
    {
        true => true,
        false => false,
        null => _children[c].Count > 0 && !IsStructuralDuplicate(c),
    };

    /// <summary>An item with the same children (and weights), parents and types as an earlier one: only the first is tried.</summary>
    private bool IsStructuralDuplicate(int c)
    {
        if (_children[c].Count + _parents[c].Count == 0) return false;
        for (int earlier = 0; earlier < c; earlier++)
        {
            if (_concepts[earlier].DataType == _concepts[c].DataType && _concepts[earlier].PeriodType == _concepts[c].PeriodType
                && _children[earlier].OrderBy(x => x).SequenceEqual(_children[c].OrderBy(x => x))
                && _parents[earlier].Order().SequenceEqual(_parents[c].Order())) return true;
        }
        return false;
    }

    private int OwnCost(int r) => CalculationOnlyCost + (_input.Rows[r].NamedByUnknownPhrase ? UnnamedCost : 0);

    private bool HasNegativeCell(int r) => _input.Rows[r].Cells.Any(cell => cell.Value < 0);

    /// <summary>Negative in every column that prints a figure: how an item a total subtracts is printed by its effect.</summary>
    private bool PrintedByEffect(int r) => HasNegativeCell(r) && !_input.Rows[r].Cells.Any(cell => cell.Value > 0);

    /// <summary>Whether a child of <paramref name="c"/> already read, or an item taken with this one, contains it or lies within it.</summary>
    private bool CountedAlready(int c, int item, List<int> taken, List<int> parts, Reading reading) =>
        _children[c].Where(x => reading.Used(x.Child) && x.Child != item).Select(x => x.Child).Concat(taken)
            .Any(other => Contains(other, item) || Contains(item, other))
        || parts.Any(part => LeavesOverlap(part, item));

    private bool Contains(int total, int item) => _descendants[total].Exists(d => d.Concept == item);

    /// <summary>
    /// A total printed condensed: of its children and condensed parts read so far, those no other one's leaves hold (of
    /// two with the same leaves, the first in schema order). They are its terms
    /// when at least one is a part and no two share a leaf; otherwise null, and the children alone are.
    /// </summary>
    private List<(int Item, int Weight)>? Condensed(int c, Reading reading)
    {
        var read = _children[c].Where(x => reading.Used(x.Child)).Select(x => (Item: x.Child, x.Weight))
            .Concat(Enumerable.Range(0, _concepts.Count).Where(p => reading.Used(p) && PartSign(c, p) is not null).Select(p => (Item: p, Weight: PartSign(c, p)!.Value)))
            .ToList();
        var widest = read.Where((x, i) => !read.Where((o, j) => j != i && LeavesWithin(x.Item, o.Item) && (_leaves[o.Item].Count > _leaves[x.Item].Count || o.Item < x.Item)).Any()).ToList();
        if (!widest.Exists(x => !_children[c].Exists(ch => ch.Child == x.Item))) return null;
        if (widest.Where((x, i) => widest.Skip(i + 1).Any(o => LeavesOverlap(x.Item, o.Item))).Any()) return null;
        return widest;
    }

    /// <summary>The total at row <paramref name="r"/> takes the pending components, or foots on its children (or condensed parts) read before.</summary>
    private bool Take(int r, int c, Reading reading, bool free)
    {
        // Children already read, except one counted inside another read child (a subtotal).
        var read = _children[c].Where(x => reading.Used(x.Child)).ToList();
        var terms = read.Where(x => !read.Any(o => o.Child != x.Child && _descendants[o.Child].Exists(d => d.Concept == x.Child)))
            .Select(x => (Row: reading.RowOf(x.Child), x.Weight)).ToList();
        var parts = new List<int>();
        if (Condensed(c, reading) is { } condensed)
        {
            terms = condensed.Select(x => (reading.RowOf(x.Item), x.Weight)).ToList();
            parts = condensed.Where(x => !_children[c].Exists(ch => ch.Child == x.Item)).Select(x => x.Item).ToList();
        }
        if (free && terms.Exists(t => reading.Summed[t.Row])) return false;
        if (reading.Pending.Count == 0)
        {
            if (terms.Count == 0) return false;
            var footing = Foot(r, terms, reading);
            if (footing is null) return false;
            Record(r, terms, footing.Value, reading);
            return true;
        }
        int n = reading.Pending.Count;
        bool subtracting = _children[c].Any(x => x.Weight < 0) && n <= MaxPendingForWeights;
        (List<(int Row, int Weight)> Terms, (Dictionary<(int, int), decimal>, HashSet<(int, int)>) Footing, List<(int Concept, bool Tied)> Components, int Cost)? best = null;
        for (int mask = 0; mask < (subtracting ? 1 << n : 1); mask++)
        {
            var components = reading.Pending.Select((row, i) => (Row: row, Weight: (mask >> i & 1) == 1 ? -1 : 1)).ToList();
            var all = terms.Concat(components).ToList();
            if (Foot(r, all, reading) is not { } footing) continue;
            if (Resolve(c, components, parts, reading) is not { } resolved) continue;
            int cost = resolved.Sum(x => x.Concept < 0 ? ExtensionCost : Narrative(x.Row, x.Concept) == true ? 0 : OwnCost(x.Row));
            if (best is null || cost < best.Value.Cost) best = (all, footing, resolved.Select(x => (x.Concept, x.Tied)).ToList(), cost);
        }
        if (best is not { } taken) return false;
        for (int i = 0; i < n; i++)
        {
            int row = reading.Pending[i];
            var (concept, tied) = taken.Components[i];
            reading.Kind[row] = concept >= 0 ? "Concept" : "Extension";
            reading.Concept[row] = concept;
            reading.ExtensionOf[row] = concept >= 0 ? -1 : r;
            reading.Tied[row] = tied;
        }
        reading.Pending.Clear();
        reading.Cost += taken.Cost;
        Record(r, taken.Terms, taken.Footing, reading);
        return true;
    }

    private static void Record(int r, List<(int Row, int Weight)> terms, (Dictionary<(int, int), decimal> Recovered, HashSet<(int, int)> Confirmed) footing, Reading reading)
    {
        reading.Verified[r] = true;
        foreach (var (row, _) in terms)
        {
            reading.Verified[row] = true;
            reading.Summed[row] = true;
        }
        foreach (var (key, value) in footing.Recovered) reading.Recovered.TryAdd(key, value);
        reading.Confirmed.UnionWith(footing.Confirmed);
    }

    /// <summary>
    /// Every column where the total and its terms are known foots within half a unit per value; a column with one
    /// unknown solves it; at least one column must be checked. Null when the total does not foot. The suspect cells of
    /// a column that foots are confirmed.
    /// </summary>
    private (Dictionary<(int, int), decimal>, HashSet<(int, int)>)? Foot(int r, List<(int Row, int Weight)> terms, Reading reading)
    {
        var recovered = new Dictionary<(int, int), decimal>();
        var confirmed = new HashSet<(int, int)>();
        bool checkedAny = false;
        int columns = _input.Rows.Max(row => row.Cells.Length);
        for (int col = 0; col < columns; col++)
        {
            var unknown = new List<(int Row, int Weight)>();
            decimal? total = Value(r, col, reading);
            if (total is null) unknown.Add((r, 0));
            decimal sum = 0m;
            foreach (var (row, weight) in terms)
            {
                if (Value(row, col, reading) is { } v) sum += v * weight;
                else unknown.Add((row, weight));
            }
            if (unknown.Count > 1) continue;
            checkedAny = true;
            if (unknown.Count == 1)
            {
                var (row, weight) = unknown[0];
                recovered.TryAdd((row, col), row == r ? sum : (total!.Value - sum) / weight);
            }
            else if (Math.Abs(total!.Value - sum) > 0.5m * (terms.Count + 1))
            {
                return null;
            }
            else
            {
                foreach (int row in terms.Select(t => t.Row).Append(r))
                {
                    if (col < _input.Rows[row].Cells.Length && _input.Rows[row].Cells[col].Suspect) confirmed.Add((row, col));
                }
            }
        }
        return checkedAny ? (recovered, confirmed) : null;
    }

    private decimal? Value(int row, int col, Reading reading)
    {
        var cells = _input.Rows[row].Cells;
        if (col >= cells.Length) return null;
        if (cells[col].Lost) return reading.Recovered.TryGetValue((row, col), out var v) ? v : null;
        return cells[col].Value ?? 0m;
    }

    /// <summary>
    /// Each taken component, in printed order, becomes the cheapest unused child of the total with its weight when that
    /// costs less than an extension (most parents nested with the total first, then schema order; tied when another fits as well), else an
    /// extension; a subtracted component must be a child. Components of one weight are all tied when one is.
    /// </summary>
    private List<(int Row, int Concept, bool Tied)>? Resolve(int c, List<(int Row, int Weight)> components, List<int> parts, Reading reading)
    {
        var result = new List<(int Row, int Concept, int Weight, bool Tied)>();
        var taken = new List<int>();
        foreach (var (row, weight) in components)
        {
            bool byEffect = weight > 0 && PrintedByEffect(row);
            var fits = _descendants[c]
                .Where(d => (d.Weight == weight || (byEffect && d.Weight < 0)) && (_children[c].Exists(x => x.Child == d.Concept) || Narrative(row, d.Concept) == true))
                .Where(d => !reading.Used(d.Concept) && !Held(d.Concept) && !taken.Contains(d.Concept) && !CountedAlready(c, d.Concept, taken, parts, reading)
                    && _concepts[d.Concept].DataType == ConceptDataType.Monetary && Narrative(row, d.Concept) != false
                    && !(_concepts[d.Concept].NonNegative && HasNegativeCell(row) && d.Weight == weight))
                .Select(d => (d.Concept, Cost: Narrative(row, d.Concept) == true ? 0 : OwnCost(row), Effect: d.Weight != weight))
                .Where(d => d.Cost < ExtensionCost)
                .ToList();
            if (fits.Count == 0)
            {
                if (weight < 0) return null;
                result.Add((row, -1, weight, false));
                continue;
            }
            int cheapest = fits.Min(d => d.Cost);
            int most = fits.Where(d => d.Cost == cheapest).Max(d => NestedParents(c, d.Concept));
            var best = fits.Where(d => d.Cost == cheapest && NestedParents(c, d.Concept) == most).Select(d => d.Concept).ToList();
            bool eitherWay = fits.Where(d => d.Cost == cheapest).Select(d => d.Effect).Distinct().Count() > 1;
            taken.Add(best[0]);
            result.Add((row, best[0], weight, best.Count > 1 || eitherWay));
        }
        return result.Select(x => (x.Row, x.Concept, x.Concept >= 0 && result.Any(o => o.Tied && o.Weight == x.Weight))).ToList();
    }
}
