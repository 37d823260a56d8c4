using Taxonomy.Concepts;

namespace Taxonomy.Extraction;

/// <summary>Settings for one extraction.</summary>
public sealed record ExtractionOptions
{
    /// <summary>The filer's CIK, overriding whatever the document says (or supplying it when it says nothing).</summary>
    public string? Cik { get; init; }

    /// <summary>The concepts to recognise rows with; defaults to every registered statement.</summary>
    public ConceptCatalog? Catalog { get; init; }

    /// <summary>A name for the input in findings and reports (a file name); never an absolute path in output.</summary>
    public string? SourceName { get; init; }
}
