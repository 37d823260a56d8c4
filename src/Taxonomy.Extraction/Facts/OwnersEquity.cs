using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// "Total Acme Corp. stockholders' equity 2,850 / Noncontrolling interests 150 / Total equity 3,000": a line naming the
/// parent's equity with its owner's name inserted matches no line item by its label. When the line under it is the
/// noncontrolling interests and the one under that the consolidated equity they add up to, it is the parent's equity.
/// One of the two lines under it may have lost its label: it is then the item the other two leave, when the three foot.
/// </summary>
internal sealed class OwnersEquity : IRowConceptRewrite
{
    /// <summary>Rereads each owner-named equity line above the noncontrolling interests and the consolidated equity.</summary>
    public void Apply(RowRewriteContext context)
    {
        if (context.Statement is not { } statement) return;
        var (rows, concepts, value) = (context.Rows, context.Concepts, context.Value);
        for (int r = 0; r + 2 < rows.Count; r++)
        {
            if (concepts[r] is not { IsExtension: true } || rows[r].Label is not { } label) continue;
            bool shareUnlabelled = Unlabelled(context, r + 1), totalUnlabelled = Unlabelled(context, r + 2);
            if (shareUnlabelled && totalUnlabelled) continue;
            var consolidated = totalUnlabelled ? null : concepts[r + 2]?.Definition;
            var share = shareUnlabelled ? null : concepts[r + 1]?.Definition;
            var candidates = EquityWithNoncontrolling.Consolidated(statement)
                .Where(c => (consolidated is null || c == consolidated) && (share is null || c.Calculation.Any(ch => ch.PropertyName == share.PropertyName && ch.Weight > 0)))
                .ToList();
            if (candidates is not [var item] || consolidated is null && share is null) continue;
            share ??= item.Calculation.Where(ch => ch.Weight > 0).Select(ch => statement.FindProperty(ch.PropertyName))
                .FirstOrDefault(c => c is not null && ParentShare.IsNoncontrollingShare(c!));
            if (share is null || !item.Calculation.Any(ch => ch.PropertyName == share.PropertyName && ch.Weight > 0)) continue;
            var parent = item.Calculation.Where(ch => ch.PropertyName != share.PropertyName && ch.Weight > 0)
                .Select(ch => statement.FindProperty(ch.PropertyName)).FirstOrDefault();
            if (parent is null || !OwnerLabels.NamesItemWithOwner(label, parent)) continue;
            if (concepts.Any(c => c?.Concept == parent.Concept || (shareUnlabelled && c?.Concept == share.Concept) || (totalUnlabelled && c?.Concept == item.Concept))) continue;
            if (!Footing.WherePrinted(value, rows[r + 2].Values.Count, r + 2, [new(r), new(r + 1)])) continue;
            if (shareUnlabelled) Decide(context, r + 1, share, $"between '{label}' and '{rows[r + 2].Label}' is their difference: reported as {share.Concept}");
            if (totalUnlabelled) Decide(context, r + 2, item, $"under '{label}' and '{rows[r + 1].Label}' is their sum: reported as {item.Concept}");
            concepts[r] = RowConcept.Of(parent, DecisionMethod.Synonym,
                $"'{label}' adds {context.Quoted(r + 1)} up to {context.Quoted(r + 2)}: the parent's equity");
            context.ReportRow(r, $"and {context.Quoted(r + 1)} add up to {context.Quoted(r + 2)}: reported as the parent's equity ({parent.Concept})");
        }
    }

    /// <summary>Whether the row lost its label and no pass decided it yet.</summary>
    private static bool Unlabelled(RowRewriteContext context, int row) =>
        context.Concepts[row] is null && context.Rows[row] is { HasLabel: false, Values.Count: > 0 };

    private static void Decide(RowRewriteContext context, int row, ConceptDefinition item, string why)
    {
        context.Concepts[row] = RowConcept.Of(item, DecisionMethod.CalculationInferred, why);
        context.ReportRow(row, why);
    }
}
