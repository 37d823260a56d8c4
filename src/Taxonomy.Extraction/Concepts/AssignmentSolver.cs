using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Concepts;

/// <summary>
/// Assigns label-less rows to line items from the structure the schema declares. Rows are taken in printed order
/// and concepts in schema order; a total must equal its calculation children (and any extension components printed
/// just before it) in every column; a lost cell is solved when it is the only unknown of a calculation; prose
/// amounts must agree. Every assigned row must be confirmed by a calculation or the prose. The cheapest complete
/// assignment wins (noise and extensions cost); when several tie and differ, the differing rows are ambiguous.
/// </summary>
internal sealed class AssignmentSolver
{
    private const int NoiseCost = 10;
    private const int ExtensionCost = 2;
    private const int UnnamedConceptCost = 3;
    private const int NodeBudget = 200_000;
    private const int MaxSolutions = 8;

    private readonly SolverInput _input;
    private readonly IReadOnlyList<ConceptDefinition> _concepts;
    private readonly int[][] _parents;
    private readonly (int Child, int Weight)[][] _children;
    private readonly int _columns;

    // Search state.
    private readonly int[] _kind;      // 0 none, 1 concept, 2 extension, 3 noise
    private readonly int[] _conceptOf;
    private readonly int[] _rowOf;
    private readonly int[] _extensionTotal;
    private readonly int[] _calcVerified;
    private readonly bool[] _narrVerified;
    private readonly List<int> _pending = [];
    private readonly Dictionary<(int, int), decimal> _recovered = [];
    private readonly List<(int, int)> _confirmed = [];
    private int _nodes;
    private int _best = int.MaxValue;
    private readonly List<Snapshot> _solutions = [];

    private sealed record Snapshot(int[] Kind, int[] ConceptOf, int[] ExtensionTotal, int[] Calc, bool[] Narr, Dictionary<(int, int), decimal> Recovered, HashSet<(int, int)> Confirmed);

    public AssignmentSolver(SolverInput input)
    {
        _input = input;
        _concepts = input.Statement.Concepts;
        _columns = input.Rows.Count == 0 ? 0 : input.Rows.Max(r => r.Cells.Length);
        var index = _concepts.Select((c, i) => (c.PropertyName, i)).ToDictionary(p => p.PropertyName, p => p.i, StringComparer.Ordinal);
        _children = _concepts.Select(c => c.Calculation.Where(ch => index.ContainsKey(ch.PropertyName)).Select(ch => (index[ch.PropertyName], ch.Weight)).ToArray()).ToArray();
        var parents = _concepts.Select(_ => new List<int>()).ToArray();
        for (int p = 0; p < _children.Length; p++)
        {
            foreach (var (child, _) in _children[p]) parents[child].Add(p);
        }
        _parents = parents.Select(p => p.ToArray()).ToArray();
        int n = input.Rows.Count;
        _kind = new int[n];
        _conceptOf = Enumerable.Repeat(-1, n).ToArray();
        _extensionTotal = Enumerable.Repeat(-1, n).ToArray();
        _calcVerified = new int[n];
        _narrVerified = new bool[n];
        _rowOf = Enumerable.Repeat(-1, _concepts.Count).ToArray();
    }

    public SolverResult Solve()
    {
        for (int r = 0; r < _input.Rows.Count; r++)
        {
            if (_input.Rows[r].Fixed is { } f && IndexOf(f) is int c and >= 0) _rowOf[c] = -2; // reserved by a labelled row
        }
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

    private void Search(int r, int lastConcept, int cost)
    {
        if (++_nodes > NodeBudget || cost > _best) return;
        if (r == _input.Rows.Count)
        {
            if (_pending.Count > 0) return;
            for (int i = 0; i < _kind.Length; i++)
            {
                if (_kind[i] == 1 && _input.Rows[i].Fixed is null && _calcVerified[i] == 0 && !_narrVerified[i]) return;
            }
            if (cost < _best)
            {
                _best = cost;
                _solutions.Clear();
            }
            if (_solutions.Count < MaxSolutions) _solutions.Add(Take());
            return;
        }
        var row = _input.Rows[r];
        if (row.Fixed is { } fixedConcept)
        {
            int c = IndexOf(fixedConcept);
            if (c < 0) { Search(r + 1, lastConcept, cost); return; }
            _rowOf[c] = r;
            _kind[r] = 1;
            _conceptOf[r] = c;
            var undo = TryTotal(r, c, fixedRow: true);
            Search(r + 1, lastConcept, cost);
            Undo(undo);
            _kind[r] = 0;
            _conceptOf[r] = -1;
            _rowOf[c] = -2;
            return;
        }
        for (int c = lastConcept + 1; c < _concepts.Count; c++)
        {
            if (!Candidate(r, c)) continue;
            bool? narrative = Narrative(r, c);
            if (narrative == false) continue;
            _rowOf[c] = r;
            _kind[r] = 1;
            _conceptOf[r] = c;
            _narrVerified[r] = narrative == true;
            var undo = TryTotal(r, c, fixedRow: false);
            if (undo is not null)
            {
                int extra = row.NamedByUnknownPhrase && narrative != true ? UnnamedConceptCost : 0;
                Search(r + 1, c, cost + extra);
                Undo(undo);
            }
            _narrVerified[r] = false;
            _kind[r] = 0;
            _conceptOf[r] = -1;
            _rowOf[c] = -1;
        }
        _kind[r] = 2;
        _pending.Add(r);
        Search(r + 1, lastConcept, cost + ExtensionCost);
        _pending.RemoveAt(_pending.Count - 1);
        _kind[r] = 3;
        Search(r + 1, lastConcept, cost + NoiseCost);
        _kind[r] = 0;
    }

    private bool Candidate(int r, int c)
    {
        var concept = _concepts[c];
        if (_rowOf[c] != -1) return false;
        if (concept.DataType != ConceptDataType.Monetary || concept.PeriodType != _input.ColumnPeriodType) return false;
        foreach (int p in _parents[c])
        {
            if (_rowOf[p] >= 0) return false; // components are printed before their totals
        }
        if (_parents[c].Length == 0 && _children[c].Length == 0 && !HasNarrative(c)) return false;
        if (concept.NonNegative && _input.Rows[r].Cells.Any(cell => cell.Value < 0)) return false;
        return true;
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

    private sealed record UndoRecord(List<int> Verified, List<int> Consumed, int ConsumedTotal, List<(int, int)> Recovered, int Confirmed);

    /// <summary>Checks the calculation of a total; null when it fails (the branch is pruned).</summary>
    private UndoRecord? TryTotal(int r, int c, bool fixedRow)
    {
        var terms = new List<(int Row, int Weight)>();
        foreach (var (child, weight) in _children[c])
        {
            if (_rowOf[child] >= 0) terms.Add((_rowOf[child], weight));
        }
        var consumed = new List<int>();
        if (_pending.Count > 0)
        {
            consumed.AddRange(_pending);
            terms.AddRange(_pending.Select(p => (p, 1)));
        }
        var undo = new UndoRecord([], [], r, [], _confirmed.Count);
        if (terms.Count == 0) return undo;
        bool anyChecked = false;
        var recoveredHere = new List<((int, int) Key, decimal Value)>();
        var confirmedHere = new List<(int, int)>();
        for (int col = 0; col < _columns; col++)
        {
            var all = terms.Append((r, 0)).ToList();
            (int Row, int Weight)? unknown = null;
            int unknowns = 0;
            decimal sum = 0m;
            decimal total = 0m;
            foreach (var (row, weight) in all)
            {
                decimal? value = Value(row, col);
                if (value is null) { unknowns++; unknown = (row, weight); continue; }
                if (row == r) total = value.Value; else sum += value.Value * weight;
            }
            if (unknowns > 1) continue;
            if (unknowns == 1)
            {
                var (urow, uweight) = unknown!.Value;
                decimal solved = urow == r ? sum : (total - sum) / uweight;
                recoveredHere.Add(((urow, col), solved));
                anyChecked = true;
                continue;
            }
            decimal tolerance = 0.5m * all.Count * Unit(all, col);
            if (Math.Abs(total - sum) > tolerance)
            {
                if (fixedRow) return undo;
                return null;
            }
            anyChecked = true;
            foreach (var (row, _) in all)
            {
                if (_input.Rows[row].Cells.Length > col && _input.Rows[row].Cells[col].Suspect) confirmedHere.Add((row, col));
            }
        }
        if (!anyChecked) return fixedRow ? undo : null;
        foreach (var (key, value) in recoveredHere)
        {
            _recovered[key] = value;
            undo.Recovered.Add(key);
        }
        _confirmed.AddRange(confirmedHere);
        foreach (var (row, _) in terms.Append((r, 0)))
        {
            _calcVerified[row]++;
            undo.Verified.Add(row);
        }
        foreach (int p in consumed) _extensionTotal[p] = r;
        undo.Consumed.AddRange(consumed);
        _pending.Clear();
        return undo;
    }

    private static decimal Unit(List<(int Row, int Weight)> terms, int col) => 1m;

    private decimal? Value(int row, int col)
    {
        var cells = _input.Rows[row].Cells;
        if (col >= cells.Length) return null;
        if (cells[col].Lost) return _recovered.TryGetValue((row, col), out var v) ? v : null;
        return cells[col].Value ?? 0m;
    }

    private void Undo(UndoRecord? undo)
    {
        if (undo is null) return;
        foreach (int row in undo.Verified) _calcVerified[row]--;
        foreach (var key in undo.Recovered) _recovered.Remove(key);
        _confirmed.RemoveRange(undo.Confirmed, _confirmed.Count - undo.Confirmed);
        if (undo.Consumed.Count > 0)
        {
            foreach (int p in undo.Consumed) _extensionTotal[p] = -1;
            _pending.AddRange(undo.Consumed);
        }
    }

    private Snapshot Take() => new((int[])_kind.Clone(), (int[])_conceptOf.Clone(), (int[])_extensionTotal.Clone(), (int[])_calcVerified.Clone(),
        (bool[])_narrVerified.Clone(), new Dictionary<(int, int), decimal>(_recovered), [.. _confirmed]);

    private SolverResult Result()
    {
        bool exhausted = _nodes > NodeBudget;
        var notes = new List<string>();
        var rows = new List<Assignment>();
        if (_solutions.Count == 0)
        {
            for (int r = 0; r < _input.Rows.Count; r++) rows.Add(new Assignment(_input.Rows[r].RowIndex, AssignmentKind.Ambiguous, null, null, false, false));
            notes.Add(exhausted ? "the assignment search exceeded its budget" : "no assignment of the rows satisfies the calculations");
            return new SolverResult(rows, new Dictionary<(int, int), decimal>(), new HashSet<(int, int)>(), notes, exhausted);
        }
        var first = _solutions[0];
        var recovered = new Dictionary<(int Row, int Column), decimal>();
        foreach (var (key, value) in first.Recovered)
        {
            if (_solutions.All(s => s.Recovered.TryGetValue(key, out var v) && v == value))
            {
                recovered[(_input.Rows[key.Item1].RowIndex, key.Item2)] = value;
            }
        }
        var confirmed = first.Confirmed.Where(k => _solutions.All(s => s.Confirmed.Contains(k)))
            .Select(k => (_input.Rows[k.Item1].RowIndex, k.Item2)).ToHashSet();
        for (int r = 0; r < _input.Rows.Count; r++)
        {
            bool same = _solutions.All(s => s.Kind[r] == first.Kind[r] && s.ConceptOf[r] == first.ConceptOf[r] && s.ExtensionTotal[r] == first.ExtensionTotal[r]);
            int rowIndex = _input.Rows[r].RowIndex;
            if (!same)
            {
                var options = _solutions.Select(s => s.Kind[r] == 1 ? _concepts[s.ConceptOf[r]].Concept.ToString() : s.Kind[r] == 2 ? "an extension" : "noise").Distinct();
                notes.Add($"row {rowIndex + 1} fits equally as {string.Join(" or ", options)}");
                rows.Add(new Assignment(rowIndex, AssignmentKind.Ambiguous, null, null, false, false));
                continue;
            }
            var kind = first.Kind[r] switch { 1 => AssignmentKind.Concept, 2 => AssignmentKind.Extension, _ => AssignmentKind.Noise };
            var concept = first.ConceptOf[r] >= 0 ? _concepts[first.ConceptOf[r]] : null;
            ConceptDefinition? total = first.ExtensionTotal[r] >= 0 && first.ConceptOf[first.ExtensionTotal[r]] >= 0 ? _concepts[first.ConceptOf[first.ExtensionTotal[r]]] : null;
            rows.Add(new Assignment(rowIndex, kind, concept, total, first.Calc[r] > 0, first.Narr[r]));
        }
        return new SolverResult(rows, recovered, confirmed, notes, exhausted);
    }
}
