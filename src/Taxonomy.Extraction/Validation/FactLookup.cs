using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Validation;

/// <summary>
/// The facts of one extraction indexed by concept and period, built once so that re-checking each failed summation
/// does not scan every fact again. "First" means first in the list's order, as a scan would find it.
/// </summary>
internal sealed class FactLookup
{
    private readonly Dictionary<(QName, Period), Fact> _first = [];
    private readonly Dictionary<(QName, Period), Fact> _firstNumeric = [];

    public FactLookup(IReadOnlyList<Fact> facts)
    {
        foreach (var fact in facts)
        {
            _first.TryAdd((fact.Concept, fact.Period), fact);
            if (fact.NumericValue is not null) _firstNumeric.TryAdd((fact.Concept, fact.Period), fact);
        }
    }

    /// <summary>Whether any fact reports <paramref name="concept"/> for <paramref name="period"/>.</summary>
    public bool Has(QName concept, Period period) => _first.ContainsKey((concept, period));

    /// <summary>The first fact of <paramref name="concept"/> and <paramref name="period"/>, numeric or not.</summary>
    public Fact? First(QName concept, Period period) => _first.GetValueOrDefault((concept, period));

    /// <summary>The first fact of <paramref name="concept"/> and <paramref name="period"/> that has a numeric value.</summary>
    public Fact? FirstNumeric(QName concept, Period period) => _firstNumeric.GetValueOrDefault((concept, period));

    // By reference: hashing a statement definition by value walks all its items and labels.
    private readonly Dictionary<StatementDefinition, Dictionary<Period, object>> _memo = new(ReferenceEqualityComparer.Instance);

    /// <summary>A value derived from these facts for one statement and period, built by <paramref name="build"/> the first time it is asked for.</summary>
    public T Memo<T>(StatementDefinition statement, Period period, Func<T> build) where T : class
    {
        if (!_memo.TryGetValue(statement, out var byPeriod)) _memo[statement] = byPeriod = [];
        if (byPeriod.TryGetValue(period, out var known)) return (T)known;
        var value = build();
        byPeriod[period] = value;
        return value;
    }
}
