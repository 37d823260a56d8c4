using System.Text.Json;
using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Tests.Support;

/// <summary>
/// Builds statement definitions from <c>schemas/*.schema.json</c> (the shipped vocabulary) for tests that run before
/// the generated statements are compiled in; once they are, <see cref="ConceptCatalog.Default"/> is used instead.
/// </summary>
public static class SchemaCatalog
{
    /// <summary>The generated catalog when statements are registered, else one read from the repository's schemas, else null.</summary>
    public static ConceptCatalog? Shipped()
    {
        var registered = ConceptCatalog.Default;
        if (registered.Statements.Count > 0) return registered;
        string? dir = Environment.GetEnvironmentVariable("TAXONOMY_SCHEMAS_DIR");
        dir ??= Taxonomy.Testing.RepositoryRoot.Find() is { } root ? Path.Combine(root, "schemas") : null;
        if (dir is null || !Directory.Exists(dir)) return null;
        var statements = Directory.GetFiles(dir, "*.schema.json").Order(StringComparer.Ordinal)
            .Where(f => !Path.GetFileName(f).StartsWith("taxonomy.meta", StringComparison.Ordinal))
            .Select(f => Load(File.ReadAllText(f))).ToList();
        return statements.Count == 0 ? null : new ConceptCatalog(statements);
    }

    public static StatementDefinition Load(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var st = root.GetProperty("x-statement");
        var kind = (st.TryGetProperty("kind", out var k) ? k.GetString() : "other") switch
        {
            "balanceSheet" => StatementKind.BalanceSheet,
            "incomeStatement" => StatementKind.IncomeStatement,
            "cashFlow" => StatementKind.CashFlow,
            "documentAndEntityInformation" => StatementKind.DocumentAndEntityInformation,
            _ => StatementKind.Other,
        };
        var periodType = st.GetProperty("periodType").GetString() == "instant" ? PeriodType.Instant : PeriodType.Duration;
        var titles = st.TryGetProperty("titles", out var t) ? t.EnumerateArray().Select(x => x.GetString()!).ToList() : [];
        var namespaces = root.GetProperty("x-namespaces").EnumerateObject().Select(p => new KeyValuePair<string, string>(p.Name, p.Value.GetString()!)).ToList();
        var concepts = new List<ConceptDefinition>();
        foreach (var p in root.GetProperty("properties").EnumerateObject())
        {
            if (p.Name == "period") continue;
            var v = p.Value;
            var labels = v.GetProperty("x-labels");
            string? Opt(JsonElement e, string name) => e.TryGetProperty(name, out var x) ? x.GetString() : null;
            concepts.Add(new ConceptDefinition
            {
                PropertyName = p.Name,
                Concept = QName.Parse(v.GetProperty("x-concept").GetString()!),
                DataType = Enum.Parse<ConceptDataType>(v.GetProperty("x-dataType").GetString()!, ignoreCase: true),
                PeriodType = v.GetProperty("x-periodType").GetString() == "instant" ? PeriodType.Instant : PeriodType.Duration,
                Balance = Opt(v, "x-balance") switch { "debit" => BalanceType.Debit, "credit" => BalanceType.Credit, _ => BalanceType.None },
                PeriodAnchor = Opt(v, "x-periodAnchor") == "start" ? PeriodAnchor.Start : PeriodAnchor.End,
                Labels = new ConceptLabels(labels.GetProperty("standard").GetString()!, Opt(labels, "terse"), Opt(labels, "total"), Opt(labels, "negated"),
                    new EquatableList<string>(labels.TryGetProperty("synonyms", out var syn) ? syn.EnumerateArray().Select(x => x.GetString()!) : [])),
                Calculation = new EquatableList<CalculationChild>(v.TryGetProperty("x-calculation", out var calc)
                    ? calc.EnumerateArray().Select(c => new CalculationChild(c.GetProperty("item").GetString()!, c.GetProperty("weight").GetInt32())) : []),
                NonNegative = v.TryGetProperty("x-nonNegative", out var nn) && nn.GetBoolean(),
                Required = v.TryGetProperty("x-required", out var rq) && rq.GetBoolean(),
                PerShareOf = v.TryGetProperty("x-perShareOf", out var ps)
                    ? (ps.GetProperty("numerator").GetString()!, ps.GetProperty("denominator").GetString()!) : null,
                SupersededBy = v.TryGetProperty("x-supersededBy", out var sb)
                    ? new Supersession(sb.GetProperty("item").GetString()!, DateOnly.ParseExact(sb.GetProperty("from").GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Opt(sb, "reason"))
                    : null,
                ClassifiedAs = v.TryGetProperty("x-classifiedAs", out var ca)
                    ? new Classification(ca.GetProperty("item").GetString()!, Opt(ca, "below") ?? ca.GetProperty("under").GetString()!,
                        ca.TryGetProperty("under", out _) ? ClassifyingPosition.Under : ClassifyingPosition.Below, Opt(ca, "reason"))
                    : null,
                CounterpartOf = v.TryGetProperty("x-counterpartOf", out var cp) ? new Counterpart(cp.GetProperty("item").GetString()!, Opt(cp, "reason")) : null,
                PrintedBelow = v.TryGetProperty("x-printedBelow", out var pb) ? new PrintedBelow(pb.GetProperty("item").GetString()!, Opt(pb, "reason")) : null,
            });
        }
        var identities = st.TryGetProperty("identities", out var ids)
            ? ids.EnumerateArray().Select(i => (i.GetProperty("left").GetString()!, i.GetProperty("right").GetString()!)).ToList()
            : new List<(string, string)>();
        StatementDefinition? definition = null;
        definition = new StatementDefinition(root.GetProperty("title").GetString()!, st.GetProperty("namespace").GetString()!, kind, periodType, titles, namespaces, concepts, identities,
            (period, facts) => GenericStatement.FromFacts(definition!, period, facts));
        return definition;
    }
}
