using Taxonomy.Concepts;
using Taxonomy.Statements;

namespace Taxonomy.Validation;

/// <summary>One reported numeric line item of a typed statement, with the period its fact is for.</summary>
internal sealed record StatementItem(int StatementIndex, IStatement Statement, ConceptDefinition Concept, Period Period, INumericAmount Amount)
{
    /// <summary>The reported numeric items of a statement, in schema order.</summary>
    public static IEnumerable<StatementItem> Of(int index, IStatement statement)
    {
        var concepts = statement.Definition.Concepts;
        for (int i = 0; i < concepts.Count; i++)
        {
            if (statement.GetValueAt(i) is INumericAmount amount)
                yield return new StatementItem(index, statement, concepts[i], FactPeriod(concepts[i], statement.Period), amount);
        }
    }

    /// <summary>
    /// The period of an item's fact: the statement's period, except that an instant item in a duration statement
    /// is at the period's end (or, anchored at the start, the day before its first day).
    /// </summary>
    public static Period FactPeriod(ConceptDefinition concept, Period statementPeriod) =>
        concept.PeriodType == PeriodType.Instant && !statementPeriod.IsInstant
            ? concept.PeriodAnchor == PeriodAnchor.Start ? statementPeriod.StartInstant : statementPeriod.EndInstant
            : statementPeriod;

    /// <summary>Where the item is, for messages: "Revenues in Widgets.Statements.WidgetIncome".</summary>
    public string Describe() => $"{Concept.Labels.Standard} ({Concept.Concept}) in {Statement.Definition}";
}
