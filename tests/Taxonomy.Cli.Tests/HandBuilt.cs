using Taxonomy.Concepts;
using Taxonomy.Extraction;
using Taxonomy.Statements;
using Taxonomy.Validation;

namespace Taxonomy.Cli.Tests;

/// <summary>A typed statement built by hand, so the formatters can be tested without the generator or the extractor.</summary>
internal sealed class HandBuiltStatement(StatementDefinition definition, Period period, IReadOnlyDictionary<string, object> values) : IStatement
{
    public StatementDefinition Definition => definition;

    public Period Period => period;

    public object? GetValue(string propertyName) => values.TryGetValue(propertyName, out var v) ? v : null;

    public IReadOnlyList<Fact> ToFacts(Entity entity, string currency = "USD") => throw new NotSupportedException();

    public IReadOnlyList<ValidationFinding> Validate() => [];
}

/// <summary>Hand-built definitions, statements and extraction results with known numbers.</summary>
internal static class HandBuilt
{
    public static readonly Entity Entity = Entity.Cik("1234567");
    public static readonly Period Current = Period.Duration(new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30));
    public static readonly Period Prior = Period.Duration(new DateOnly(2025, 7, 1), new DateOnly(2025, 9, 30));

    public static ConceptDefinition Concept(string property, string label, ConceptDataType type, BalanceType balance = BalanceType.None, params CalculationChild[] calculation) => new()
    {
        PropertyName = property,
        Concept = new QName("us-gaap", property),
        DataType = type,
        PeriodType = PeriodType.Duration,
        Balance = balance,
        Labels = new ConceptLabels(label, null, null, null, EquatableList<string>.Empty),
        Calculation = new EquatableList<CalculationChild>(calculation),
    };

    public static readonly StatementDefinition Income = new(
        "MiniIncome", "Test.Statements", StatementKind.IncomeStatement, PeriodType.Duration,
        ["Statements of Operations"],
        [new("us-gaap", "http://fasb.org/us-gaap/2024")],
        [
            Concept("Revenues", "Revenues, net", ConceptDataType.Monetary, BalanceType.Credit),
            Concept("OperatingExpenses", "Operating expenses", ConceptDataType.Monetary, BalanceType.Debit),
            Concept("NetIncomeLoss", "Net income (loss)", ConceptDataType.Monetary, BalanceType.Credit,
                new CalculationChild("Revenues", 1), new CalculationChild("OperatingExpenses", -1)),
            Concept("EarningsPerShareBasicAndDiluted", "Earnings per share, basic and diluted", ConceptDataType.PerShare),
        ],
        [],
        (_, _) => throw new NotSupportedException());

    public static IStatement Statement(Period period, decimal revenues, decimal expenses, decimal eps) => new HandBuiltStatement(Income, period, new Dictionary<string, object>
    {
        ["Revenues"] = new MonetaryAmount(revenues, -3),
        ["OperatingExpenses"] = new MonetaryAmount(expenses, -3),
        ["NetIncomeLoss"] = new MonetaryAmount(revenues - expenses, -3),
        ["EarningsPerShareBasicAndDiluted"] = new PerShareAmount(eps, 2),
    });

    public static Fact Money(string concept, Period period, decimal value, int line, int column, params DecisionMethod[] methods) => new()
    {
        Concept = QName.Parse(concept),
        Entity = Entity,
        Period = period,
        NumericValue = value,
        Decimals = -3,
        Unit = Unit.Usd,
        Provenance = new Provenance(new SourceSpan(line, column, line * 100 + column, 6), value.ToString(System.Globalization.CultureInfo.InvariantCulture), new EquatableList<DecisionMethod>(methods)),
    };

    /// <summary>Two columns of MiniIncome, their facts, an extension fact no statement shows, and two findings.</summary>
    public static ExtractionResult Result()
    {
        var facts = new[]
        {
            Money("us-gaap:Revenues", Current, 6_126_000m, 40, 20, DecisionMethod.Label),
            Money("us-gaap:Revenues", Prior, 11_425_000m, 40, 30, DecisionMethod.Label),
            Money("us-gaap:OperatingExpenses", Current, 15_538_000m, 41, 20, DecisionMethod.Synonym),
            Money("us-gaap:OperatingExpenses", Prior, 13_258_000m, 41, 30, DecisionMethod.Synonym),
            Money("us-gaap:NetIncomeLoss", Current, -9_412_000m, 42, 20, DecisionMethod.Label, DecisionMethod.NarrativeMatched),
            Money("us-gaap:NetIncomeLoss", Prior, -1_833_000m, 42, 30, DecisionMethod.Label),
            Money("ext:WidgetFees", Current, 2_223_000m, 39, 20, DecisionMethod.Extension),
        };
        return new ExtractionResult
        {
            SourceName = "mini.txt",
            Report = new Report([new("us-gaap", "http://fasb.org/us-gaap/2024")], [], facts),
            Statements = [Statement(Prior, 11_425_000m, 13_258_000m, -0.02m), Statement(Current, 6_126_000m, 15_538_000m, -0.19m)],
            Findings =
            [
                new ValidationFinding { RuleId = "extract.noise", Severity = Severity.Info, Message = "Dropped a page footer.", Span = new SourceSpan(38, 1, 3801, 11) },
                new ValidationFinding { RuleId = RuleIds.CalculationSummation, Severity = Severity.Error, Concept = new QName("us-gaap", "NetIncomeLoss"), Period = Current, Expected = -9_412_000m, Actual = -9_400_000m, Message = "Net income (loss) does not foot." },
            ],
        };
    }
}
