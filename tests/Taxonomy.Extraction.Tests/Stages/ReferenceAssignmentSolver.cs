using Taxonomy.Concepts;

using Taxonomy.Extraction.Concepts;

namespace Taxonomy.Extraction.Tests.Stages;

/// <summary>
/// The assignment solver as it stood before its speed work (commit 2b9d4cd), kept verbatim as the reference the
/// production solver must agree with on every input: same assignments, recovered cells, notes and step count.
/// </summary>
/// <remarks>
/// Assigns label-less rows to line items from the structure the schema declares. Rows are taken in printed order.
/// A row is either a line item the prose confirms, a total (checked at once: it must equal its calculation children
/// printed above it, plus the components pending since the last total, in every column), a component (kept pending
/// until a total takes it, then resolved to one of that total's children with the right weight, or to an extension),
/// or noise. A lost cell is solved when it is the only unknown of a calculation. The cheapest complete assignment
/// wins (noise, extensions and unconfirmed items cost); when several tie and differ, the differing rows are ambiguous.
/// </remarks>
internal sealed class ReferenceAssignmentSolver
{
    private const int NoiseCost = 10;
    private const int ExtensionCost = 2;
    private const int UnnamedConceptCost = 3;
    private const int CalculationOnlyCost = 1;
    private const int NodeBudget = 100_000;
    private const int MaxSolutions = 4;
    private const int MaxPendingForWeights = 6;


    private readonly SolverInput _input;
    private readonly IReadOnlyList<ConceptDefinition> _concepts;
    private readonly int[][] _parents;
    private readonly (int Child, int Weight)[][] _children;
    private readonly int _columns;
    private readonly int[] _duplicateOf;
    private readonly (int Concept, int Weight)[][] _descendants;
    private readonly bool[,] _isDescendant;
    private readonly bool[] _hasNegativeChild;
    private readonly bool[] _hasNestedChildren;

    // Search state.
    private readonly int[] _kind;      // 0 none, 1 concept, 2 extension, 3 noise, 4 pending component
    private readonly int[] _conceptOf;
    private readonly int[] _rowOf;     // -1 free, -2 reserved by a labelled row, else the row
    private readonly int[] _extensionTotal;
    private readonly int[] _calcVerified;
    private readonly bool[] _narrVerified;
    private readonly bool[] _tied;
    private readonly List<int> _pending = [];
    private readonly Dictionary<(int, int), decimal> _recovered = [];
    private readonly List<(int, int)> _confirmed = [];
    private int _nodes;
    private int _best = int.MaxValue;
    private int _bestCentrality = -1;
    private readonly List<Snapshot> _solutions = [];
    private int[][] _candidates = [];
    private bool?[][] _narrative = [];
    private int[] _remainingBound = [];
    private int[] _latestTotalFrom = [];
    private bool[] _confirmedRow = [];
    private int[] _fixedIndex = [];
    private int[] _tightBound = [];
    private int[] _pendingLeast = [];
    private int _pendingBound;

    private sealed record Snapshot(int[] Kind, int[] ConceptOf, int[] ExtensionTotal, int[] Calc, bool[] Narr, bool[] Tied, Dictionary<(int, int), decimal> Recovered, HashSet<(int, int)> Confirmed);

    public ReferenceAssignmentSolver(SolverInput input)
    {
        _input = input;
        _concepts = input.Statement.Concepts;
        _columns = input.Rows.Count == 0 ? 0 : input.Rows.Max(r => r.Cells.Length);
        var structure = CalculationStructure.For(input.Statement);
        _children = structure.Children;
        _parents = structure.Parents;
        _descendants = structure.Descendants;
        _hasNegativeChild = structure.HasNegativeChild;
        _hasNestedChildren = structure.HasNestedChildren;
        _isDescendant = structure.IsDescendant;
        _duplicateOf = structure.DuplicateOf;
        int n = input.Rows.Count;
        _kind = new int[n];
        _conceptOf = Enumerable.Repeat(-1, n).ToArray();
        _extensionTotal = Enumerable.Repeat(-1, n).ToArray();
        _calcVerified = new int[n];
        _narrVerified = new bool[n];
        _tied = new bool[n];
        _rowOf = Enumerable.Repeat(-1, _concepts.Count).ToArray();
    }

    public SolverResult Solve()
    {
        _fixedIndex = new int[_input.Rows.Count];
        for (int r = 0; r < _input.Rows.Count; r++)
        {
            _fixedIndex[r] = _input.Rows[r].Fixed is { } f ? IndexOf(f) : -1;
            if (_fixedIndex[r] >= 0) _rowOf[_fixedIndex[r]] = -2;
        }
        Precompute();
        PrecomputeScaled();
        int rows = _input.Rows.Count + 1;
        _nodeAt = new int[rows];
        _sharedQuickNode = new int[rows, 2];
        _sharedQuickAny = new bool[rows, 2];
        _sharedQuick = Enumerable.Range(0, rows).Select(_ => new bool[]?[2]).ToArray();
        Search(0, -1, 0);
        return Result();
    }

    private int IndexOf(ConceptDefinition concept)
    {
        for (int i = 0; i < _concepts.Count; i++)
        {
            if (_concepts[i].Concept == concept.Concept && _concepts[i].PropertyName == concept.PropertyName) return i;
        }
        return -1;
    }

    /// <summary>Per row: the totals it may be and the items prose confirms for it, confirmed ones first; and a lower bound of the cost still to come.</summary>
    private void Precompute()
    {
        var hasNarrative = Enumerable.Range(0, _concepts.Count).Select(HasNarrative).ToArray();
        _narrative = new bool?[_input.Rows.Count][];
        _candidates = new int[_input.Rows.Count][];
        for (int r = 0; r < _input.Rows.Count; r++)
        {
            _narrative[r] = new bool?[_concepts.Count];
            var list = new List<int>();
            for (int c = 0; c < _concepts.Count; c++)
            {
                var concept = _concepts[c];
                if (concept.DataType != ConceptDataType.Monetary || concept.PeriodType != _input.ColumnPeriodType) continue;
                if (concept.NonNegative && _input.Rows[r].Cells.Any(cell => cell.Value < 0)) continue;
                if (hasNarrative[c]) _narrative[r][c] = Narrative(r, c);
                if (_input.Rows[r].Fixed is not null || _narrative[r][c] == false) continue;
                bool confirmed = _narrative[r][c] == true;
                if (!confirmed && (_children[c].Length == 0 || _duplicateOf[c] >= 0)) continue;
                list.Add(c);
            }
            _candidates[r] = list.OrderBy(c => _narrative[r][c] == true ? 0 : 1).ThenBy(c => c).ToArray();
        }
        // The latest (in schema order) total any row from here on may be (−1: none); a labelled row may be any of its own.
        _latestTotalFrom = new int[_input.Rows.Count + 1];
        _latestTotalFrom[_input.Rows.Count] = -1;
        for (int r = _input.Rows.Count - 1; r >= 0; r--)
        {
            int latest = _fixedIndex[r] >= 0 ? int.MaxValue : _candidates[r].Length == 0 ? -1 : _candidates[r].Max();
            _latestTotalFrom[r] = Math.Max(_latestTotalFrom[r + 1], latest);
        }
        _confirmedRow = new bool[_input.Rows.Count];
        for (int r = 0; r < _input.Rows.Count; r++) _confirmedRow[r] = _candidates[r].Any(c => _narrative[r][c] == true);
        _remainingBound = new int[_input.Rows.Count + 1];
        _tightBound = new int[_input.Rows.Count + 1];
        _pendingLeast = new int[_input.Rows.Count];
        for (int r = _input.Rows.Count - 1; r >= 0; r--)
        {
            bool free = _input.Rows[r].Fixed is null && !_candidates[r].Any(c => _narrative[r][c] == true);
            _remainingBound[r] = _remainingBound[r + 1] + (free ? CalculationOnlyCost : 0);
            // Tighter: a row named by a phrase the taxonomy lacks costs at least an extension whatever it becomes.
            _pendingLeast[r] = !free ? 0 : _input.Rows[r].NamedByUnknownPhrase ? ExtensionCost : CalculationOnlyCost;
            _tightBound[r] = _tightBound[r + 1] + _pendingLeast[r];
        }
    }

    private bool HasNarrative(int c)
    {
        for (int col = 0; col < _columns; col++)
        {
            if (_input.Narrative(_concepts[c].Concept, col, 0m) is not null) return true;
        }
        return false;
    }

    private bool? Narrative(int r, int c)
    {
        bool? result = null;
        var cells = _input.Rows[r].Cells;
        for (int col = 0; col < cells.Length; col++)
        {
            if (cells[col].Value is not { } v || cells[col].Lost) continue;
            switch (_input.Narrative(_concepts[c].Concept, col, v))
            {
                case false: return false;
                case true: result = true; break;
            }
        }
        return result;
    }

    private void Search(int r, int lastConcept, int cost)
    {
        // Pending components need a total at or after this row to take them, and a free row's total comes after the
        // last one chosen in schema order: no leaf below can complete when no later row offers one.
        if (_pending.Count > 0 && _latestTotalFrom[r] <= lastConcept) return;
        // The loose bound decides ties exactly as it always has; the tight one (pending rows' least cost included) only
        // prunes subtrees that cannot reach the best cost, so the solutions found are the same.
        int bound = cost + _remainingBound[r];
        int tight = cost + _tightBound[r] + _pendingBound;
        if (++_nodes > NodeBudget || tight > _best || (bound == _best && _solutions.Count >= MaxSolutions)) return;
        _nodeAt[r] = ++_nodeIds;
        if (r == _input.Rows.Count)
        {
            Complete(cost);
            return;
        }
        var row = _input.Rows[r];
        if (row.Fixed is not null)
        {
            int c = _fixedIndex[r];
            if (c < 0) { Search(r + 1, lastConcept, cost); return; }
            _rowOf[c] = r;
            _kind[r] = 1;
            _conceptOf[r] = c;
            var outcomes = Totals(r, c) ?? NothingToCheck;
            foreach (var outcome in outcomes)
            {
                var undo = Apply(r, outcome);
                Search(r + 1, lastConcept, cost + outcome.Cost);
                Undo(r, outcome, undo);
            }
            _kind[r] = 0;
            _conceptOf[r] = -1;
            _rowOf[c] = -2;
            return;
        }
        foreach (int c in _candidates[r])
        {
            if (c <= lastConcept || !Available(c)) continue;
            bool confirmed = _narrative[r][c] == true;
            int own = confirmed ? 0 : CalculationOnlyCost + (row.NamedByUnknownPhrase ? UnnamedConceptCost : 0);
            // Whatever outcome this total has, the rows after it and the pending ones still cost their least: the next
            // node would prune at once.
            if (cost + own + _tightBound[r + 1] + _pendingBound > _best) continue;
            _rowOf[c] = r;
            _kind[r] = 1;
            _conceptOf[r] = c;
            _narrVerified[r] = confirmed;
            var outcomes = Totals(r, c) ?? (confirmed ? NothingToCheck : NoOutcomes);
            foreach (var outcome in outcomes)
            {
                var undo = Apply(r, outcome);
                if (Feasible(c)) Search(r + 1, c, cost + own + outcome.Cost);
                Undo(r, outcome, undo);
            }
            _narrVerified[r] = false;
            _kind[r] = 0;
            _conceptOf[r] = -1;
            _rowOf[c] = -1;
        }
        _kind[r] = 4;
        _pending.Add(r);
        _pendingBound += _pendingLeast[r];
        Search(r + 1, lastConcept, cost);
        _pendingBound -= _pendingLeast[r];
        _pending.RemoveAt(_pending.Count - 1);
        // A row the prose confirms as some line item is not noise.
        if (!_confirmedRow[r])
        {
            _kind[r] = 3;
            Search(r + 1, lastConcept, cost + NoiseCost);
        }
        _kind[r] = 0;
    }

    private void Complete(int cost)
    {
        if (_pending.Count > 0) return;
        for (int i = 0; i < _kind.Length; i++)
        {
            if (_kind[i] == 1 && _input.Rows[i].Fixed is null && _calcVerified[i] == 0 && !_narrVerified[i]) return;
        }
        int centrality = 0;
        for (int i = 0; i < _kind.Length; i++)
        {
            if (_kind[i] == 1 && _input.Rows[i].Fixed is null) centrality += _parents[_conceptOf[i]].Length;
        }
        if (cost < _best || (cost == _best && centrality > _bestCentrality))
        {
            _best = cost;
            _bestCentrality = centrality;
            _solutions.Clear();
        }
        if (centrality == _bestCentrality && _solutions.Count < MaxSolutions) _solutions.Add(Take());
    }

    private bool Available(int c)
    {
        if (_rowOf[c] != -1) return false;
        foreach (int p in _parents[c])
        {
            if (_rowOf[p] >= 0) return false; // components are printed before their totals
        }
        return true;
    }

    /// <summary>An item no calculation or prose has confirmed yet needs a total still ahead (index above <paramref name="last"/>) that could.</summary>
    private bool Feasible(int last)
    {
        for (int r = 0; r < _kind.Length; r++)
        {
            if (_kind[r] != 1 || _input.Rows[r].Fixed is not null || _calcVerified[r] > 0 || _narrVerified[r]) continue;
            bool open = false;
            foreach (int p in _parents[_conceptOf[r]])
            {
                if ((p > last && _rowOf[p] == -1) || _rowOf[p] == -2) { open = true; break; }
            }
            if (!open) return false;
        }
        return true;
    }

    /// <summary>How a total's calculation was satisfied: the pending components it took, each resolved (child concept or extension, with a weight).</summary>
    private sealed record Outcome(List<(int Row, int Concept, int Weight, bool Tied)> Resolved, List<((int, int) Key, decimal Value)> Recovered, int Cost)
    {
        public List<int> Terms { get; init; } = [];
        public List<(int, int)> Confirmed { get; init; } = [];
    }

    /// <summary>The ways the total at row <paramref name="r"/> can foot: with the pending components (weights chosen), or without them.</summary>
    /// <returns>The outcomes, or null when there are none.</returns>
    private List<Outcome>? Totals(int r, int c)
    {
        List<Outcome>? outcomes = null;
        var assigned = _assignedScratch;
        assigned.Clear();
        foreach (var (child, weight) in _children[c])
        {
            if (_rowOf[child] < 0) continue;
            // A child already counted inside another reported child (a subtotal) is not counted twice.
            bool nested = false;
            if (_hasNestedChildren[c])
            {
                foreach (var (other, _) in _children[c])
                {
                    if (other != child && _rowOf[other] >= 0 && _isDescendant[other, child]) { nested = true; break; }
                }
            }
            if (!nested) assigned.Add((_rowOf[child], weight));
        }
        if (_pending.Count > 0)
        {
            // A pending component takes weight −1 only when the total has a child of weight −1 to be.
            bool negative = _hasNegativeChild[c];
            int masks = negative && _pending.Count <= MaxPendingForWeights ? 1 << _pending.Count : 1;
            Outcome? bestOutcome = null;
            var terms = _termsScratch;
            var quick = QuickFootings(r, assigned, masks, out bool anyFoots);
            for (int mask = 0; anyFoots && mask < masks; mask++)
            {
                if (!(quick?[mask] ?? QuickFoot(r, assigned, mask))) continue;
                terms.Clear();
                terms.AddRange(assigned);
                for (int i = 0; i < _pending.Count; i++) terms.Add((_pending[i], (mask >> i & 1) == 0 ? 1 : -1));
                if (Foot(r, terms) is not { } check) continue;
                var resolved = Resolve(c, terms.Skip(assigned.Count).ToList());
                if (resolved is null) continue;
                var outcome = new Outcome(resolved.Value.Items, check.Recovered, resolved.Value.Cost) { Terms = terms.Select(t => t.Row).ToList(), Confirmed = check.Confirmed };
                if (bestOutcome is null || outcome.Cost < bestOutcome.Cost) bestOutcome = outcome;
            }
            if (bestOutcome is not null) (outcomes ??= []).Add(bestOutcome);
        }
        // Components are printed just before the total that takes them: a total never leaves pending components behind.
        if (_pending.Count == 0 && assigned.Count > 0 && MayFoot(r, assigned) && Foot(r, assigned) is { } own)
        {
            (outcomes ??= []).Add(new Outcome([], own.Recovered, 0) { Terms = assigned.Select(t => t.Row).ToList(), Confirmed = own.Confirmed });
        }
        return outcomes;
    }

    /// <summary>
    /// The integer first test of a total with no pending components: false only when the first fully known column does
    /// not foot, where <see cref="Foot"/> would fail too (same column, same tolerance).
    /// </summary>
    private bool MayFoot(int r, List<(int Row, int Weight)> assigned)
    {
        if (_unit == 0) return true;
        if (_quickScratch.Length < 1) _quickScratch = new bool[1];
        return !FillQuickFootings(r, assigned, 1, _quickScratch, out _) || _quickScratch[0];
    }

    private readonly List<(int Row, int Weight)> _assignedScratch = [];
    private readonly List<(int Row, int Weight)> _termsScratch = [];
    private bool[] _quickScratch = [];
    private long[] _pendingScratch = new long[MaxPendingForWeights + 1];

    /// <summary>
    /// <see cref="QuickFoot"/> for every weighting at once, in exact integer arithmetic (values scaled to whole
    /// numbers): the column tested does not depend on the weighting, so it is found once. Null when a value does not
    /// scale to a whole number in range (the caller then tests each weighting with decimals).
    /// </summary>
    private bool[]? QuickFootings(int r, List<(int Row, int Weight)> assigned, int masks, out bool anyFoots)
    {
        anyFoots = true;
        if (_unit == 0) return null;
        // With no child assigned the weighting test depends only on the row and the pending components, the same for
        // every candidate of this search node: computed once per node.
        bool shared = assigned.Count == 0;
        int slot = masks == 1 ? 0 : 1;
        if (shared && _sharedQuickNode[r, slot] == _nodeAt[r])
        {
            anyFoots = _sharedQuickAny[r, slot];
            return _sharedQuick[r][slot];
        }
        bool[] result;
        if (shared)
        {
            _sharedQuick[r][slot] ??= new bool[masks];
            if (_sharedQuick[r][slot]!.Length < masks) _sharedQuick[r][slot] = new bool[masks];
            result = _sharedQuick[r][slot]!;
        }
        else
        {
            if (_quickScratch.Length < masks) _quickScratch = new bool[masks];
            result = _quickScratch;
        }
        if (!FillQuickFootings(r, assigned, masks, result, out anyFoots))
        {
            anyFoots = true; // the caller tests each weighting with decimals
            return null;
        }
        if (shared)
        {
            _sharedQuickNode[r, slot] = _nodeAt[r];
            _sharedQuickAny[r, slot] = anyFoots;
        }
        return result;
    }

    private bool FillQuickFootings(int r, List<(int Row, int Weight)> assigned, int masks, bool[] result, out bool anyFoots)
    {
        anyFoots = false;
        for (int col = 0; col < _columns; col++)
        {
            if (!Scaled(r, col, out long total, out bool totalKnown)) return false;
            if (!totalKnown) continue;
            long needed = total;
            bool known = true;
            foreach (var (row, weight) in assigned)
            {
                if (!Scaled(row, col, out long v, out bool k)) return false;
                if (!k) { known = false; break; }
                needed -= v * weight;
            }
            if (!known) continue;
            int n = _pending.Count;
            if (_pendingScratch.Length < n) _pendingScratch = new long[Math.Max(n, 2 * _pendingScratch.Length)];
            var values = _pendingScratch;
            long sumAll = 0;
            for (int i = 0; i < n; i++)
            {
                if (!Scaled(_pending[i], col, out long v, out bool k)) return false;
                if (!k) { known = false; break; }
                values[i] = v;
                sumAll += v;
            }
            if (!known) continue;
            // |total − (Σ assigned + Σ ±pending)| ≤ ½·count, doubled to stay whole.
            long tolerance = (long)(1 + assigned.Count + n) * _unit;
            Span<long> flipped = stackalloc long[masks];
            flipped[0] = 0;
            for (int mask = 0; mask < masks; mask++)
            {
                if (mask > 0)
                {
                    int low = System.Numerics.BitOperations.TrailingZeroCount(mask);
                    flipped[mask] = flipped[mask & (mask - 1)] + values[low];
                }
                long diff = needed - (sumAll - 2 * flipped[mask]);
                result[mask] = 2 * Math.Abs(diff) <= tolerance;
                anyFoots |= result[mask];
            }
            return true;
        }
        for (int mask = 0; mask < masks; mask++) result[mask] = true;
        anyFoots = true;
        return true;
    }

    private int _nodeIds;
    private int[] _nodeAt = [];
    private int[,] _sharedQuickNode = new int[0, 2];
    private bool[,] _sharedQuickAny = new bool[0, 2];
    private bool[]?[][] _sharedQuick = [];

    /// <summary>A cell's value times the table's unit, when it is a whole number in range; <paramref name="known"/> is false for a lost cell not yet recovered.</summary>
    private bool Scaled(int row, int col, out long value, out bool known)
    {
        value = 0;
        known = false;
        var cells = _input.Rows[row].Cells;
        if (col >= cells.Length) return true;
        if (!cells[col].Lost)
        {
            known = true;
            value = _scaled[row][col];
            return true;
        }
        if (!_recovered.TryGetValue((row, col), out var recovered)) return true;
        known = true;
        return TryScale(recovered, _unit, out value);
    }

    private const decimal MaxScaled = 1_000_000_000_000_000m;

    private static bool TryScale(decimal v, long unit, out long scaled)
    {
        decimal s = v * unit;
        scaled = 0;
        if (s != decimal.Truncate(s) || Math.Abs(s) > MaxScaled) return false;
        scaled = (long)s;
        return true;
    }

    /// <summary>The power of ten that makes every printed value whole (0 when none does, within range).</summary>
    private void PrecomputeScaled()
    {
        int digits = 0;
        foreach (var row in _input.Rows)
        {
            foreach (var cell in row.Cells)
            {
                if (!cell.Lost && cell.Value is { } v) digits = Math.Max(digits, v.Scale);
            }
        }
        _unit = 0;
        if (digits > 6) return;
        long unit = (long)Math.Pow(10, digits);
        _scaled = new long[_input.Rows.Count][];
        for (int r = 0; r < _input.Rows.Count; r++)
        {
            var cells = _input.Rows[r].Cells;
            _scaled[r] = new long[cells.Length];
            for (int col = 0; col < cells.Length; col++)
            {
                if (cells[col].Lost) continue;
                if (!TryScale(cells[col].Value ?? 0m, unit, out _scaled[r][col])) return;
            }
        }
        _unit = unit;
    }

    private long _unit;
    private long[][] _scaled = [];

    /// <summary>Resolves pending components of total <paramref name="c"/>: each to the cheapest unassigned child with its weight, else an extension.</summary>
    private (List<(int Row, int Concept, int Weight, bool Tied)> Items, int Cost)? Resolve(int c, List<(int Row, int Weight)> pending)
    {
        var items = new List<(int, int, int, bool)>();
        var taken = new HashSet<int>();
        int cost = 0;
        foreach (var (row, weight) in pending)
        {
            int bestConcept = -1, bestCost = ExtensionCost, bestCentrality = -1;
            bool tied = false;
            foreach (var (child, w) in _descendants[c])
            {
                if (w != weight || _rowOf[child] != -1 || taken.Contains(child)) continue;
                if (!_children[c].Any(d => d.Child == child) && _narrative[row][child] != true) continue; // deeper items only when the prose names them
                var concept = _concepts[child];
                if (concept.DataType != ConceptDataType.Monetary || _narrative[row][child] == false) continue;
                if (concept.NonNegative && _input.Rows[row].Cells.Any(cell => cell.Value < 0)) continue;
                int own = _narrative[row][child] == true ? 0 : CalculationOnlyCost + (_input.Rows[row].NamedByUnknownPhrase ? UnnamedConceptCost : 0);
                int centrality = _parents[child].Length;
                if (own < bestCost || (own == bestCost && bestConcept >= 0 && centrality > bestCentrality))
                {
                    bestConcept = child; bestCost = own; bestCentrality = centrality; tied = false;
                }
                else if (own == bestCost && bestConcept >= 0 && centrality == bestCentrality)
                {
                    tied = true; // two children fit this component equally: the structure cannot tell which it is
                }
            }
            if (bestConcept < 0 && weight < 0) return null; // an extension is a component added to its total
            if (bestConcept >= 0) taken.Add(bestConcept);
            items.Add((row, bestConcept, weight, tied));
            cost += bestCost;
        }
        // When one component could have taken another's item, those with the same weight are interchangeable: all tied.
        var tiedWeights = items.Where(i => i.Item4).Select(i => i.Item3).ToHashSet();
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i].Item2 >= 0 && tiedWeights.Contains(items[i].Item3)) items[i] = items[i] with { Item4 = true };
        }
        return (items, cost);
    }

    /// <summary>A fast first test of one weighting: the first column where every term is known must foot.</summary>
    private bool QuickFoot(int r, List<(int Row, int Weight)> assigned, int mask)
    {
        for (int col = 0; col < _columns; col++)
        {
            decimal? total = Value(r, col);
            if (total is null) continue;
            decimal sum = 0m;
            int count = 1;
            bool known = true;
            foreach (var (row, weight) in assigned)
            {
                if (Value(row, col) is not { } v) { known = false; break; }
                sum += v * weight;
                count++;
            }
            for (int i = 0; known && i < _pending.Count; i++)
            {
                if (Value(_pending[i], col) is not { } v) { known = false; break; }
                sum += (mask >> i & 1) == 0 ? v : -v;
                count++;
            }
            if (!known) continue;
            return Math.Abs(total.Value - sum) <= 0.5m * count;
        }
        return true;
    }

    private (List<((int, int) Key, decimal Value)> Recovered, List<(int, int)> Confirmed)? Foot(int r, List<(int Row, int Weight)> terms)
    {
        bool anyChecked = false;
        List<((int, int) Key, decimal Value)>? recovered = null;
        List<(int, int)>? confirmed = null;
        for (int col = 0; col < _columns; col++)
        {
            (int Row, int Weight)? unknown = null;
            int unknowns = 0;
            decimal sum = 0m;
            decimal? total = Value(r, col);
            if (total is null) { unknowns++; unknown = (r, 0); }
            foreach (var (row, weight) in terms)
            {
                decimal? value = Value(row, col);
                if (value is null) { unknowns++; unknown = (row, weight); continue; }
                sum += value.Value * weight;
            }
            if (unknowns > 1) continue;
            anyChecked = true;
            if (unknowns == 1)
            {
                var (urow, uweight) = unknown!.Value;
                (recovered ??= []).Add(((urow, col), urow == r ? sum : (total!.Value - sum) / uweight));
                continue;
            }
            if (Math.Abs(total!.Value - sum) > 0.5m * (terms.Count + 1)) return null;
            foreach (var (row, _) in terms)
            {
                if (_input.Rows[row].Cells.Length > col && _input.Rows[row].Cells[col].Suspect) (confirmed ??= []).Add((row, col));
            }
            if (_input.Rows[r].Cells.Length > col && _input.Rows[r].Cells[col].Suspect) (confirmed ??= []).Add((r, col));
        }
        return anyChecked ? (recovered ?? NoneRecovered, confirmed ?? NoneConfirmed) : null;
    }

    private static readonly List<Outcome> NoOutcomes = [];

    // Shared, never written: outcomes and their lists are read only once built.
    private static readonly List<Outcome> NothingToCheck = [new Outcome([], [], 0)];
    private static readonly List<((int, int) Key, decimal Value)> NoneRecovered = [];
    private static readonly List<(int, int)> NoneConfirmed = [];

    // Undo stacks shared by every node: an outcome's own lists say what it changed, these hold what they cannot.
    private readonly List<(int, int)> _recoveredUndo = [];
    private readonly List<int> _pendingSaved = [];

    /// <summary>Where each undo stack stood before an outcome was applied.</summary>
    private readonly record struct UndoMark(int Recovered, int Confirmed, int Pending);

    private UndoMark Apply(int r, Outcome outcome)
    {
        var mark = new UndoMark(_recoveredUndo.Count, _confirmed.Count, _pendingSaved.Count);
        foreach (var (key, value) in outcome.Recovered)
        {
            if (_recovered.TryAdd(key, value)) _recoveredUndo.Add(key);
        }
        _confirmed.AddRange(outcome.Confirmed);
        if (outcome.Terms.Count > 0)
        {
            foreach (int row in outcome.Terms) _calcVerified[row]++;
            _calcVerified[r]++;
        }
        if (outcome.Resolved.Count > 0) _pendingSaved.AddRange(_pending);
        foreach (var (row, concept, _, tied) in outcome.Resolved)
        {
            _pending.Remove(row);
            _pendingBound -= _pendingLeast[row];
            _tied[row] = tied;
            if (concept >= 0)
            {
                _kind[row] = 1;
                _conceptOf[row] = concept;
                _rowOf[concept] = row;
            }
            else
            {
                _kind[row] = 2;
                _extensionTotal[row] = r;
            }
        }
        return mark;
    }

    private void Undo(int r, Outcome outcome, UndoMark mark)
    {
        if (outcome.Terms.Count > 0)
        {
            foreach (int row in outcome.Terms) _calcVerified[row]--;
            _calcVerified[r]--;
        }
        for (int i = mark.Recovered; i < _recoveredUndo.Count; i++) _recovered.Remove(_recoveredUndo[i]);
        _recoveredUndo.RemoveRange(mark.Recovered, _recoveredUndo.Count - mark.Recovered);
        _confirmed.RemoveRange(mark.Confirmed, _confirmed.Count - mark.Confirmed);
        foreach (var (row, _, _, _) in outcome.Resolved)
        {
            _pendingBound += _pendingLeast[row];
            if (_conceptOf[row] >= 0) _rowOf[_conceptOf[row]] = -1;
            _kind[row] = 4;
            _conceptOf[row] = -1;
            _extensionTotal[row] = -1;
            _tied[row] = false;
        }
        if (outcome.Resolved.Count > 0)
        {
            _pending.Clear();
            for (int i = mark.Pending; i < _pendingSaved.Count; i++) _pending.Add(_pendingSaved[i]);
            _pendingSaved.RemoveRange(mark.Pending, _pendingSaved.Count - mark.Pending);
        }
    }

    private decimal? Value(int row, int col)
    {
        var cells = _input.Rows[row].Cells;
        if (col >= cells.Length) return null;
        if (cells[col].Lost) return _recovered.TryGetValue((row, col), out var v) ? v : null;
        return cells[col].Value ?? 0m;
    }

    private Snapshot Take() => new((int[])_kind.Clone(), (int[])_conceptOf.Clone(), (int[])_extensionTotal.Clone(), (int[])_calcVerified.Clone(),
        (bool[])_narrVerified.Clone(), (bool[])_tied.Clone(), new Dictionary<(int, int), decimal>(_recovered), [.. _confirmed]);

    private SolverResult Result()
    {
        bool exhausted = _nodes > NodeBudget;
        var notes = new List<string>();
        var rows = new List<Assignment>();
        if (_solutions.Count == 0)
        {
            for (int r = 0; r < _input.Rows.Count; r++) rows.Add(new Assignment(_input.Rows[r].RowIndex, AssignmentKind.Ambiguous, null, null, false, false));
            notes.Add(exhausted ? $"the assignment search exceeded its budget of {NodeBudget} steps" : "no assignment of the rows satisfies the calculations");
            return new SolverResult(rows, new Dictionary<(int, int), decimal>(), new HashSet<(int, int)>(), notes, exhausted) { Steps = _nodes };
        }
        var first = _solutions[0];
        var recovered = new Dictionary<(int Row, int Column), decimal>();
        foreach (var (key, value) in first.Recovered)
        {
            if (_solutions.All(s => s.Recovered.TryGetValue(key, out var v) && v == value)) recovered[(_input.Rows[key.Item1].RowIndex, key.Item2)] = value;
        }
        var confirmed = first.Confirmed.Where(k => _solutions.All(s => s.Confirmed.Contains(k))).Select(k => (_input.Rows[k.Item1].RowIndex, k.Item2)).ToHashSet();
        for (int r = 0; r < _input.Rows.Count; r++)
        {
            bool same = _solutions.All(s => s.Kind[r] == first.Kind[r] && s.ConceptOf[r] == first.ConceptOf[r] && s.ExtensionTotal[r] == first.ExtensionTotal[r]);
            int rowIndex = _input.Rows[r].RowIndex;
            if (!same || first.Tied[r])
            {
                var options = _solutions.Select(s => s.Kind[r] == 1 ? _concepts[s.ConceptOf[r]].Concept.ToString() : s.Kind[r] == 2 ? "an extension" : "noise").Distinct().ToList();
                notes.Add(options.Count > 1 ? $"row {rowIndex + 1} fits equally as {string.Join(" or ", options)}" : $"row {rowIndex + 1} fits equally as several components of its total");
                rows.Add(new Assignment(rowIndex, AssignmentKind.Ambiguous, null, null, false, false));
                continue;
            }
            var kind = first.Kind[r] switch { 1 => AssignmentKind.Concept, 2 => AssignmentKind.Extension, _ => AssignmentKind.Noise };
            var concept = first.ConceptOf[r] >= 0 ? _concepts[first.ConceptOf[r]] : null;
            ConceptDefinition? total = first.ExtensionTotal[r] >= 0 && first.ConceptOf[first.ExtensionTotal[r]] >= 0 ? _concepts[first.ConceptOf[first.ExtensionTotal[r]]] : null;
            rows.Add(new Assignment(rowIndex, kind, concept, total, first.Calc[r] > 0, first.Narr[r]));
        }
        return new SolverResult(rows, recovered, confirmed, notes, exhausted) { Steps = _nodes };
    }
}
