using System.Runtime.CompilerServices;
using Taxonomy.Concepts;
using Taxonomy.Extraction.Narrative;
using Taxonomy.Extraction.Tables;

namespace Taxonomy.Extraction.Concepts;

/// <summary>
/// The indexes extraction derives from a catalog (statement titles, prose phrases, label matching). A catalog is
/// immutable, so they are built once per catalog instance and shared by every extraction that uses it.
/// </summary>
internal sealed class CatalogIndexes
{
    private static readonly ConditionalWeakTable<ConceptCatalog, CatalogIndexes> Cache = new();

    public static CatalogIndexes For(ConceptCatalog catalog) => Cache.GetValue(catalog, c => new CatalogIndexes(c));

    private CatalogIndexes(ConceptCatalog catalog)
    {
        Titles = new StatementTitles(catalog);
        Phrases = new PhraseIndex(catalog);
        Labels = new LabelMatcher(catalog);
    }

    public StatementTitles Titles { get; }
    public PhraseIndex Phrases { get; }
    public LabelMatcher Labels { get; }
}
