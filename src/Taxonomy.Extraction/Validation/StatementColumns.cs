using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Validation;

/// <summary>
/// Which columns (a statement and a period) the document has: those a table read as that statement prints, and those
/// holding a fact no such table prints (stated in prose, or in a table of no known statement). A fact of that kind is
/// given to one statement only, the first of the catalog holding its concept, a cash flow statement after every other:
/// the cash flow restates the income statement's net income and the balance sheet's cash, so a release that prints no
/// cash flow statement does not get one made of the income statement's net income.
/// </summary>
internal static class StatementColumns
{
    public static HashSet<(StatementDefinition Statement, Period Period)> Of(ConceptCatalog catalog, IReadOnlyList<Fact> facts, FactSources sources)
    {
        var columns = new HashSet<(StatementDefinition, Period)>();
        foreach (var fact in facts)
        {
            var entries = catalog.FindByConcept(fact.Concept);
            if (entries.Count == 0 || PrintedInItsStatement(fact, entries, sources)) continue;
            StatementDefinition? home = null;
            foreach (var entry in entries)
            {
                var statement = entry.Statement;
                if ((statement.PeriodType == PeriodType.Instant) != fact.Period.IsInstant) continue;
                if (home is null || (home.Kind == StatementKind.CashFlow && statement.Kind != StatementKind.CashFlow)) home = statement;
            }
            if (home is not null) columns.Add((home, fact.Period));
        }
        return columns;
    }

    private static bool PrintedInItsStatement(Fact fact, IReadOnlyList<CatalogEntry> entries, FactSources sources)
    {
        foreach (int table in sources.TablesOf(fact.Concept, fact.Period))
        {
            if (sources.StatementOf(table) is not { } statement) continue;
            foreach (var entry in entries)
            {
                if (ReferenceEquals(entry.Statement, statement)) return true;
            }
        }
        return false;
    }
}
