using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Facts;

/// <summary>The unit of a numeric fact from its data type (US dollars: the filings read are SEC filings).</summary>
internal static class Units
{
    public static Unit? For(ConceptDataType type) => type switch
    {
        ConceptDataType.Monetary => Unit.Usd,
        ConceptDataType.PerShare => Unit.UsdPerShare,
        ConceptDataType.Shares => Unit.Shares,
        ConceptDataType.Pure => Unit.Pure,
        _ => null,
    };
}
