using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Concepts;

/// <summary>
/// Assigns label-less rows to line items from the structure the schema declares. Rows are taken in printed order.
/// A row is either a line item the prose confirms, a total (checked at once: it must equal its calculation children
/// printed above it, plus the components pending since the last total, in every column), a component (kept pending
/// until a total takes it, then resolved to one of that total's children with the right weight, or to an extension),
/// or noise. A lost cell is solved when it is the only unknown of a calculation. The cheapest complete assignment
/// wins (noise, extensions and unconfirmed items cost; a total the caption of its section names costs nothing). Every
/// reading at the best cost is kept; of those, the ones whose items are about as central as the most central
/// reading's stand (see <c>AssignmentSolver.Readings.cs</c>), and the rows they read differently are ambiguous.
/// </summary>
internal sealed partial class AssignmentSolver
{
    private const int NoiseCost = 10;
    private const int ExtensionCost = 2;
    private const int UnnamedConceptCost = 3;
    private const int CalculationOnlyCost = 1;
    private const int NodeBudget = 100_000;
    private const int MaxReadings = 256;
    private const int MaxPendingForWeights = 6;
    private const int MaxNoiseRows = 1;


    private readonly SolverInput _input;
    private readonly SolverRow[] _rows;
    private readonly IReadOnlyList<ConceptDefinition> _concepts;
    private readonly int[][] _parents;
    private readonly (int Child, int Weight)[][] _children;
    private readonly int _columns;
    private readonly int[] _duplicateOf;
    private readonly (int Concept, int Weight)[][] _descendants;
    private readonly bool[,] _isDescendant;
    private readonly bool[] _hasNegativeChild;
    private readonly bool[] _hasNestedChildren;
    private readonly int[][][] _containingSiblings;
    private readonly (int Below, int Above)[] _printedOrder;
    private readonly CalculationStructure _structure;
    private readonly (int Part, int Sign)[][] _parts;
    private readonly int[][] _partOf;
    private readonly int[] _centralityOf;

    // Search state.
    private readonly int[] _kind;      // 0 none, 1 concept, 2 extension, 3 noise, 4 pending component
    private readonly int[] _conceptOf;
    private readonly int[] _rowOf;     // -1 free, -2 reserved by a labelled row, else the row
    private readonly int[] _assignedChildren; // per total: how many of its calculation children are on a row
    private readonly ulong[] _assignedPositions; // per total: which of its first 64 calculation children are on a row
    private readonly int[][] _childPositions;
    private readonly int[] _extensionTotal;
    private readonly int[] _calcVerified;
    private readonly int[] _summedBy;      // per row: how many totals on rows sum it
    private readonly bool[] _narrVerified;
    private readonly bool[] _tied;
    private readonly bool[] _readAsTotal; // per free row: read as a total whose calculation its rows above satisfy
    private readonly List<int> _pending = [];
    private readonly Dictionary<(int, int), decimal> _recovered = [];
    private readonly List<(int, int)> _confirmed = [];
    private int _nodes;
    private int _best = int.MaxValue;
    private bool _tooManyReadings;
    private readonly List<Snapshot> _solutions = [];
    private int[][] _candidates = [];
    private int[] _unconfirmedFrom = [];
    private bool?[][] _narrative = [];
    private int[] _remainingBound = [];
    private int[] _latestTotalFrom = [];
    private bool[] _confirmedRow = [];
    private int[] _fixedIndex = [];
    private int[] _tightBound = [];
    private int[] _pendingLeast = [];
    private ulong[][] _labelledBelow = [];   // per row: the line items on labelled rows after it
    private bool[] _hasNegativeCell = [];
    private bool[] _printedByEffect = [];   // per row: negative in every column that prints a figure, as an item a total subtracts may be printed
    private int _pendingBound;

    private sealed record Snapshot(int[] Kind, int[] ConceptOf, int[] ExtensionTotal, int[] Calc, bool[] Narr, bool[] Tied, Dictionary<(int, int), decimal> Recovered, HashSet<(int, int)> Confirmed, int Totals);


    public AssignmentSolver(SolverInput input)
    {
        _input = input;
        _rows = [.. input.Rows];
        _concepts = input.Statement.Concepts;
        _columns = input.Rows.Count == 0 ? 0 : input.Rows.Max(r => r.Cells.Length);
        var structure = CalculationStructure.For(input.Statement);
        _structure = structure;
        _parts = structure.Parts;
        _partOf = structure.PartOf;
        _children = structure.Children;
        _parents = structure.Parents;
        _centralityOf = new int[_concepts.Count];
        for (int c = 0; c < _concepts.Count; c++) _centralityOf[c] = _parents[c].Length + _partOf[c].Length;
        _childPositions = structure.ChildPositions;
        _descendants = structure.Descendants;
        _isDescendant = structure.IsDescendant;
        _hasNegativeChild = structure.HasNegativeChild;
        _hasNestedChildren = structure.HasNestedChildren;
        _containingSiblings = structure.ContainingSiblings;
        _duplicateOf = structure.DuplicateOf;
        int n = input.Rows.Count;
        _kind = new int[n];
        _conceptOf = Enumerable.Repeat(-1, n).ToArray();
        _extensionTotal = Enumerable.Repeat(-1, n).ToArray();
        _calcVerified = new int[n];
        _summedBy = new int[n];
        _narrVerified = new bool[n];
        _tied = new bool[n];
        _readAsTotal = new bool[n];
        _rowOf = Enumerable.Repeat(-1, _concepts.Count).ToArray();
        _assignedChildren = new int[_concepts.Count];
        _assignedPositions = new ulong[_concepts.Count];
        _onRowBits = new ulong[structure.ItemWords];
        _onRowScratch = new ulong[structure.ItemWords];
        _deadEnds = new(new StateKeyComparer(this));
        _printedOrder = PrintedOrder();
    }

    private (int Below, int Above)[] PrintedOrder()
    {
        var order = new List<(int, int)>();
        for (int c = 0; c < _concepts.Count; c++)
        {
            if (_concepts[c].PrintedBelow is not { } printed) continue;
            for (int a = 0; a < _concepts.Count; a++)
            {
                if (_concepts[a].PropertyName == printed.PropertyName) order.Add((c, a));
            }
        }
        return [.. order];
    }

    public SolverResult Solve()
    {
        _fixedIndex = new int[_rows.Length];
        for (int r = 0; r < _rows.Length; r++)
        {
            _fixedIndex[r] = _rows[r].Fixed is { } f ? IndexOf(f) : -1;
            if (_fixedIndex[r] >= 0) _rowOf[_fixedIndex[r]] = -2;
        }
        _labelledBelow = new ulong[_rows.Length + 1][];
        _labelledBelow[_rows.Length] = new ulong[_structure.ItemWords];
        for (int r = _rows.Length - 1; r >= 0; r--)
        {
            _labelledBelow[r] = (ulong[])_labelledBelow[r + 1].Clone();
            if (r + 1 < _rows.Length && _fixedIndex[r + 1] is int f and >= 0) _labelledBelow[r][f >> 6] |= 1UL << (f & 63);
        }
        Precompute();
        PrecomputeScaled();
        PrecomputeReads();
        int rows = _rows.Length + 1;
        _nodeAt = new int[rows];
        _sharedQuickNode = new int[2 * rows];
        _sharedQuick = new ulong?[2 * rows];
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
        _hasNegativeCell = new bool[_rows.Length];
        _printedByEffect = new bool[_rows.Length];
        for (int r = 0; r < _rows.Length; r++)
        {
            bool positive = false;
            foreach (var cell in _rows[r].Cells)
            {
                _hasNegativeCell[r] |= cell.Value < 0;
                positive |= cell.Value > 0;
            }
            _printedByEffect[r] = _hasNegativeCell[r] && !positive;
        }
        _narrative = new bool?[_rows.Length][];
        _candidates = new int[_rows.Length][];
        _unconfirmedFrom = new int[_rows.Length];
        var confirmedScratch = new List<int>();
        var othersScratch = new List<int>();
        for (int r = 0; r < _rows.Length; r++)
        {
            _narrative[r] = new bool?[_concepts.Count];
            confirmedScratch.Clear();
            othersScratch.Clear();
            for (int c = 0; c < _concepts.Count; c++)
            {
                var concept = _concepts[c];
                if (concept.DataType != ConceptDataType.Monetary || !InColumnsPeriod(concept)) continue;
                if (concept.NonNegative && _hasNegativeCell[r]) continue;
                if (hasNarrative[c]) _narrative[r][c] = Narrative(r, c);
                if (_rows[r].Fixed is not null || _narrative[r][c] == false) continue;
                bool confirmed = _narrative[r][c] == true;
                if (!confirmed && (_children[c].Length == 0 || _duplicateOf[c] >= 0)) continue;
                (confirmed ? confirmedScratch : othersScratch).Add(c);
            }
            // Confirmed items first, each group in schema order.
            _candidates[r] = [.. confirmedScratch, .. othersScratch];
            _unconfirmedFrom[r] = confirmedScratch.Count;
        }
        // The latest (in schema order) total any row from here on may be (−1: none); a labelled row may be any of its own.
        _latestTotalFrom = new int[_rows.Length + 1];
        _latestTotalFrom[_rows.Length] = -1;
        for (int r = _rows.Length - 1; r >= 0; r--)
        {
            int latest = _fixedIndex[r] >= 0 ? int.MaxValue : _candidates[r].Length == 0 ? -1 : _candidates[r].Max();
            _latestTotalFrom[r] = Math.Max(_latestTotalFrom[r + 1], latest);
        }
        _confirmedRow = new bool[_rows.Length];
        for (int r = 0; r < _rows.Length; r++) _confirmedRow[r] = _candidates[r].Any(c => _narrative[r][c] == true);
        _remainingBound = new int[_rows.Length + 1];
        _tightBound = new int[_rows.Length + 1];
        _pendingLeast = new int[_rows.Length];
        for (int r = _rows.Length - 1; r >= 0; r--)
        {
            bool free = _rows[r].Fixed is null && !_candidates[r].Any(c => _narrative[r][c] == true);
            _remainingBound[r] = _remainingBound[r + 1] + (free ? CalculationOnlyCost : 0);
            // Tighter: a row named by a phrase the taxonomy lacks costs at least an extension whatever it becomes.
            _pendingLeast[r] = !free ? 0 : _rows[r].NamedByUnknownPhrase ? ExtensionCost : CalculationOnlyCost;
            _tightBound[r] = _tightBound[r + 1] + _pendingLeast[r];
        }
    }

    /// <summary>
    /// Whether a duration table may print the item: its own durations, and the balances its roll-forward starts and
    /// ends with (cash at the beginning and end of the period). An instant table prints only instants.
    /// </summary>
    private bool InColumnsPeriod(ConceptDefinition concept) =>
        concept.PeriodType == _input.ColumnPeriodType || _input.ColumnPeriodType == PeriodType.Duration;

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
        var cells = _rows[r].Cells;
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
        // Only states with one pending component are remembered: the first row left pending after a total is where paths
        // from different readings of the rows above meet again. Keying deeper states cost more than it saved.
        if (_pending.Count != 1 || r == _rows.Length)
        {
            Visit(r, lastConcept, cost);
            return;
        }
        // Visit's first test, before the state's key is built: no later total can take the pending row, so Visit would
        // return at once and count no step. Remembering such a state changes nothing either: its key holds the row and
        // the last total, so only states that fail the same test could meet it again.
        if (_latestTotalFrom[r] <= lastConcept) return;
        if (KnownDeadEnd(r, lastConcept, cost, out var key)) return;
        int found = _solutionsFound;
        Visit(r, lastConcept, cost);
        if (_solutionsFound == found) RememberDeadEnd(key, cost);
    }

    private void Visit(int r, int lastConcept, int cost)
    {
        // Pending components need a total at or after this row to take them, and a free row's total comes after the
        // last one chosen in schema order: no leaf below can complete when no later row offers one.
        if (_pending.Count > 0 && _latestTotalFrom[r] <= lastConcept) return;
        // The loose bound decides ties exactly as it always has; the tight one (pending rows' least cost included) only
        // prunes subtrees that cannot reach the best cost, so the solutions found are the same.
        int bound = cost + _remainingBound[r];
        int tight = cost + _tightBound[r] + _pendingBound;
        if (++_nodes > NodeBudget || tight > _best || (bound == _best && _tooManyReadings)) return;
        _nodeAt[r] = ++_nodeIds;
        if (r == _rows.Length)
        {
            Complete(cost);
            return;
        }
        var row = _rows[r];
        if (row.Fixed is not null)
        {
            int c = _fixedIndex[r];
            if (c < 0) { Search(r + 1, lastConcept, cost); return; }
            // An item labelled on two rows: the later row stands for it below, the earlier one again once this returns.
            int previous = _rowOf[c];
            SetRowOf(c, r);
            _kind[r] = 1;
            _conceptOf[r] = c;
            var outcomes = Totals(r, c, free: false) ?? NothingToCheck;
            foreach (var outcome in outcomes)
            {
                var undo = Apply(r, outcome);
                if (InPrintedOrder()) Search(r + 1, lastConcept, cost + outcome.Cost);
                Undo(r, outcome, undo);
            }
            _kind[r] = 0;
            _conceptOf[r] = -1;
            SetRowOf(c, previous);
            return;
        }
        // Confirmed candidates come first; the others ascend, so those not after the last total chosen are skipped at once.
        var candidates = _candidates[r];
        int unconfirmedFrom = _unconfirmedFrom[r];
        int next = Array.BinarySearch(candidates, unconfirmedFrom, candidates.Length - unconfirmedFrom, lastConcept + 1);
        if (next < 0) next = ~next;
        for (int i = 0; i < candidates.Length; i++)
        {
            if (i == unconfirmedFrom && next > i) i = next;
            if (i >= candidates.Length) break;
            int c = candidates[i];
            if (c <= lastConcept) continue;
            bool confirmed = _narrative[r][c] == true;
            // The section's caption names this total: it costs nothing, and its calculation must still foot.
            bool captioned = row.Captioned is { } named && named.Concept == _concepts[c].Concept;
            int own = confirmed || captioned ? 0 : CalculationOnlyCost + (row.NamedByUnknownPhrase ? UnnamedConceptCost : 0);
            // Whatever outcome this total has, the rows after it and the pending ones still cost their least: the next
            // node would prune at once.
            if (cost + own + _tightBound[r + 1] + _pendingBound > _best || !Available(c, r)) continue;
            // A total with no child on a row yet foots only with the pending rows, by the node's shared integer test:
            // when that fails, Totals would find no outcome, and an unconfirmed total needs one.
            if (!confirmed && _assignedChildren[c] == 0 && !AnyPartOnRow(c) && (_pending.Count == 0 || QuickFootings(r, _noneAssigned, Weightings(c)) == 0)) continue;
            // How a total foots reads only the rows of the items it holds, never its own (a calculation has no cycle):
            // it is found before the total is put on the row, and a total with no outcome is never put there.
            var outcomes = Totals(r, c, free: true) ?? (confirmed ? NothingToCheck : NoOutcomes);
            if (outcomes.Count == 0) continue;
            SetRowOf(c, r);
            _kind[r] = 1;
            _conceptOf[r] = c;
            _narrVerified[r] = confirmed;
            _readAsTotal[r] = true;
            foreach (var outcome in outcomes)
            {
                var undo = Apply(r, outcome);
                if (Feasible(r, c) && InPrintedOrder()) Search(r + 1, c, cost + own + outcome.Cost);
                Undo(r, outcome, undo);
            }
            _narrVerified[r] = false;
            _readAsTotal[r] = false;
            _kind[r] = 0;
            _conceptOf[r] = -1;
            SetRowOf(c, -1);
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
            if (_kind[i] == 1 && _rows[i].Fixed is null && _calcVerified[i] == 0 && !_narrVerified[i]) return;
        }
        if (cost < _best)
        {
            _best = cost;
            _solutions.Clear();
            _tooManyReadings = false;
        }
        _solutionsFound++;
        if (_solutions.Count < MaxReadings) _solutions.Add(Take());
        else _tooManyReadings = true;
    }

    /// <summary>Puts line item <paramref name="c"/> on <paramref name="row"/> (−1: on none), keeping its totals' counts of children on rows.</summary>
    private void SetRowOf(int c, int row)
    {
        bool was = _rowOf[c] >= 0, now = row >= 0;
        _rowOf[c] = row;
        if (was == now) return;
        var parents = _parents[c];
        var positions = _childPositions[c];
        for (int k = 0; k < parents.Length; k++)
        {
            int p = parents[k];
            _assignedChildren[p] += now ? 1 : -1;
            if (positions[k] < 64) _assignedPositions[p] ^= 1UL << positions[k];
        }
        _onRowBits[c >> 6] ^= 1UL << (c & 63);
    }

    /// <summary>
    /// No item, nor any item its calculation sums, is read on a row above the total the schema says it is printed below
    /// (<see cref="PrintedBelow"/>). A total not on a row yet constrains nothing; one reserved by a labelled row further
    /// down is below every row taken so far. The order constrains readings only: two labelled rows stand as printed.
    /// </summary>
    private bool InPrintedOrder()
    {
        foreach (var (below, above) in _printedOrder)
        {
            int at = _rowOf[above];
            if (at == -1) continue;
            bool labelled = at == -2 || _rows[at].Fixed is not null;
            if (OnARowAbove(below, at == -2 ? int.MaxValue : at, freeOnly: labelled)) return false;
        }
        return true;
    }

    /// <summary>Whether line item <paramref name="c"/>, or an item its calculation sums, is on a row (a free one, when <paramref name="freeOnly"/>) above <paramref name="row"/>.</summary>
    private bool OnARowAbove(int c, int row, bool freeOnly)
    {
        if (Above(_rowOf[c])) return true;
        foreach (var (d, _) in _descendants[c])
        {
            if (Above(_rowOf[d])) return true;
        }
        return false;

        bool Above(int at) => at >= 0 && at < row && !(freeOnly && _rows[at].Fixed is not null);
    }

    /// <summary>
    /// Whether line item <paramref name="c"/> may be read on free row <paramref name="r"/>: it is on no row yet, and
    /// what a statement prints before its totals stays so: no item that holds it (a calculation ancestor, or a total it
    /// is a condensed part of) is on a row above, and no item it holds is on a labelled row below.
    /// </summary>
    private bool Available(int c, int r)
    {
        if (_rowOf[c] != -1) return false;
        int words = _structure.ItemWords;
        var holders = _structure.HolderBits;
        var held = _structure.HeldBits;
        var labelledBelow = _labelledBelow[r];
        for (int w = 0; w < words; w++)
        {
            if ((holders[c * words + w] & _onRowBits[w]) != 0 || (held[c * words + w] & labelledBelow[w]) != 0) return false;
        }
        return true;
    }

    /// <summary>An item no calculation or prose has confirmed yet (at rows up to <paramref name="upTo"/>) needs a total still ahead (index above <paramref name="last"/>) that could.</summary>
    private bool Feasible(int upTo, int last)
    {
        // Rows after the current one are not assigned yet.
        for (int r = 0; r <= upTo; r++)
        {
            if (_kind[r] != 1 || _rows[r].Fixed is not null || _calcVerified[r] > 0 || _narrVerified[r]) continue;
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
        // Shared empty defaults: outcomes are only read, and most set both.
        public List<int> Terms { get; init; } = NoTerms;
        public List<(int, int)> Confirmed { get; init; } = NoneConfirmed;
    }

    /// <summary>
    /// The ways the total at row <paramref name="r"/> can foot: with the pending components (weights chosen), or without
    /// them. A total read on a free row never sums a row another total already sums: a statement prints each line once
    /// into the total over it, and a wider total sums the narrower one's row, not its lines again (two alternative
    /// totals over the same lines are one of them).
    /// </summary>
    /// <returns>The outcomes, or null when there are none.</returns>
    private List<Outcome>? Totals(int r, int c, bool free)
    {
        var outcomes = Footings(r, c);
        if (free && outcomes is not null)
        {
            outcomes.RemoveAll(_sumsASummedRow ??= SumsASummedRow);
            if (outcomes.Count == 0) return null;
        }
        return outcomes;
    }

    private Predicate<Outcome>? _sumsASummedRow;

    private bool SumsASummedRow(Outcome outcome)
    {
        foreach (int row in outcome.Terms)
        {
            if (_summedBy[row] > 0) return true;
        }
        return false;
    }

    private List<Outcome>? Footings(int r, int c)
    {
        List<Outcome>? outcomes = null;
        var assigned = _assignedScratch;
        assigned.Clear();
        var children = _children[c];
        // Most totals tried at a row have no child on a row yet: nothing to gather. The first 64 children on rows are
        // known by position (ascending, the calculation's order); a longer calculation is scanned.
        if (_assignedChildren[c] > 0 && children.Length <= 64)
        {
            for (ulong onRows = _assignedPositions[c]; onRows != 0; onRows &= onRows - 1) AddAssigned(c, System.Numerics.BitOperations.TrailingZeroCount(onRows), assigned);
        }
        else if (_assignedChildren[c] > 0)
        {
            for (int i = 0; i < children.Length; i++) AddAssigned(c, i, assigned);
        }
        _partsTaken.Clear();
        if (HasUncoveredPart(c)) Condense(c, assigned);
        if (_pending.Count > 0)
        {
            int masks = Weightings(c);
            // The first cheapest weighting; its outcome is built once the loop is done.
            int bestMask = -1;
            (List<(int Row, int Concept, int Weight, bool Tied)> Items, int Cost)? bestResolved = null;
            (List<((int, int) Key, decimal Value)> Recovered, List<(int, int)> Confirmed)? bestCheck = null;
            var terms = _termsScratch;
            ulong? quick = QuickFootings(r, assigned, masks);
            // With the integer test, only the weightings it lets through are visited (its set bits, in ascending order).
            ulong left = quick ?? AllWeightings(masks);
            while (left != 0)
            {
                int mask = System.Numerics.BitOperations.TrailingZeroCount(left);
                left &= left - 1;
                if (quick is null && !QuickFoot(r, assigned, mask)) continue;
                WeightedTerms(assigned, mask, terms);
                if (Foot(r, terms) is not { } check) continue;
                var resolved = Resolve(c, terms, assigned.Count);
                if (resolved is null) continue;
                if (bestResolved is null || resolved.Value.Cost < bestResolved.Value.Cost)
                {
                    bestMask = mask;
                    bestResolved = resolved;
                    bestCheck = check;
                }
            }
            if (bestResolved is { } best && bestCheck is { } footed)
            {
                WeightedTerms(assigned, bestMask, terms);
                (outcomes ??= new(1)).Add(new Outcome(best.Items, footed.Recovered, best.Cost) { Terms = RowsOf(terms), Confirmed = footed.Confirmed });
            }
        }
        // Components are printed just before the total that takes them: a total never leaves pending components behind.
        if (_pending.Count == 0 && assigned.Count > 0 && MayFoot(r, assigned) && Foot(r, assigned) is { } own)
        {
            (outcomes ??= new(1)).Add(new Outcome([], own.Recovered, 0) { Terms = RowsOf(assigned), Confirmed = own.Confirmed });
        }
        return outcomes;
    }

    /// <summary>The terms of a total: the items on rows, then the pending components weighted by <paramref name="mask"/> (a set bit subtracts).</summary>
    private void WeightedTerms(List<(int Row, int Weight)> assigned, int mask, List<(int Row, int Weight)> terms)
    {
        terms.Clear();
        terms.AddRange(assigned);
        for (int i = 0; i < _pending.Count; i++) terms.Add((_pending[i], (mask >> i & 1) == 0 ? 1 : -1));
    }

    private readonly List<int> _partsTaken = [];
    private readonly List<int> _keptScratch = [];
    private ulong[]? _keptLeavesScratch;
    private readonly ulong[] _onRowScratch;
    private readonly ulong[] _onRowBits;       // bit set of the line items on a row

    private bool AnyPartOnRow(int c)
    {
        int words = _structure.ItemWords;
        var partBits = _structure.PartBits;
        for (int w = 0; w < words; w++)
        {
            if ((partBits[c * words + w] & _onRowBits[w]) != 0) return true;
        }
        return false;
    }

    /// <summary>Whether some condensed part of total <paramref name="c"/> on a row lies under none of its children on a row (only then can the terms change).</summary>
    private bool HasUncoveredPart(int c)
    {
        int words = _structure.ItemWords, count = _concepts.Count;
        var partBits = _structure.PartBits;
        var coveringBits = _structure.CoveringBits;
        var offsets = _structure.CoveringOffset;
        for (int w = 0; w < words; w++)
        {
            for (ulong bits = partBits[c * words + w] & _onRowBits[w]; bits != 0; bits &= bits - 1)
            {
                int p = w * 64 + System.Numerics.BitOperations.TrailingZeroCount(bits);
                int at = offsets[c * count + p] * words;
                bool covered = false;
                for (int k = 0; k < words && !covered; k++) covered = (coveringBits[at + k] & _onRowBits[k]) != 0;
                if (!covered) return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The terms of total <paramref name="c"/> printed condensed: of its children and its <see cref="CalculationStructure.Parts"/>
    /// on rows, the widest (none whose leaves a wider one's hold; of two with the same leaves, the first in schema
    /// order), when no two of them share a leaf. A statement that prints no pre-tax line reports net income as operating
    /// income less tax. When the widest items overlap, or are all children, the children's terms stay.
    /// </summary>
    private void Condense(int c, List<(int Row, int Weight)> assigned)
    {
        int words = _structure.ItemWords;
        var onRows = _onRowScratch;
        var childBits = _structure.ChildBits;
        var partBits = _structure.PartBits;
        for (int w = 0; w < words; w++) onRows[w] = (childBits[c * words + w] | partBits[c * words + w]) & _onRowBits[w];
        var kept = _keptScratch;
        kept.Clear();
        var wider = _structure.WiderBits;
        // The leaves of the items kept so far: an item sharing one of them overlaps one of those items.
        var keptLeaves = _keptLeavesScratch ??= new ulong[_structure.LeafWords];
        Array.Clear(keptLeaves);
        bool anyPart = false;
        for (int w = 0; w < words; w++)
        {
            for (ulong bits = onRows[w]; bits != 0; bits &= bits - 1)
            {
                int item = w * 64 + System.Numerics.BitOperations.TrailingZeroCount(bits);
                bool covered = false;
                for (int k = 0; k < words && !covered; k++) covered = (wider[item * words + k] & onRows[k]) != 0;
                if (covered) continue;
                var leaves = _structure.Leaves(item);
                for (int k = 0; k < leaves.Length; k++)
                {
                    if ((leaves[k] & keptLeaves[k]) != 0) return;
                }
                for (int k = 0; k < leaves.Length; k++) keptLeaves[k] |= leaves[k];
                kept.Add(item);
                anyPart |= (partBits[c * words + (item >> 6)] & 1UL << (item & 63)) != 0;
            }
        }
        if (!anyPart) return;
        assigned.Clear();
        var signs = _structure.PartSigns;
        foreach (int item in kept)
        {
            int sign = signs[c * _concepts.Count + item];
            bool isPart = sign != 0;
            assigned.Add((_rowOf[item], isPart ? sign : ChildWeight(c, item)));
            if (isPart) _partsTaken.Add(item);
        }
    }

    private int ChildWeight(int c, int item)
    {
        foreach (var (child, weight) in _children[c])
        {
            if (child == item) return weight;
        }
        throw new InvalidOperationException("Not a child of the total.");
    }

    /// <summary>Adds calculation child <paramref name="i"/> of total <paramref name="c"/> to the terms when it is on a row and no other child on a row (a subtotal) counts it already.</summary>
    private void AddAssigned(int c, int i, List<(int Row, int Weight)> assigned)
    {
        var (child, weight) = _children[c][i];
        if (_rowOf[child] < 0) return;
        if (_hasNestedChildren[c])
        {
            foreach (int other in _containingSiblings[c][i])
            {
                if (_rowOf[other] >= 0) return;
            }
        }
        assigned.Add((_rowOf[child], weight));
    }

    /// <summary>How many weightings of the pending components total <paramref name="c"/> tries: a pending component takes weight −1 only when the total has a child of weight −1 to be.</summary>
    private int Weightings(int c) => _hasNegativeChild[c] && _pending.Count <= MaxPendingForWeights ? 1 << _pending.Count : 1;

    private readonly List<(int Row, int Weight)> _noneAssigned = [];

    private static List<int> RowsOf(List<(int Row, int Weight)> terms)
    {
        var rows = new List<int>(terms.Count);
        foreach (var (row, _) in terms) rows.Add(row);
        return rows;
    }

    /// <summary>
    /// The integer first test of a total with no pending components: false only when the first fully known column does
    /// not foot, where <see cref="Foot"/> would fail too (same column, same tolerance).
    /// </summary>
    private bool MayFoot(int r, List<(int Row, int Weight)> assigned)
    {
        if (_unit == 0) return true;
        return !FillQuickFootings(r, assigned, 1, out ulong footing) || footing != 0;
    }

    private readonly List<(int Row, int Weight)> _assignedScratch = [];
    private readonly List<(int Row, int Weight)> _termsScratch = [];

    /// <summary>
    /// <see cref="QuickFoot"/> for every weighting at once, in exact integer arithmetic (values scaled to whole
    /// numbers): the column tested does not depend on the weighting, so it is found once. Null when a value does not
    /// scale to a whole number in range (the caller then tests each weighting with decimals).
    /// </summary>
    private ulong? QuickFootings(int r, List<(int Row, int Weight)> assigned, int masks)
    {
        if (_unit == 0) return null;
        // With no child assigned the weighting test depends only on the row and the pending components, the same for
        // every candidate of this search node: computed once per node.
        bool shared = assigned.Count == 0;
        int slot = 2 * r + (masks == 1 ? 0 : 1);
        if (shared && _sharedQuickNode[slot] == _nodeAt[r]) return _sharedQuick[slot];
        ulong? result = FillQuickFootings(r, assigned, masks, out ulong footing) ? footing : null; // null: the caller tests each weighting with decimals
        if (shared)
        {
            _sharedQuickNode[slot] = _nodeAt[r];
            _sharedQuick[slot] = result;
        }
        return result;
    }

    private bool FillQuickFootings(int r, List<(int Row, int Weight)> assigned, int masks, out ulong footing)
    {
        if (_firstColumnKnown)
        {
            footing = QuickFootingsInFirstColumn(r, assigned, masks);
            return true;
        }
        footing = 0;
        int columns = _columns;
        var state = _cellState;
        var value = _cellValue;
        int summary = SummarizePending(r);
        for (int col = 0; col < columns; col++)
        {
            int cell = r * columns + col;
            if (state[cell] < 0) return false;
            if (state[cell] == 0) continue;
            long needed = value[cell];
            bool known = true;
            foreach (var (row, weight) in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(assigned))
            {
                cell = row * columns + col;
                if (state[cell] < 0) return false;
                if (state[cell] == 0) { known = false; break; }
                needed -= value[cell] * weight;
            }
            if (!known) continue;
            if (_pendingState[summary + col] < 0) return false;
            if (_pendingState[summary + col] == 0) continue;
            // |total − (Σ assigned + Σ ±pending)| ≤ ½·count, doubled to stay whole.
            long tolerance = (long)(1 + assigned.Count + _pending.Count) * _unit;
            footing = FootingWeightings(r, col, needed, _pendingSum[summary + col], _pendingAbs[summary + col], masks, tolerance);
            return true;
        }
        footing = AllWeightings(masks);
        return true;
    }

    private static ulong AllWeightings(int masks) => masks == 64 ? ulong.MaxValue : (1UL << masks) - 1;

    /// <summary>
    /// <see cref="FillQuickFootings"/> when every row prints a value in the first column: that column is the first fully
    /// known one for any total and terms, so it is the one tested.
    /// </summary>
    private ulong QuickFootingsInFirstColumn(int r, List<(int Row, int Weight)> assigned, int masks)
    {
        var firstColumn = _firstColumn;
        long needed = firstColumn[r];
        foreach (var (row, weight) in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(assigned)) needed -= firstColumn[row] * weight;
        int summary = SummarizePending(r);
        long tolerance = (long)(1 + assigned.Count + _pending.Count) * _unit;
        return FootingWeightings(r, 0, needed, _pendingSum[summary], _pendingAbs[summary], masks, tolerance);
    }

    /// <summary>
    /// The weightings (bit <c>mask</c> set when pending component i is subtracted for every bit i of <c>mask</c>) under
    /// which the pending values in column <paramref name="col"/> make up <paramref name="needed"/> within the doubled
    /// <paramref name="tolerance"/>; every pending value there is known.
    /// </summary>
    private ulong FootingWeightings(int r, int col, long needed, long sumAll, long sumAbs, int masks, long tolerance)
    {
        if (masks == 1) return Math.Abs(2 * (sumAll - needed)) <= tolerance ? 1UL : 0UL;
        // No weighting reaches beyond ±Σ|value|: when what is needed lies further out, none foots.
        if (2 * (Math.Abs(needed) - sumAbs) > tolerance) return 0;
        // Σ ±pending = sumAll − 2·(the subtracted ones): foots when |2·(sumAll − needed) − 4·subtracted| ≤ tolerance.
        // The subtracted sum splits into the first (up to) three components' part and the rest's: a group sharing the
        // rest's part is skipped whole when the first part's range cannot bring it within tolerance.
        long target = 2 * (sumAll - needed);
        int at = SubtractedSums(r, col);
        int n = _pending.Count;
        int lowBits = Math.Min(n, 3), lowCount = 1 << lowBits, highCount = masks >> lowBits;
        var low = _lowSums.AsSpan(at, 8);
        var highs = _highSums.AsSpan(at, 8);
        long lowMin = _lowRange[2 * (at >> 3)], lowMax = _lowRange[2 * (at >> 3) + 1];
        ulong footing = 0;
        for (int h = 0; h < highCount; h++)
        {
            long rest = target - 4 * highs[h];
            if (rest - tolerance > 4 * lowMax || rest + tolerance < 4 * lowMin) continue;
            for (int m = 0; m < lowCount; m++)
            {
                if (Math.Abs(rest - 4 * low[m]) <= tolerance) footing |= 1UL << (h << lowBits | m);
            }
        }
        return footing;
    }

    /// <summary>
    /// The subtracted sums of the pending components in column <paramref name="col"/> (at most
    /// <see cref="MaxPendingForWeights"/> of them, all known there), computed once per search node and read by every
    /// total tried at it: each subset of the first (up to) three components, with the least and greatest of those, and
    /// each subset of the rest.
    /// </summary>
    /// <returns>Where the node's sums start in <see cref="_lowSums"/> and <see cref="_highSums"/> (8 each).</returns>
    private int SubtractedSums(int r, int col)
    {
        int slot = r * _columns + col, at = 8 * slot;
        if (_subtractedSumsNode[slot] == _nodeAt[r]) return at;
        _subtractedSumsNode[slot] = _nodeAt[r];
        var pending = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_pending);
        int n = pending.Length, columns = _columns;
        int lowBits = Math.Min(n, 3), lowCount = 1 << lowBits, highCount = 1 << (n - lowBits);
        var low = _lowSums.AsSpan(at, 8);
        var highs = _highSums.AsSpan(at, 8);
        low[0] = 0;
        long lowMin = 0, lowMax = 0;
        for (int m = 1; m < lowCount; m++)
        {
            low[m] = low[m & (m - 1)] + _cellValue[pending[System.Numerics.BitOperations.TrailingZeroCount(m)] * columns + col];
            lowMin = Math.Min(lowMin, low[m]);
            lowMax = Math.Max(lowMax, low[m]);
        }
        _lowRange[2 * slot] = lowMin;
        _lowRange[2 * slot + 1] = lowMax;
        highs[0] = 0;
        for (int h = 1; h < highCount; h++)
        {
            highs[h] = highs[h & (h - 1)] + _cellValue[pending[lowBits + System.Numerics.BitOperations.TrailingZeroCount(h)] * columns + col];
        }
        return at;
    }

    // Per row and column (row·columns + column): the node whose subtracted sums are kept, 8 low and 8 high sums, and
    // the low sums' least and greatest.
    private int[] _subtractedSumsNode = [];
    private long[] _lowSums = [];
    private long[] _highSums = [];
    private long[] _lowRange = [];

    private bool _firstColumnKnown;
    private long[] _firstColumn = [];

    private int _nodeIds;
    private int[] _nodeAt = [];
    // Per row and weighting count (slot 2·row, +1 when weighted): the node whose shared test is cached.
    private int[] _sharedQuickNode = [];
    private ulong?[] _sharedQuick = [];

    /// <summary>
    /// Per pending component, column by column (in the node at row <paramref name="r"/>, computed once there): whether
    /// every one is known (1), the first that is not is unknown (0) or does not scale (−1), and their sums.
    /// </summary>
    /// <returns>Where row <paramref name="r"/>'s summary starts in the summary arrays.</returns>
    private int SummarizePending(int r)
    {
        int columns = _columns, start = r * columns;
        if (_pendingSummaryNode[r] == _nodeAt[r]) return start;
        _pendingSummaryNode[r] = _nodeAt[r];
        for (int col = 0; col < columns; col++)
        {
            sbyte known = 1;
            long sum = 0, abs = 0;
            foreach (int row in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_pending))
            {
                int cell = row * columns + col;
                if (_cellState[cell] != 1) { known = _cellState[cell]; break; }
                sum += _cellValue[cell];
                abs += Math.Abs(_cellValue[cell]);
            }
            _pendingState[start + col] = known;
            _pendingSum[start + col] = sum;
            _pendingAbs[start + col] = abs;
        }
        return start;
    }

    // Per row and column (row·columns + column): 1 when the cell's value times the unit is known (in _cellValue), 0 for
    // a lost cell not yet recovered or a column the row lacks, −1 for a recovered value that is not whole in range.
    private sbyte[] _cellState = [];
    private long[] _cellValue = [];
    private int[] _pendingSummaryNode = [];
    private sbyte[] _pendingState = [];
    private long[] _pendingSum = [];
    private long[] _pendingAbs = [];

    /// <summary>Keeps the integer view of a lost cell in step with its recovered value (or its loss, when undone).</summary>
    private void SetRecovered(int row, int col, decimal? recovered)
    {
        if (_unit == 0 || col >= _rows[row].Cells.Length) return;
        int cell = row * _columns + col;
        if (recovered is not { } v) { _cellState[cell] = 0; _cellValue[cell] = 0; return; }
        _cellState[cell] = TryScale(v, _unit, out long scaled) ? (sbyte)1 : (sbyte)-1;
        _cellValue[cell] = scaled;
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
        _scaled = new long[_rows.Length][];
        for (int r = 0; r < _rows.Length; r++)
        {
            var cells = _rows[r].Cells;
            _scaled[r] = new long[cells.Length];
            for (int col = 0; col < cells.Length; col++)
            {
                if (cells[col].Lost) continue;
                if (!TryScale(cells[col].Value ?? 0m, unit, out _scaled[r][col])) return;
            }
        }
        _unit = unit;
        _cellState = new sbyte[_rows.Length * _columns];
        _cellValue = new long[_rows.Length * _columns];
        for (int r = 0; r < _rows.Length; r++)
        {
            var cells = _rows[r].Cells;
            for (int col = 0; col < cells.Length; col++)
            {
                if (cells[col].Lost) continue;
                _cellState[r * _columns + col] = 1;
                _cellValue[r * _columns + col] = _scaled[r][col];
            }
        }
        int slots = _rows.Length + 1;
        _pendingSummaryNode = new int[slots];
        _pendingState = new sbyte[slots * _columns];
        _pendingSum = new long[slots * _columns];
        _pendingAbs = new long[slots * _columns];
        _subtractedSumsNode = new int[slots * _columns];
        _lowSums = new long[8 * slots * _columns];
        _highSums = new long[8 * slots * _columns];
        _lowRange = new long[2 * slots * _columns];
        // Every row printing a value in the first column (none lost) lets the integer tests read that column alone.
        _firstColumnKnown = _columns > 0 && _rows.All(row => row.Cells.Length > 0 && !row.Cells[0].Lost);
        if (_firstColumnKnown) _firstColumn = [.. _scaled.Select(values => values[0])];
    }

    private long _unit;
    private long[][] _scaled = [];

    /// <summary>
    /// Resolves pending components of total <paramref name="c"/>: each to the cheapest unassigned child with its weight,
    /// else an extension. A component the total adds that is negative in every column may also be an item the total
    /// subtracts, printed by its effect ("Interest expense (60)" under income before taxes); when an item the total adds
    /// fits as cheaply, the figures cannot tell which it is, and the component is tied.
    /// </summary>
    private (List<(int Row, int Concept, int Weight, bool Tied)> Items, int Cost)? Resolve(int c, List<(int Row, int Weight)> terms, int first)
    {
        var items = new List<(int, int, int, bool)>(terms.Count - first);
        var taken = _takenScratch;
        taken.Clear();
        int cost = 0;
        bool tiedAdded = false, tiedSubtracted = false, deeperTaken = false;
        for (int t = first; t < terms.Count; t++)
        {
            var (row, weight) = terms[t];
            int bestConcept = -1, bestCost = ExtensionCost, bestCentrality = -1;
            bool tied = false;
            bool byEffect = weight > 0 && _printedByEffect[row];
            int leastByValue = int.MaxValue, leastByEffect = int.MaxValue;
            foreach (var (child, w) in _descendants[c])
            {
                if ((w != weight && !(byEffect && w < 0)) || _rowOf[child] != -1 || taken.Contains(child)) continue;
                bool isChild = IsChild(c, child);
                if (!isChild && _narrative[row][child] != true) continue; // deeper items only when the prose names them
                if ((_hasNestedChildren[c] || !isChild || deeperTaken || _partsTaken.Count > 0) && CountedAlready(c, child, taken)) continue;
                var concept = _concepts[child];
                if (concept.DataType != ConceptDataType.Monetary || _narrative[row][child] == false) continue;
                if (concept.NonNegative && _hasNegativeCell[row] && w == weight) continue; // by effect, the item's own value is the printed one negated
                int own = _narrative[row][child] == true ? 0 : CalculationOnlyCost + (_rows[row].NamedByUnknownPhrase ? UnnamedConceptCost : 0);
                if (w == weight) leastByValue = Math.Min(leastByValue, own);
                else leastByEffect = Math.Min(leastByEffect, own);
                int centrality = _structure.ParentsNestedWith(c, child);
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
            // An item it adds and one it subtracts printed by its effect fit equally: the figures cannot tell which it is.
            if (bestConcept >= 0 && leastByValue == bestCost && leastByEffect == bestCost) tied = true;
            if (bestConcept >= 0)
            {
                taken.Add(bestConcept);
                deeperTaken |= !IsChild(c, bestConcept);
            }
            items.Add((row, bestConcept, weight, tied));
            if (tied) { if (weight > 0) tiedAdded = true; else tiedSubtracted = true; }
            cost += bestCost;
        }
        // When one component could have taken another's item, those with the same weight are interchangeable: all tied.
        if (tiedAdded || tiedSubtracted)
        {
            for (int i = 0; i < items.Count; i++)
            {
                if (items[i].Item2 >= 0 && (items[i].Item3 > 0 ? tiedAdded : tiedSubtracted)) items[i] = items[i] with { Item4 = true };
            }
        }
        return (items, cost);
    }

    private readonly List<int> _takenScratch = [];

    /// <summary>
    /// Whether total <paramref name="c"/> already counts <paramref name="item"/> or a part of it: a child on a row, or an
    /// item taken with it, contains it or lies within it (a subtotal and its own component are never both added).
    /// </summary>
    private bool CountedAlready(int c, int item, List<int> taken)
    {
        // A child on a row, other than the item, that contains it or lies within it.
        int words = _structure.ItemWords;
        var childBits = _structure.ChildBits;
        var related = _structure.RelatedBits;
        for (int w = 0; w < words; w++)
        {
            ulong bits = childBits[c * words + w] & _onRowBits[w] & related[item * words + w];
            if (w == item >> 6) bits &= ~(1UL << (item & 63));
            if (bits != 0) return true;
        }
        foreach (int other in taken)
        {
            if (_isDescendant[other, item] || _isDescendant[item, other]) return true;
        }
        foreach (int part in _partsTaken)
        {
            if (_structure.LeavesOverlap(part, item)) return true;
        }
        return false;
    }

    private bool IsChild(int total, int concept) => _structure.IsChild(total, concept);

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
                if (_rows[row].Cells.Length > col && _rows[row].Cells[col].Suspect) (confirmed ??= []).Add((row, col));
            }
            if (_rows[r].Cells.Length > col && _rows[r].Cells[col].Suspect) (confirmed ??= []).Add((r, col));
        }
        return anyChecked ? (recovered ?? NoneRecovered, confirmed ?? NoneConfirmed) : null;
    }

    private static readonly List<Outcome> NoOutcomes = [];

    // Shared, never written: outcomes and their lists are read only once built. The empty lists come first: an
    // outcome built here takes them as its defaults.
    private static readonly List<int> NoTerms = [];
    private static readonly List<((int, int) Key, decimal Value)> NoneRecovered = [];
    private static readonly List<(int, int)> NoneConfirmed = [];
    private static readonly List<Outcome> NothingToCheck = [new Outcome([], [], 0)];

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
            if (_recovered.TryAdd(key, value))
            {
                _recoveredUndo.Add(key);
                SetRecovered(key.Item1, key.Item2, value);
            }
        }
        _confirmed.AddRange(outcome.Confirmed);
        if (outcome.Terms.Count > 0)
        {
            foreach (int row in outcome.Terms)
            {
                _calcVerified[row]++;
                _summedBy[row]++;
            }
            _calcVerified[r]++;
        }
        if (outcome.Resolved.Count > 0) _pendingSaved.AddRange(_pending);
        // A total takes every pending component (one removal each would shift the rest).
        bool all = outcome.Resolved.Count == _pending.Count;
        if (all) _pending.Clear();
        foreach (var (row, concept, _, tied) in outcome.Resolved)
        {
            if (!all) _pending.Remove(row);
            _pendingBound -= _pendingLeast[row];
            _tied[row] = tied;
            if (concept >= 0)
            {
                _kind[row] = 1;
                _conceptOf[row] = concept;
                SetRowOf(concept, row);
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
            foreach (int row in outcome.Terms)
            {
                _calcVerified[row]--;
                _summedBy[row]--;
            }
            _calcVerified[r]--;
        }
        for (int i = mark.Recovered; i < _recoveredUndo.Count; i++)
        {
            var key = _recoveredUndo[i];
            _recovered.Remove(key);
            SetRecovered(key.Item1, key.Item2, null);
        }
        _recoveredUndo.RemoveRange(mark.Recovered, _recoveredUndo.Count - mark.Recovered);
        _confirmed.RemoveRange(mark.Confirmed, _confirmed.Count - mark.Confirmed);
        foreach (var (row, _, _, _) in outcome.Resolved)
        {
            _pendingBound += _pendingLeast[row];
            if (_conceptOf[row] >= 0) SetRowOf(_conceptOf[row], -1);
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
        var cells = _rows[row].Cells;
        if (col >= cells.Length) return null;
        if (cells[col].Lost) return _recovered.TryGetValue((row, col), out var v) ? v : null;
        return cells[col].Value ?? 0m;
    }

    private Snapshot Take()
    {
        int totals = 0;
        foreach (bool total in _readAsTotal) totals += total ? 1 : 0;
        // Most readings recover and confirm no cell: they share one empty copy (snapshots are only read).
        Dictionary<(int, int), decimal> recovered = _recovered.Count == 0 ? NoCellsRecovered : new Dictionary<(int, int), decimal>(_recovered);
        HashSet<(int, int)> confirmed = _confirmed.Count == 0 ? NoCellsConfirmed : [.. _confirmed];
        return new((int[])_kind.Clone(), (int[])_conceptOf.Clone(), (int[])_extensionTotal.Clone(), (int[])_calcVerified.Clone(),
            (bool[])_narrVerified.Clone(), (bool[])_tied.Clone(), recovered, confirmed, totals);
    }

    private static readonly Dictionary<(int, int), decimal> NoCellsRecovered = [];
    private static readonly HashSet<(int, int)> NoCellsConfirmed = [];

    private SolverResult Result()
    {
        bool exhausted = _nodes > NodeBudget;
        var notes = new List<string>();
        var rows = new List<Assignment>();
        // A search stopped by its budget has not shown that the best reading it found is the cheapest; a reading that
        // explains the table only by dropping several rows as noise explains too little of it. Neither is reported.
        var best = Standing();
        int noise = best.Count == 0 ? 0 : best.Min(s => s.Kind.Count(k => k == 3));
        if (best.Count == 0 || exhausted || _tooManyReadings || noise > MaxNoiseRows)
        {
            for (int r = 0; r < _rows.Length; r++) rows.Add(new Assignment(_rows[r].RowIndex, AssignmentKind.Ambiguous, null, null, false, false));
            notes.Add(exhausted ? $"the assignment search exceeded its budget of {NodeBudget} steps before it could show which reading of the label-less rows is best"
                : _tooManyReadings ? $"more than {MaxReadings} readings of the label-less rows are equally good"
                : best.Count > 0 ? $"the best reading of the label-less rows drops {noise} of them as stray lines, too many to trust it"
                : "no assignment of the rows satisfies the calculations");
            return new SolverResult(rows, new Dictionary<(int, int), decimal>(), new HashSet<(int, int)>(), notes, exhausted) { Steps = _nodes };
        }
        var first = best[0];
        var recovered = new Dictionary<(int Row, int Column), decimal>();
        foreach (var (key, value) in first.Recovered)
        {
            if (best.All(s => s.Recovered.TryGetValue(key, out var v) && v == value)) recovered[(_rows[key.Item1].RowIndex, key.Item2)] = value;
        }
        var confirmed = first.Confirmed.Where(k => best.All(s => s.Confirmed.Contains(k))).Select(k => (_rows[k.Item1].RowIndex, k.Item2)).ToHashSet();
        for (int r = 0; r < _rows.Length; r++)
        {
            bool same = best.All(s => s.Kind[r] == first.Kind[r] && s.ConceptOf[r] == first.ConceptOf[r] && s.ExtensionTotal[r] == first.ExtensionTotal[r]);
            int rowIndex = _rows[r].RowIndex;
            if (!same || best.Any(s => s.Tied[r]))
            {
                var options = best.Select(s => s.Kind[r] == 1 ? _concepts[s.ConceptOf[r]].Concept.ToString() : s.Kind[r] == 2 ? "an extension" : "noise").Distinct().ToList();
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
