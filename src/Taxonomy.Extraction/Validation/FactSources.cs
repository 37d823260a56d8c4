using System.Runtime.InteropServices;
using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Validation;

/// <summary>
/// Where facts were printed (which table, and which statement's table) and which extension concepts the solver found
/// to be components of which totals: what validation needs to tell a real calculation error from a check that does not
/// apply.
/// </summary>
internal sealed class FactSources
{
    private readonly Dictionary<(QName, Period), List<int>> _tables = [];
    private readonly List<(QName Extension, QName Parent)> _extensionParents = [];
    private readonly HashSet<(StatementDefinition, Period)> _columns = [];
    private readonly Dictionary<int, StatementDefinition> _statements = [];
    private readonly HashSet<(QName, Period)> _withheld = [];

    /// <summary>
    /// Records one table's facts. <paramref name="statement"/> is the statement the table was read as (null for a table
    /// of no known statement): the periods of its facts are that statement's printed columns.
    /// </summary>
    public void AddTable(int table, IEnumerable<Fact> facts, IReadOnlyDictionary<QName, QName> extensionParents, StatementDefinition? statement = null)
    {
        if (statement is not null) _statements[table] = statement;
        foreach (var fact in facts)
        {
            // One lookup for a fact seen before or not (each hashes the concept and the period).
            ref var list = ref CollectionsMarshal.GetValueRefOrAddDefault(_tables, (fact.Concept, fact.Period), out _);
            list ??= new List<int>(1);
            if (!list.Contains(table)) list.Add(table);
            if (statement is not null) _columns.Add((statement, fact.Period));
        }
        // One extension name may be a component of different totals in different tables (a balance sheet's "accrued
        // revenue share" and the cash flow's change in it share a label): each table's parent counts.
        foreach (var (extension, parent) in extensionParents)
        {
            if (!_extensionParents.Contains((extension, parent))) _extensionParents.Add((extension, parent));
        }
    }

    /// <summary>The first table a fact was printed in, or null for a fact stated only in prose.</summary>
    public int? TableOf(QName concept, Period period) => _tables.TryGetValue((concept, period), out var t) ? t[0] : null;

    /// <summary>Every table a fact was printed in (a closing cash balance both the balance sheet and the cash flow print), in document order.</summary>
    public IReadOnlyList<int> TablesOf(QName concept, Period period) => _tables.TryGetValue((concept, period), out var t) ? t : Array.Empty<int>();

    /// <summary>Whether <paramref name="table"/> prints a fact of <paramref name="concept"/> for <paramref name="period"/>.</summary>
    public bool PrintedIn(QName concept, Period period, int table) => _tables.TryGetValue((concept, period), out var t) && t.Contains(table);

    /// <summary>Records a fact the document prints but extraction withheld (its printings disagree): a calculation it belongs to is undecided, not wrong.</summary>
    public void Withhold(QName concept, Period period) => _withheld.Add((concept, period));

    /// <summary>Whether a fact of <paramref name="concept"/> for <paramref name="period"/> was printed but withheld.</summary>
    public bool IsWithheld(QName concept, Period period) => _withheld.Contains((concept, period));

    /// <summary>The statement a table was read as, or null when it is of no known statement.</summary>
    public StatementDefinition? StatementOf(int table) => _statements.GetValueOrDefault(table);

    /// <summary>The extension concepts that are components of <paramref name="total"/>.</summary>
    public IEnumerable<QName> ExtensionsOf(QName total) => _extensionParents.Where(p => p.Parent == total).Select(p => p.Extension);

    /// <summary>
    /// Whether the document prints <paramref name="period"/> as a column of a table read as <paramref name="statement"/>.
    /// A statement assembled only from facts other statements or the prose report (a cash flow's opening cash balance on
    /// the balance sheet's date, a quarter only the income statement prints) is not one the document presents.
    /// </summary>
    public bool Presents(StatementDefinition statement, Period period) => _columns.Contains((statement, period));

}
