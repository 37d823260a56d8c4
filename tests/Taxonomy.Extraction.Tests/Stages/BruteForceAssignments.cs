using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;

namespace Taxonomy.Extraction.Tests.Stages;

/// <summary>
/// The assignment rules written out plainly and applied to every way of reading a small table, with no pruning and no
/// search order to rely on: the oracle of <see cref="AssignmentSolverBruteForceTests"/>. Rows are read top to bottom;
/// each is noise (cost 10), a pending component, or a total of a line item that has calculation children (cost 1, plus
/// 3 when prose names the row with a phrase the taxonomy lacks). Totals come in schema order; an item is used once and
/// never after one of its parents. A total takes every pending component (each weighting tried, the cheapest first
/// kept), or, with none pending, foots on its children already read; either way every column where at most one value
/// is unknown must foot, and a single unknown is solved. A taken component becomes the cheapest unused child of the
/// total with its weight (cost 1, plus 3 when named; the child with most parents; tied when two fit equally) or an
/// extension (cost 2; only with weight +1). All components must be taken by the end. The cheapest readings win, then
/// those whose items have most parents; rows they read differently, or whose component was tied, are ambiguous.
/// Covers free rows without prose confirmations (no labelled rows, no narrative).
/// </summary>
internal sealed class BruteForceAssignments
{
    private const int NoiseCost = 10, ExtensionCost = 2, UnnamedCost = 3, CalculationOnlyCost = 1, MaxPendingForWeights = 6;

    private readonly SolverInput _input;
    private readonly IReadOnlyList<ConceptDefinition> _concepts;
    private readonly List<(int Child, int Weight)>[] _children;
    private readonly List<int>[] _parents;
    private readonly List<(int Concept, int Weight)>[] _descendants;

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
    }

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
        public required bool[] Tied;
        public required List<int> Pending;
        public required Dictionary<(int, int), decimal> Recovered;
        public int LastTotal = -1;
        public int Cost;

        public Reading Copy() => new()
        {
            Kind = (string[])Kind.Clone(), Concept = (int[])Concept.Clone(), ExtensionOf = (int[])ExtensionOf.Clone(),
            Verified = (bool[])Verified.Clone(), Tied = (bool[])Tied.Clone(), Pending = [.. Pending],
            Recovered = new(Recovered), LastTotal = LastTotal, Cost = Cost,
        };

        public bool Used(int concept) => Array.IndexOf(Concept, concept) >= 0;
    }

    /// <summary>What the rules decide, or null when the best readings are too many to compare (the solver keeps four).</summary>
    public SolverResult? Solve(int maxSolutions)
    {
        int n = _input.Rows.Count;
        var complete = new List<Reading>();
        var start = new Reading
        {
            Kind = Enumerable.Repeat("", n).ToArray(), Concept = Enumerable.Repeat(-1, n).ToArray(), ExtensionOf = Enumerable.Repeat(-1, n).ToArray(),
            Verified = new bool[n], Tied = new bool[n], Pending = [], Recovered = [],
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
        int most = cheapest.Max(Centrality);
        var best = cheapest.Where(s => Centrality(s) == most).ToList();
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
            rows.Add(new Assignment(rowIndex, kind, concept, total, first.Verified[r], false));
        }
        var recovered = new Dictionary<(int Row, int Column), decimal>();
        foreach (var (key, value) in best[0].Recovered)
        {
            if (best.All(s => s.Recovered.TryGetValue(key, out var v) && v == value)) recovered[(_input.Rows[key.Item1].RowIndex, key.Item2)] = value;
        }
        return new SolverResult(rows, recovered, new HashSet<(int, int)>(), [], false);
    }

    private int Centrality(Reading reading) => reading.Concept.Where((c, r) => c >= 0 && reading.Kind[r] == "Concept").Sum(c => _parents[c].Count);

    private void Read(int r, Reading reading, List<Reading> complete)
    {
        if (r == _input.Rows.Count)
        {
            bool allVerified = Enumerable.Range(0, r).All(i => reading.Kind[i] != "Concept" || reading.Verified[i]);
            if (reading.Pending.Count == 0 && allVerified) complete.Add(reading);
            return;
        }
        var noise = reading.Copy();
        noise.Kind[r] = "Noise";
        noise.Cost += NoiseCost;
        Read(r + 1, noise, complete);

        var pending = reading.Copy();
        pending.Kind[r] = "pending";
        pending.Pending.Add(r);
        Read(r + 1, pending, complete);

        for (int c = 0; c < _concepts.Count; c++)
        {
            if (!MayBeTotal(r, c) || c <= reading.LastTotal || reading.Used(c) || _parents[c].Any(reading.Used)) continue;
            var total = reading.Copy();
            total.Kind[r] = "Concept";
            total.Concept[r] = c;
            total.LastTotal = c;
            total.Cost += OwnCost(r);
            if (Take(r, c, total)) Read(r + 1, total, complete);
        }
    }

    private bool MayBeTotal(int r, int c)
    {
        var concept = _concepts[c];
        if (concept.DataType != ConceptDataType.Monetary || concept.PeriodType != _input.ColumnPeriodType) return false;
        if (concept.NonNegative && HasNegativeCell(r)) return false;
        return _children[c].Count > 0 && !IsStructuralDuplicate(c);
    }

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

    /// <summary>The total at row <paramref name="r"/> takes the pending components, or foots on its children read before.</summary>
    private bool Take(int r, int c, Reading reading)
    {
        // Children already read, except one counted inside another read child (a subtotal).
        var read = _children[c].Where(x => reading.Used(x.Child)).ToList();
        var terms = read.Where(x => !read.Any(o => o.Child != x.Child && _descendants[o.Child].Exists(d => d.Concept == x.Child)))
            .Select(x => (Row: Array.IndexOf(reading.Concept, x.Child), x.Weight)).ToList();
        if (reading.Pending.Count == 0)
        {
            if (terms.Count == 0) return false;
            var recovered = Foot(r, terms, reading);
            if (recovered is null) return false;
            Record(r, terms, recovered, reading);
            return true;
        }
        int n = reading.Pending.Count;
        bool subtracting = _children[c].Any(x => x.Weight < 0) && n <= MaxPendingForWeights;
        (List<(int Row, int Weight)> Terms, Dictionary<(int, int), decimal> Recovered, List<(int Concept, bool Tied)> Components, int Cost)? best = null;
        for (int mask = 0; mask < (subtracting ? 1 << n : 1); mask++)
        {
            var components = reading.Pending.Select((row, i) => (Row: row, Weight: (mask >> i & 1) == 1 ? -1 : 1)).ToList();
            var all = terms.Concat(components).ToList();
            if (Foot(r, all, reading) is not { } recovered) continue;
            if (Resolve(c, components, reading) is not { } resolved) continue;
            int cost = resolved.Sum(x => x.Concept >= 0 ? OwnCost(x.Row) : ExtensionCost);
            if (best is null || cost < best.Value.Cost) best = (all, recovered, resolved.Select(x => (x.Concept, x.Tied)).ToList(), cost);
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
        Record(r, taken.Terms, taken.Recovered, reading);
        return true;
    }

    private static void Record(int r, List<(int Row, int Weight)> terms, Dictionary<(int, int), decimal> recovered, Reading reading)
    {
        reading.Verified[r] = true;
        foreach (var (row, _) in terms) reading.Verified[row] = true;
        foreach (var (key, value) in recovered) reading.Recovered.TryAdd(key, value);
    }

    /// <summary>
    /// Every column where the total and its terms are known foots within half a unit per value; a column with one
    /// unknown solves it; at least one column must be checked. Null when the total does not foot.
    /// </summary>
    private Dictionary<(int, int), decimal>? Foot(int r, List<(int Row, int Weight)> terms, Reading reading)
    {
        var recovered = new Dictionary<(int, int), decimal>();
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
        }
        return checkedAny ? recovered : null;
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
    /// costs less than an extension (most parents first, then schema order; tied when another fits as well), else an
    /// extension; a subtracted component must be a child. Components of one weight are all tied when one is.
    /// </summary>
    private List<(int Row, int Concept, bool Tied)>? Resolve(int c, List<(int Row, int Weight)> components, Reading reading)
    {
        var result = new List<(int Row, int Concept, int Weight, bool Tied)>();
        var taken = new List<int>();
        foreach (var (row, weight) in components)
        {
            var fits = _descendants[c]
                .Where(d => d.Weight == weight && _children[c].Exists(x => x.Child == d.Concept))
                .Select(d => d.Concept)
                .Where(d => !reading.Used(d) && !taken.Contains(d) && _concepts[d].DataType == ConceptDataType.Monetary
                    && !(_concepts[d].NonNegative && HasNegativeCell(row)))
                .ToList();
            bool asChild = fits.Count > 0 && OwnCost(row) < ExtensionCost;
            if (!asChild)
            {
                if (weight < 0) return null;
                result.Add((row, -1, weight, false));
                continue;
            }
            int most = fits.Max(d => _parents[d].Count);
            var best = fits.Where(d => _parents[d].Count == most).ToList();
            taken.Add(best[0]);
            result.Add((row, best[0], weight, best.Count > 1));
        }
        return result.Select(x => (x.Row, x.Concept, x.Concept >= 0 && result.Any(o => o.Tied && o.Weight == x.Weight))).ToList();
    }
}
