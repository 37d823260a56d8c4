using System.Runtime.InteropServices;
using Taxonomy.Concepts;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Validation;

/// <summary>
/// The facts of one extraction indexed by concept and period, built once so that re-checking each failed summation
/// does not scan every fact again. "First" means first in the list's order, as a scan would find it.
/// </summary>
internal sealed class FactLookup
{
    // The first fact of each concept and period, and the first of them with a numeric value (null for none): one
    // dictionary for both, as nearly every fact that comes first is also the first numeric one.
    private readonly Dictionary<(QName, Period), (Fact First, Fact? FirstNumeric)> _first;

    private readonly IReadOnlyList<Fact> _facts;
    private readonly Dictionary<QName, List<Period>> _periodsOf = [];
    private readonly Dictionary<Period, List<int>> _atPeriod = [];

    public FactLookup(IReadOnlyList<Fact> facts)
    {
        _facts = facts;
        // Sized for the facts up front: growing rehashes every key (a concept and a period) at each doubling.
        _first = new(facts.Count);
        for (int i = 0; i < facts.Count; i++)
        {
            var fact = facts[i];
            ref var first = ref CollectionsMarshal.GetValueRefOrAddDefault(_first, (fact.Concept, fact.Period), out bool known);
            if (!known)
            {
                first = (fact, fact.NumericValue is not null ? fact : null);
                if (!_periodsOf.TryGetValue(fact.Concept, out var periods)) _periodsOf[fact.Concept] = periods = [];
                periods.Add(fact.Period);
            }
            else if (first.FirstNumeric is null && fact.NumericValue is not null)
            {
                first.FirstNumeric = fact;
            }
            if (!_atPeriod.TryGetValue(fact.Period, out var indexes)) _atPeriod[fact.Period] = indexes = [];
            indexes.Add(i);
        }
    }

    /// <summary>The distinct periods <paramref name="concept"/> has facts for (none: empty).</summary>
    // Array.Empty, not []: against the other branch's List, [] would be a new List for every concept without facts.
    public IReadOnlyList<Period> PeriodsOf(QName concept) => _periodsOf.TryGetValue(concept, out var periods) ? periods : Array.Empty<Period>();

    /// <summary>
    /// The facts a statement column for <paramref name="column"/> can read, in list order: those for the column itself
    /// and for the instants at its start and end (where a duration statement reports its balances). Callers only read it.
    /// </summary>
    public List<Fact> ForColumn(Period column)
    {
        // Statements of one period type share their columns (the income and cash flow statements' quarters).
        if (_forColumn.TryGetValue(column, out var known)) return known;
        var start = column.StartInstant;
        var end = column.EndInstant;
        var indexes = new List<int>(CountAt(column) + (start != column ? CountAt(start) : 0) + (end != column && end != start ? CountAt(end) : 0));
        AddAt(indexes, column);
        if (start != column) AddAt(indexes, start);
        if (end != column && end != start) AddAt(indexes, end);
        indexes.Sort();
        var facts = new List<Fact>(indexes.Count);
        foreach (int i in indexes) facts.Add(_facts[i]);
        _forColumn[column] = facts;
        return facts;
    }

    private readonly Dictionary<Period, List<Fact>> _forColumn = [];

    private int CountAt(Period period) => _atPeriod.TryGetValue(period, out var at) ? at.Count : 0;

    private void AddAt(List<int> indexes, Period period)
    {
        if (_atPeriod.TryGetValue(period, out var at)) indexes.AddRange(at);
    }

    /// <summary>Whether any fact reports <paramref name="concept"/> for <paramref name="period"/>.</summary>
    public bool Has(QName concept, Period period) => _first.ContainsKey((concept, period));

    /// <summary>The first fact of <paramref name="concept"/> and <paramref name="period"/>, numeric or not.</summary>
    public Fact? First(QName concept, Period period) => _first.TryGetValue((concept, period), out var first) ? first.First : null;

    /// <summary>The first fact of <paramref name="concept"/> and <paramref name="period"/> that has a numeric value.</summary>
    public Fact? FirstNumeric(QName concept, Period period) => _first.TryGetValue((concept, period), out var first) ? first.FirstNumeric : null;

    /// <summary>
    /// The value of <paramref name="concept"/> a statement column for <paramref name="column"/> reads (its first numeric
    /// fact, at the column's end for an instant item), as a calculation term of weight 1; null when none is reported.
    /// </summary>
    public CalculationTerm? Term(ConceptDefinition concept, Period column) =>
        FirstNumeric(concept.Concept, StatementPeriods.Of(concept, column)) is { NumericValue: { } value } fact
            ? new CalculationTerm(value, fact.Decimals ?? Decimals.Infinite, 1)
            : null;

    /// <summary>
    /// Whether any fact, of any period, is an amount of the noncontrolling (minority) interests or one including their
    /// portion (us-gaap names each "…NoncontrollingInterest…" or "MinorityInterest…", and the consolidated net income
    /// <c>ProfitLoss</c>).
    /// </summary>
    public bool ReportsNoncontrollingInterests => _reportsNoncontrolling ??= _periodsOf.Keys.Any(c =>
        c.LocalName.Contains("NoncontrollingInterest", StringComparison.Ordinal) || c.LocalName.Contains("MinorityInterest", StringComparison.Ordinal)
        || c.LocalName == "ProfitLoss");

    private bool? _reportsNoncontrolling;

    // By reference: hashing a statement definition by value walks all its items and labels.
    private readonly Dictionary<StatementDefinition, Dictionary<Period, object>> _memo = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// A value derived from these facts for one statement and period, built by <paramref name="build"/> (from
    /// <paramref name="state"/>, so that asking again allocates no closure) the first time it is asked for.
    /// </summary>
    public T Memo<TState, T>(StatementDefinition statement, Period period, TState state, Func<TState, T> build) where T : class
    {
        if (!_memo.TryGetValue(statement, out var byPeriod)) _memo[statement] = byPeriod = [];
        if (byPeriod.TryGetValue(period, out var known)) return (T)known;
        var value = build(state);
        byPeriod[period] = value;
        return value;
    }
}
