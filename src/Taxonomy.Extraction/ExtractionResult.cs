using Taxonomy.Statements;
using Taxonomy.Validation;

namespace Taxonomy.Extraction;

/// <summary>What extracting one filing produced.</summary>
public sealed record ExtractionResult
{
    /// <summary>The input's name as given in <see cref="ExtractionOptions.SourceName"/>.</summary>
    public required string SourceName { get; init; }

    /// <summary>Every fact, with namespaces and taxonomy, ready for xBRL-JSON. Facts carry provenance.</summary>
    public required Report Report { get; init; }

    /// <summary>The typed statements, one per statement and period column, document and entity information included.</summary>
    public required IReadOnlyList<IStatement> Statements { get; init; }

    /// <summary>Extraction diagnostics (dropped noise, ambiguities, recovered cells, inferred headers) and validation findings.</summary>
    public required IReadOnlyList<ValidationFinding> Findings { get; init; }

    /// <summary>True when any finding is an error.</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);
}
