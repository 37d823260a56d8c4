using Taxonomy.Concepts;
using Taxonomy.Statements;

namespace Taxonomy.Benchmarks;

/// <summary>
/// A fictional report of a given number of monetary facts over the shipped statements' line items, quarter after
/// quarter. Leaf items get pseudo-random values (fixed seed) and every total the weighted sum of its children, so the
/// calculations foot as in a well-formed filing.
/// </summary>
public sealed class SyntheticReport
{
    private static readonly Entity Filer = Entity.Cik("0000000001");

    public Report Report { get; }

    /// <summary>The facts read back into typed statements, one per statement and period.</summary>
    public IReadOnlyList<IStatement> Statements { get; }

    public SyntheticReport(int factCount)
    {
        var definitions = StatementRegistry.All
            .Where(d => d.Kind is StatementKind.BalanceSheet or StatementKind.IncomeStatement or StatementKind.CashFlow)
            .ToList();
        var random = new Random(20261121);
        var facts = new List<Fact>(factCount);
        var periods = new List<(Period Duration, Period Instant)>();
        for (int quarter = 0; facts.Count < factCount; quarter++)
        {
            var start = new DateOnly(2000, 1, 1).AddMonths(3 * quarter);
            var end = start.AddMonths(3).AddDays(-1);
            periods.Add((Period.Duration(start, end), Period.Instant(end)));
            var values = new Dictionary<QName, decimal>();
            foreach (var definition in definitions)
            {
                var byName = definition.Concepts.ToDictionary(c => c.PropertyName, StringComparer.Ordinal);
                foreach (var concept in definition.Concepts)
                {
                    if (concept.DataType != ConceptDataType.Monetary || facts.Count >= factCount) continue;
                    if (values.ContainsKey(concept.Concept)) continue;
                    decimal value = ValueOf(concept, byName, values, random);
                    var period = concept.PeriodType == PeriodType.Instant ? Period.Instant(end) : Period.Duration(start, end);
                    facts.Add(Fact.Numeric(concept.Concept, Filer, period, value, -3, Unit.Usd));
                }
            }
        }
        var namespaces = definitions.SelectMany(d => d.Namespaces)
            .Append(new("iso4217", "http://www.xbrl.org/2003/iso4217"))
            .Append(new("xbrli", "http://www.xbrl.org/2003/instance"))
            .Append(new(Filer.Prefix, Filer.Scheme))
            .DistinctBy(p => p.Key)
            .ToList();
        Report = new Report(namespaces, ["https://example.com/synthetic-entry-point.xsd"], facts);
        Statements = periods
            .SelectMany(p => definitions.Select(d => d.FromFacts(d.PeriodType == PeriodType.Instant ? p.Instant : p.Duration, facts)))
            .ToList();
    }

    private static decimal ValueOf(ConceptDefinition concept, Dictionary<string, ConceptDefinition> byName, Dictionary<QName, decimal> values, Random random)
    {
        if (values.TryGetValue(concept.Concept, out var known)) return known;
        decimal value;
        var children = concept.Calculation.Where(c => byName.ContainsKey(c.PropertyName)).ToList();
        if (children.Count == 0)
        {
            value = random.Next(1, 1_000_000) * 1000m;
        }
        else
        {
            values[concept.Concept] = 0m; // a cycle (none is expected) ends here
            value = children.Sum(c => c.Weight * ValueOf(byName[c.PropertyName], byName, values, random));
        }
        values[concept.Concept] = value;
        return value;
    }
}
