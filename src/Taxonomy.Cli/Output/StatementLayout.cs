using Taxonomy.Concepts;
using Taxonomy.Statements;

namespace Taxonomy.Cli.Output;

/// <summary>How the outputs order statements and decide which facts a statement already shows.</summary>
internal static class StatementLayout
{
    /// <summary>The statements grouped by definition (cover page first, then balance sheet, income, cash flow, others), columns latest period first.</summary>
    public static IReadOnlyList<(StatementDefinition Definition, IReadOnlyList<IStatement> Columns)> Group(IEnumerable<IStatement> statements) =>
        statements
            .GroupBy(s => s.Definition)
            .OrderBy(g => KindOrder(g.Key.Kind))
            .ThenBy(g => g.Key.ToString(), StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<IStatement>)g.OrderByDescending(s => s.Period).ToArray()))
            .ToArray();

    /// <summary>Every statement in output order.</summary>
    public static IEnumerable<IStatement> Ordered(IEnumerable<IStatement> statements) => Group(statements).SelectMany(g => g.Columns);

    /// <summary>True when some statement shows <paramref name="fact"/>'s concept for its period.</summary>
    public static bool IsShownInStatement(Fact fact, IEnumerable<IStatement> statements) =>
        statements.Any(s => s.Definition.Concepts.Any(c => c.Concept == fact.Concept && s.GetValue(c.PropertyName) is not null && PeriodOf(s.Period, c) == fact.Period));

    /// <summary>The period a line item of a statement column is reported for.</summary>
    public static Period PeriodOf(Period statementPeriod, ConceptDefinition concept) =>
        concept.PeriodType == PeriodType.Duration || statementPeriod.IsInstant
            ? statementPeriod
            : concept.PeriodAnchor == PeriodAnchor.Start ? statementPeriod.StartInstant : statementPeriod.EndInstant;

    private static int KindOrder(StatementKind kind) => kind switch
    {
        StatementKind.DocumentAndEntityInformation => 0,
        StatementKind.BalanceSheet => 1,
        StatementKind.IncomeStatement => 2,
        StatementKind.CashFlow => 3,
        _ => 4,
    };
}
