namespace Taxonomy.Extraction.Facts;

/// <summary>
/// One pass over a table's rows after each labelled row has its concept: it rereads a row in the light of the rows
/// around it (a bare "Total", a deduction above it, the total printed below it) and rewrites
/// <see cref="RowRewriteContext.Concepts"/> in place. The passes run in the order <see cref="RowConceptRewrites"/> lists.
/// </summary>
internal interface IRowConceptRewrite
{
    /// <summary>Rewrites the row concepts of <paramref name="context"/> in place, reporting what it decided there.</summary>
    void Apply(RowRewriteContext context);
}
