using Taxonomy.Concepts;
using Taxonomy.Validation;

namespace Taxonomy.Statements;

/// <summary>A typed statement: one period column of a balance sheet, income statement, and so on.</summary>
public interface IStatement
{
    /// <summary>What the statement's line items are.</summary>
    StatementDefinition Definition { get; }

    /// <summary>The period of this column.</summary>
    Period Period { get; }

    /// <summary>The value of a line item by property name: an <see cref="INumericAmount"/>, a string, a <see cref="DateOnly"/>, or <see langword="null"/> when absent.</summary>
    object? GetValue(string propertyName);

    /// <summary>
    /// The value of the line item at <paramref name="index"/> in <see cref="StatementDefinition.Concepts"/>, as
    /// <see cref="GetValue(string)"/> answers it. Generated statements answer by position (no lookup of the name).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is not that of an item of the statement.</exception>
    object? GetValueAt(int index) => GetValue(Definition.Concepts[index].PropertyName);

    /// <summary>The statement's values as XBRL facts for <paramref name="entity"/>, monetary items in <paramref name="currency"/>.</summary>
    IReadOnlyList<Fact> ToFacts(Entity entity, string currency = "USD");

    /// <summary>Applies the statement's validation rules (calculations, identities, signs, required items, per-share ratios).</summary>
    IReadOnlyList<ValidationFinding> Validate();
}

/// <summary>A typed statement that can be built from facts.</summary>
public interface IStatement<TSelf> : IStatement where TSelf : IStatement<TSelf>
{
    /// <summary>The compiled description of the statement (the same object as the instance <see cref="IStatement.Definition"/>).</summary>
    static abstract StatementDefinition Metadata { get; }

    /// <summary>Builds the statement for <paramref name="period"/> from the facts that match its concepts and period.</summary>
    static abstract TSelf FromFacts(Period period, IEnumerable<Fact> facts);
}
