namespace Taxonomy;

/// <summary>How a fact's concept, period or value was decided.</summary>
public enum DecisionMethod
{
    /// <summary>The row label matched a concept's standard, terse or total label.</summary>
    Label,
    /// <summary>The row label matched one of a concept's synonyms.</summary>
    Synonym,
    /// <summary>No usable label: the concept was solved from the calculation network.</summary>
    CalculationInferred,
    /// <summary>Confirmed by (or taken from) an amount stated in the narrative.</summary>
    NarrativeMatched,
    /// <summary>The column header was missing and the period was inferred from the document.</summary>
    HeaderInferred,
    /// <summary>A lost cell recovered from the calculation and a second printing or the narrative.</summary>
    ValueRecovered,
    /// <summary>A line item the taxonomy lacks, reported under a company extension concept.</summary>
    Extension,
    /// <summary>Stated in the document header or cover page.</summary>
    DocumentHeader,
}

/// <summary>A place in the source document: 1-based line and column, 0-based character offset and length.</summary>
public readonly record struct SourceSpan(int Line, int Column, int Offset, int Length)
{
    /// <inheritdoc />
    public override string ToString() => $"{Line}:{Column}";
}

/// <summary>Where a fact came from and how each part of it was decided.</summary>
public sealed record Provenance(SourceSpan Span, string Text, EquatableList<DecisionMethod> Methods, string? Note = null);
