using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Facts;

/// <summary>The unit of a numeric fact from its data type (US dollars: the filings read are SEC filings).</summary>
internal static class Units
{
    /// <summary>The unit of a numeric fact from its data type, money in the currency <paramref name="currency"/> (an ISO 4217 code).</summary>
    public static Unit? For(ConceptDataType type, string currency) => currency == "USD" ? For(type) : type switch
    {
        ConceptDataType.Monetary => Unit.Currency(currency),
        ConceptDataType.PerShare => Unit.PerShare(currency),
        _ => For(type),
    };

    public static Unit? For(ConceptDataType type) => type switch
    {
        ConceptDataType.Monetary => Unit.Usd,
        ConceptDataType.PerShare => Unit.UsdPerShare,
        ConceptDataType.Shares => Unit.Shares,
        ConceptDataType.Pure => Unit.Pure,
        _ => null,
    };
}
