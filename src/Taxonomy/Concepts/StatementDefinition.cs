using Taxonomy.Statements;

namespace Taxonomy.Concepts;

/// <summary>
/// The compiled description of one statement schema: its C# type, kind, period type, the namespaces
/// its concepts use, its line items in schema order, the identities it must satisfy, and a factory
/// that builds a typed statement from facts.
/// </summary>
public sealed class StatementDefinition
{
    /// <summary>Creates a definition; generated code calls this.</summary>
    public StatementDefinition(
        string name,
        string @namespace,
        StatementKind kind,
        PeriodType periodType,
        IReadOnlyList<string> titles,
        IReadOnlyList<KeyValuePair<string, string>> namespaces,
        IReadOnlyList<ConceptDefinition> concepts,
        IReadOnlyList<(string Left, string Right)> identities,
        Func<Period, IEnumerable<Fact>, IStatement> fromFacts)
    {
        Name = name;
        Namespace = @namespace;
        Kind = kind;
        PeriodType = periodType;
        Titles = titles;
        Namespaces = namespaces;
        Concepts = concepts;
        Identities = identities;
        _fromFacts = fromFacts;
        _byProperty = concepts.ToDictionary(c => c.PropertyName, StringComparer.Ordinal);
    }

    private readonly Func<Period, IEnumerable<Fact>, IStatement> _fromFacts;
    private readonly Dictionary<string, ConceptDefinition> _byProperty;

    /// <summary>The C# type name (the schema's <c>title</c>).</summary>
    public string Name { get; }

    /// <summary>The C# namespace of the generated type.</summary>
    public string Namespace { get; }

    /// <summary>What kind of statement this is.</summary>
    public StatementKind Kind { get; }

    /// <summary>The period type of one column of the statement.</summary>
    public PeriodType PeriodType { get; }

    /// <summary>Titles the statement is printed under in filings (e.g. "condensed consolidated balance sheets").</summary>
    public IReadOnlyList<string> Titles { get; }

    /// <summary>Prefix → namespace URI for every prefix its concepts use, in schema order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Namespaces { get; }

    /// <summary>The line items, in schema order.</summary>
    public IReadOnlyList<ConceptDefinition> Concepts { get; }

    /// <summary>Pairs of line items (property names) that must be equal, such as Assets and LiabilitiesAndStockholdersEquity.</summary>
    public IReadOnlyList<(string Left, string Right)> Identities { get; }

    /// <summary>The line item with this property name, or <see langword="null"/>.</summary>
    public ConceptDefinition? FindProperty(string propertyName) =>
        _byProperty.TryGetValue(propertyName, out var concept) ? concept : null;

    /// <summary>Builds a typed statement for <paramref name="period"/> from the facts that belong to it.</summary>
    public IStatement FromFacts(Period period, IEnumerable<Fact> facts) => _fromFacts(period, facts);

    /// <inheritdoc />
    public override string ToString() => Namespace + "." + Name;
}
