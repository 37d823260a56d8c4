using System.Numerics;

namespace Taxonomy.Extraction.Concepts;

/// <summary>
/// Remembers search states below which no assignment was found, so a later path reaching the same state is not
/// searched again. Different choices above often leave the rows below with the same choices: a row that no total can
/// take stays pending whatever the rows above became, and the search would prove it again for each of them.
/// </summary>
/// <remarks>
/// A state is what the rows from here on can read: the row, the last total chosen, the pending components, which rows
/// hold the line items any total still possible reads (itself, the items that hold it, its children, its condensed parts, and the items the prose names
/// for a row it may take) and whether a total sums those rows already, the earlier rows still waiting for a calculation to confirm them, and the recovered cells.
/// The rows above matter only through their cost: a state dead at one cost is dead at any higher cost (the best cost
/// only falls, and every reading at the best cost is kept, so what failed to reach it fails again).
/// </remarks>
internal sealed partial class AssignmentSolver
{
    private int _words;
    private ulong[]?[] _readsOf = [];       // per line item, built on first use: the items whose rows its availability, footing and resolution read
    private ulong[][] _namedFor = [];       // per row: the items the prose confirms for it
    private int[][] _candidatesById = [];   // per row: its candidates, ascending
    private ulong[][] _fixedReads = [];     // per row and those after it: what their labelled items and the prose read
    private ulong[] _relevantScratch = [];
    private readonly List<(int, int)> _recoveredScratch = [];
    private int[][] _keyScratch = [];
    private readonly IntChunks _deadKeys = new();
    private readonly Dictionary<StateKey, int> _deadEnds;
    private int _solutionsFound;

    private readonly record struct StateKey(int Start, int Length, ulong Hash, int[]? Scratch);

    private sealed class StateKeyComparer(AssignmentSolver solver) : IEqualityComparer<StateKey>
    {
        public bool Equals(StateKey x, StateKey y) => x.Hash == y.Hash && x.Length == y.Length && solver.Ints(x).SequenceEqual(solver.Ints(y));
        public int GetHashCode(StateKey key) => (int)(key.Hash ^ key.Hash >> 32);
    }

    private ReadOnlySpan<int> Ints(StateKey key) => key.Scratch is { } scratch
        ? scratch.AsSpan(0, key.Length)
        : _deadKeys.At(key.Start, key.Length);

    private void PrecomputeReads()
    {
        int concepts = _concepts.Count, rows = _rows.Length;
        _words = (concepts + 63) / 64;
        _readsOf = new ulong[concepts][];
        _namedFor = new ulong[rows][];
        _candidatesById = new int[rows][];
        _fixedReads = new ulong[rows + 1][];
        _fixedReads[rows] = new ulong[_words];
        for (int r = rows - 1; r >= 0; r--)
        {
            var named = new ulong[_words];
            for (int c = 0; c < concepts; c++)
            {
                if (_narrative[r][c] == true) Set(named, c);
            }
            _namedFor[r] = named;
            var fixedReads = (ulong[])_fixedReads[r + 1].Clone();
            Or(fixedReads, named);
            if (_fixedIndex[r] >= 0) Or(fixedReads, ReadsOf(_fixedIndex[r]));
            _fixedReads[r] = fixedReads;
            var ids = (int[])_candidates[r].Clone();
            Array.Sort(ids);
            _candidatesById[r] = ids;
        }
        _relevantScratch = new ulong[_words];
        _keyScratch = new int[rows + 1][];
        for (int r = 0; r <= rows; r++) _keyScratch[r] = new int[16];
    }

    /// <summary>Whether a state met before, at no higher cost, found nothing: then this one finds nothing either.</summary>
    private bool KnownDeadEnd(int r, int lastConcept, int cost, out StateKey key)
    {
        key = WriteKey(r, lastConcept);
        return _deadEnds.TryGetValue(key, out int seen) && cost >= seen;
    }

    private void RememberDeadEnd(StateKey key, int cost)
    {
        if (_deadEnds.TryGetValue(key, out int seen))
        {
            if (cost < seen) _deadEnds[key] = cost;
            return;
        }
        var kept = new StateKey(_deadKeys.Add(key.Scratch.AsSpan(0, key.Length)), key.Length, key.Hash, null);
        _deadEnds.Add(kept, cost);
    }

    private StateKey WriteKey(int r, int lastConcept)
    {
        var relevant = _relevantScratch;
        int ahead = ReadsAhead(r, lastConcept); // first: it may grow the bits
        _readsAheadBits.AsSpan(ahead, _words).CopyTo(relevant);
        foreach (int p in _pending) Or(relevant, _namedFor[p]);

        var key = _keyScratch[r];
        int n = 0;
        Append(ref key, ref n, r);
        Append(ref key, ref n, lastConcept);
        foreach (int p in _pending) Append(ref key, ref n, p);
        Append(ref key, ref n, -1);
        for (int w = 0; w < relevant.Length; w++)
        {
            for (ulong bits = relevant[w]; bits != 0; bits &= bits - 1)
            {
                int c = w * 64 + BitOperations.TrailingZeroCount(bits);
                int at = _rowOf[c];
                if (at == -1) continue;
                Append(ref key, ref n, c);
                // A free total may not sum a row another total sums already: whether it does is part of the state.
                Append(ref key, ref n, at < 0 ? at : 2 * at + (_summedBy[at] > 0 ? 1 : 0));
            }
        }
        Append(ref key, ref n, -1);
        // Earlier rows a calculation still has to confirm, and whether a total that could is still free.
        for (int i = 0; i < r; i++)
        {
            if (_kind[i] != 1 || _rows[i].Fixed is not null || _calcVerified[i] > 0 || _narrVerified[i]) continue;
            Append(ref key, ref n, i);
            Append(ref key, ref n, _conceptOf[i]);
            foreach (int p in _parents[_conceptOf[i]]) Append(ref key, ref n, _rowOf[p]);
            Append(ref key, ref n, -1);
        }
        Append(ref key, ref n, -1);
        // The printed order a later row must keep: whether each total some items are printed below is free, reserved
        // or taken, and whether one of those items is already on a free row or a labelled one.
        foreach (var (below, above) in _printedOrder)
        {
            Append(ref key, ref n, _rowOf[above] < 0 ? _rowOf[above] : _rows[_rowOf[above]].Fixed is null ? -3 : -4);
            Append(ref key, ref n, OnARowAbove(below, int.MaxValue, freeOnly: true) ? 2 : OnARowAbove(below, int.MaxValue, freeOnly: false) ? 1 : 0);
        }
        var cells = _recoveredScratch;
        cells.Clear();
        foreach (var cell in _recovered.Keys) cells.Add(cell);
        cells.Sort();
        Span<int> valueBits = stackalloc int[4];
        foreach (var (row, col) in cells)
        {
            Append(ref key, ref n, row);
            Append(ref key, ref n, col);
            decimal.GetBits(_recovered[(row, col)], valueBits);
            foreach (int b in valueBits) Append(ref key, ref n, b);
        }
        _keyScratch[r] = key;
        return new StateKey(0, n, Hash(key.AsSpan(0, n)), key);
    }

    /// <summary>
    /// What the rows from <paramref name="r"/> on read with totals after <paramref name="lastConcept"/> still possible:
    /// their labelled items, the prose, and their candidates from there on. Kept per row and last total, each built from
    /// the next row's (the labelled rows' reads from a row on hold those from the next row on).
    /// </summary>
    /// <returns>Where the bits start in <see cref="_readsAheadBits"/>.</returns>
    private int ReadsAhead(int r, int lastConcept)
    {
        int slot = r * (_concepts.Count + 1) + lastConcept + 1;
        if (_readsAhead.TryGetValue(slot, out int at)) return at;
        // This row and the rows after it not yet kept for this last total take a slot each: room for all of them at once.
        int needed = _readsAheadUsed + (_rows.Length - r) * _words;
        if (needed > _readsAheadBits.Length) Array.Resize(ref _readsAheadBits, Math.Max(needed, 2 * _readsAheadBits.Length));
        int next = r + 1 < _rows.Length ? ReadsAhead(r + 1, lastConcept) : -1;
        var ids = _candidatesById[r];
        int from = Array.BinarySearch(ids, lastConcept + 1);
        if (from < 0) from = ~from;
        var labelled = _fixedReads[r];
        at = _readsAheadUsed;
        _readsAheadUsed += _words;
        var bits = _readsAheadBits.AsSpan(at, _words);
        for (int w = 0; w < _words; w++) bits[w] = labelled[w] | (next < 0 ? 0 : _readsAheadBits[next + w]);
        for (int k = from; k < ids.Length; k++)
        {
            var reads = ReadsOf(ids[k]);
            for (int w = 0; w < _words; w++) bits[w] |= reads[w];
        }
        _readsAhead[slot] = at;
        return at;
    }

    /// <summary>The items whose rows line item <paramref name="c"/> reads: itself, the items that hold it (its parents among them), its children and its condensed parts.</summary>
    private ulong[] ReadsOf(int c)
    {
        if (_readsOf[c] is { } known) return known;
        var reads = new ulong[_words];
        Set(reads, c);
        for (int w = 0; w < _words; w++) reads[w] |= _structure.HolderBits[c * _words + w];
        foreach (var (child, _) in _children[c]) Set(reads, child);
        foreach (var (part, _) in _parts[c]) Set(reads, part);
        _readsOf[c] = reads;
        return reads;
    }

    // Per row and last total (row·(items + 1) + last + 1): where its reads ahead start in the bits, _words each.
    private readonly Dictionary<int, int> _readsAhead = [];
    private ulong[] _readsAheadBits = [];
    private int _readsAheadUsed;

    private static void Append(ref int[] key, ref int n, int value)
    {
        if (n == key.Length) Array.Resize(ref key, 2 * key.Length);
        key[n++] = value;
    }

    private static ulong Hash(ReadOnlySpan<int> ints)
    {
        ulong hash = 14695981039346656037UL;
        foreach (int i in ints) hash = (hash ^ (uint)i) * 1099511628211UL;
        return hash;
    }

    private static void Set(ulong[] bits, int i) => bits[i >> 6] |= 1UL << (i & 63);

    private static void Or(ulong[] into, ulong[] bits)
    {
        for (int w = 0; w < into.Length; w++) into[w] |= bits[w];
    }
}
