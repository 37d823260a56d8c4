using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;
using Taxonomy.Extraction.Tables;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// The statement's calculations over the rows of one table, once rows have concepts: confirms a suspect cell when a
/// calculation it takes part in foots with its preferred reading, and solves a lost cell when it is the only unknown
/// of a calculation that has at least one other component. (The assignment solver does the same for label-less rows.)
/// </summary>
internal sealed class TableCalculations
{
    private readonly List<(int Total, List<(int Row, int Weight)> Terms)> _relations = [];
    private readonly Func<int, int, decimal?> _value;
    private readonly int _columns;

    /// <summary>Each calculation over the table's rows: the total's row and the rows of its terms with their weights.</summary>
    public IReadOnlyList<(int Total, List<(int Row, int Weight)> Terms)> Relations => _relations;

    public TableCalculations(StatementDefinition? statement, RowConcept?[] concepts, int columns, Func<int, int, decimal?> value)
    {
        _value = value;
        _columns = columns;
        if (statement is null) return;
        var names = NamesOf(statement);
        // The first row of each of the statement's concepts (by its index in names), -1 for none.
        var rowOf = new int[names.Index.Count];
        Array.Fill(rowOf, -1);
        // Rows solved as components of a total (extension items), in row order: few, usually none.
        List<(int Row, QName Total)>? components = null;
        for (int r = 0; r < concepts.Length; r++)
        {
            if (concepts[r] is not { } c) continue;
            if (names.Index.TryGetValue(c.Concept, out int name) && rowOf[name] < 0) rowOf[name] = r;
            if (c.ComponentOf is { } of) (components ??= []).Add((r, of));
        }
        var descendants = DescendantsByConcept(statement);
        var under = new List<(ConceptDefinition Concept, int Weight, int Row, HashSet<ConceptDefinition> Descendants)>(concepts.Length);
        // Collected for each total in one list, copied out at its size only for a total that has terms (most have none).
        var terms = new List<(int Row, int Weight)>();
        for (int k = 0; k < statement.Concepts.Count; k++)
        {
            var total = statement.Concepts[k];
            int t = rowOf[names.OfConcept[k]];
            if (t < 0) continue;
            terms.Clear();
            // Reported items anywhere under the total (through items the table does not print), each counted once.
            under.Clear();
            foreach (var (d, weight, name) in DescendantsOf(descendants, statement, names, total).List)
            {
                if (rowOf[name] is int row and >= 0) under.Add((d, weight, row, DescendantsOf(descendants, statement, names, d).Set));
            }
            var reported = CollectionsMarshal.AsSpan(under);
            foreach (ref readonly var term in reported)
            {
                bool nested = false;
                foreach (ref readonly var other in reported)
                {
                    if (other.Concept != term.Concept && other.Descendants.Contains(term.Concept)) { nested = true; break; }
                }
                if (!nested && !HasRow(terms, term.Row)) terms.Add((term.Row, term.Weight));
            }
            foreach (var (r, of) in components ?? NoComponents)
            {
                if (of == total.Concept) terms.Add((r, 1));
            }
            AddCondensed(statement, names, descendants, total, rowOf, under, terms);
            if (terms.Count > 0) _relations.Add((t, [.. terms]));
        }
        foreach (var (left, right) in statement.Identities)
        {
            if (statement.FindProperty(left) is { } l && statement.FindProperty(right) is { } rr
                && rowOf[names.Index[l.Concept]] is int lt and >= 0 && rowOf[names.Index[rr.Concept]] is int rt and >= 0)
            {
                _relations.Add((lt, [(rt, 1)]));
            }
        }
    }

    /// <summary>
    /// Adds a reported total outside <paramref name="total"/>'s calculation that stands in for items of it: every item of
    /// its own calculation is under <paramref name="total"/> with one weight and none is reported ("Revenue 1,204 /
    /// Operating costs (1,011) / Operating profit 193": costs and expenses partition operating income's costs). Without
    /// it the relation would leave the costs out, and their printed sign would be taken for their value.
    /// </summary>
    private static void AddCondensed(StatementDefinition statement, StatementNames names,
        ConcurrentDictionary<ConceptDefinition, (List<(ConceptDefinition Concept, int Weight, int Name)> List, HashSet<ConceptDefinition> Set)> descendants,
        ConceptDefinition total, int[] rowOf, List<(ConceptDefinition Concept, int Weight, int Row, HashSet<ConceptDefinition> Descendants)> under,
        List<(int Row, int Weight)> terms)
    {
        var beneath = DescendantsOf(descendants, statement, names, total);
        if (beneath.List.Count == 0) return;
        List<HashSet<ConceptDefinition>>? added = null;
        for (int k = 0; k < statement.Concepts.Count; k++)
        {
            // The row first: most of the statement's items are not printed, and it is the cheapest test.
            int row = rowOf[names.OfConcept[k]];
            if (row < 0) continue;
            var stand = statement.Concepts[k];
            if (stand.Calculation.Count == 0 || ReferenceEquals(stand, total) || beneath.Set.Contains(stand) || HasRow(terms, row)) continue;
            var own = DescendantsOf(descendants, statement, names, stand);
            if (own.Set.Contains(total)) continue;
            int? weight = null;
            bool partition = true;
            foreach (var child in stand.Calculation)
            {
                if (statement.FindProperty(child.PropertyName) is not { } item) { partition = false; break; }
                int w = 0;
                foreach (var (d, dw, _) in beneath.List)
                {
                    if (ReferenceEquals(d, item)) { w = dw * child.Weight; break; }
                }
                if (w == 0 || weight is { } known && known != w) { partition = false; break; }
                weight = w;
            }
            if (!partition || weight is not { } common) continue;
            // None of its items, nor anything holding them, is a term already: it would count them twice.
            bool overlaps = false;
            foreach (var term in under)
            {
                if (own.Set.Contains(term.Concept) || term.Descendants.Contains(stand) || term.Descendants.Overlaps(own.Set)) { overlaps = true; break; }
            }
            foreach (var other in added ?? NoneAdded)
            {
                if (other.Overlaps(own.Set)) { overlaps = true; break; }
            }
            if (overlaps) continue;
            terms.Add((row, common));
            (added ??= []).Add(own.Set);
        }
    }

    // Read-only stand-ins for lists not made yet ('list ?? []' would make a new empty list each time).
    private static readonly List<(int Row, QName Total)> NoComponents = [];
    private static readonly List<HashSet<ConceptDefinition>> NoneAdded = [];

    private static bool HasRow(List<(int Row, int Weight)> terms, int row)
    {
        foreach (var (r, _) in terms)
        {
            if (r == row) return true;
        }
        return false;
    }

    /// <summary>
    /// The distinct concept names of a statement numbered in schema order (a name may appear twice: an item at the
    /// period's start and at its end), and each item's number: rows are matched to items once per table by name, and
    /// then by number, not by hashing a name for every item under every total.
    /// </summary>
    private sealed record StatementNames(Dictionary<QName, int> Index, int[] OfConcept);

    private static readonly ConditionalWeakTable<StatementDefinition, StatementNames> NameCache = new();

    private static StatementNames NamesOf(StatementDefinition statement) =>
        NameCache.GetValue(statement, static s =>
        {
            var index = new Dictionary<QName, int>();
            var of = new int[s.Concepts.Count];
            for (int k = 0; k < of.Length; k++)
            {
                var name = s.Concepts[k].Concept;
                if (!index.TryGetValue(name, out int n)) index[name] = n = index.Count;
                of[k] = n;
            }
            return new StatementNames(index, of);
        });

    private static readonly ConditionalWeakTable<StatementDefinition, ConcurrentDictionary<ConceptDefinition, (List<(ConceptDefinition Concept, int Weight, int Name)> List, HashSet<ConceptDefinition> Set)>> DescendantCache = new();

    /// <summary><see cref="Descendants"/> from the top, listed once per statement and concept (callers only read it).</summary>
    private static ConcurrentDictionary<ConceptDefinition, (List<(ConceptDefinition Concept, int Weight, int Name)> List, HashSet<ConceptDefinition> Set)> DescendantsByConcept(StatementDefinition statement) =>
        DescendantCache.GetValue(statement, _ => new(ReferenceEqualityComparer.Instance));

    private static (List<(ConceptDefinition Concept, int Weight, int Name)> List, HashSet<ConceptDefinition> Set) DescendantsOf(
        ConcurrentDictionary<ConceptDefinition, (List<(ConceptDefinition Concept, int Weight, int Name)> List, HashSet<ConceptDefinition> Set)> cache,
        StatementDefinition statement, StatementNames names, ConceptDefinition concept) =>
        cache.GetOrAdd(concept, static (c, owner) =>
            {
                // Each with the number of its name (every item comes from the statement's own properties).
                var list = Descendants(owner.Statement, c, 1, 0).Select(d => (d.Concept, d.Weight, owner.Names.Index[d.Concept.Concept])).ToList();
                // By reference: every item comes from the statement's own properties, one instance each, and hashing a
                // definition by value walks all its labels.
                return (list, list.Select(d => d.Concept).ToHashSet<ConceptDefinition>(ReferenceEqualityComparer.Instance));
            }, (Statement: statement, Names: names));

    private static IEnumerable<(ConceptDefinition Concept, int Weight)> Descendants(StatementDefinition statement, ConceptDefinition concept, int weight, int depth)
    {
        if (depth > 3) yield break;
        foreach (var child in concept.Calculation)
        {
            if (statement.FindProperty(child.PropertyName) is not { } cd) continue;
            yield return (cd, weight * child.Weight);
            foreach (var d in Descendants(statement, cd, weight * child.Weight, depth + 1)) yield return d;
        }
    }

    /// <summary>Makes an extension row a subtracted term of the totals it counts toward (it is printed by its effect, see <see cref="ExtensionEffect"/>).</summary>
    public void Subtract(int row)
    {
        foreach (var (_, terms) in _relations)
        {
            for (int k = 0; k < terms.Count; k++)
            {
                if (terms[k].Row == row) terms[k] = (row, -1);
            }
        }
    }

    /// <summary>True when a calculation including (<paramref name="row"/>, <paramref name="column"/>) foots with every term known.</summary>
    public bool Confirms(int row, int column)
    {
        foreach (var (total, terms) in _relations)
        {
            if (total != row && !terms.Any(t => t.Row == row)) continue;
            if (Sum(total, terms, column) is { Unknowns: 0 } s && Math.Abs(s.Total - s.Sum) <= 0.5m * (terms.Count + 1)) return true;
        }
        return false;
    }

    /// <summary>How many calculations including (<paramref name="row"/>, <paramref name="column"/>) with every term known foot, and how many do not.</summary>
    public (int Footed, int Failed) Check(int row, int column)
    {
        int footed = 0, failed = 0;
        foreach (var (total, terms) in _relations)
        {
            if (total != row && !terms.Any(t => t.Row == row)) continue;
            if (Sum(total, terms, column) is not { Unknowns: 0 } s) continue;
            if (Math.Abs(s.Total - s.Sum) <= 0.5m * (terms.Count + 1)) footed++; else failed++;
        }
        return (footed, failed);
    }

    /// <summary>The value a calculation determines for a lost cell, when one does (and all that do agree).</summary>
    public decimal? Solve(int row, int column)
    {
        decimal? found = null;
        foreach (var (total, terms) in _relations)
        {
            if (total != row && !terms.Any(t => t.Row == row)) continue;
            if (terms.Count < (total == row ? 1 : 2)) continue;
            if (Sum(total, terms, column, row) is not { Unknowns: 0 } s) continue;
            decimal value = total == row ? s.Sum : (s.Total - s.Sum) / terms.First(t => t.Row == row).Weight;
            if (found is { } f && f != value) return null;
            found = value;
        }
        return found;
    }

    private (decimal Total, decimal Sum, int Unknowns)? Sum(int total, List<(int Row, int Weight)> terms, int column, int skip = -1)
    {
        if (column >= _columns) return null;
        int unknowns = 0;
        decimal t = 0m, sum = 0m;
        if (total != skip)
        {
            if (_value(total, column) is { } v) t = v; else unknowns++;
        }
        foreach (var (row, weight) in terms)
        {
            if (row == skip) continue;
            if (_value(row, column) is { } v) sum += v * weight; else unknowns++;
        }
        return (t, sum, unknowns);
    }
}
