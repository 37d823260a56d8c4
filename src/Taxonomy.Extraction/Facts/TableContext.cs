using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;
using Taxonomy.Extraction.Narrative;
using Taxonomy.Extraction.Periods;
using Taxonomy.Extraction.Tables;

namespace Taxonomy.Extraction.Facts;

/// <summary>Everything decided about one table before its facts are built: statement, column periods, scale, entity.</summary>
internal sealed record TableContext(
    StatementTable Table,
    StatementDefinition? Statement,
    IReadOnlyList<ColumnPeriod> Periods,
    TableScale Scale,
    Entity Entity,
    ExtensionNamer Namer,
    IReadOnlyList<ProseAmount> Prose,
    Loading.SourceText Source);
