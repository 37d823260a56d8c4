using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// "Net income 1,260 / Net income attributable to: / Noncontrolling interests 40 / Acme Corp. shareholders 1,220": a
/// caption that splits an amount other than comprehensive income (which <see cref="ComprehensiveIncomeShares"/> reads)
/// between the noncontrolling interests and the other owner. When the two lines under it add up to the amount printed
/// above the caption in every column, that amount is the consolidated one (net income including the noncontrolling
/// interests' share), the noncontrolling line their share and the other line the parent's; otherwise none of the three
/// is reported as one of those items.
/// </summary>
internal sealed class CaptionedShares : IRowConceptRewrite
{
    public void Apply(RowRewriteContext context)
    {
        if (context.Table.Table.Kind != StatementKind.IncomeStatement || context.Statement is not { } statement) return;
        var rows = context.Rows;
        for (int c = 0; c < rows.Count; c++)
        {
            if (ComprehensiveIncomeSection.NamesComprehensiveIncome(rows[c].Label) || AttributionCaption.At(context, c) is not { } split) continue;
            if (context.Defined(AttributionCaption.Amount(rows[c].Label!))?.Definition is not { } named || ParentOf(statement, named) is not { } parent) continue;
            if (ParentShare.NoncontrollingShareOf(statement, parent) is not { } share || ParentShare.ConsolidatedItemsOf(statement, parent) is not [var consolidated]) continue;
            Read(context, split, AmountAbove(context, c, parent), consolidated, share, parent);
        }
    }

    private static void Read(RowRewriteContext context, AttributionCaption.Split split, int above, ConceptDefinition consolidated, ConceptDefinition share, ConceptDefinition parent)
    {
        var concepts = context.Concepts;
        int owner = split.Owner;
        QName[] items = [consolidated.Concept, share.Concept, parent.Concept];
        bool read = above >= 0 && owner >= 0
            && (concepts[owner]?.Concept == parent.Concept || concepts[owner] is { IsExtension: true })
            && (concepts[split.Share]?.Concept == share.Concept || concepts[split.Share] is { IsExtension: true })
            && !concepts.Where((c, r) => r != above && r != split.Share && r != owner).Any(c => c is not null && items.Contains(c.Concept))
            && Footing.WherePrinted(context.Value, context.Columns, above, [new(split.Share), new(owner)]);
        string caption = context.Quoted(split.Caption);
        if (!read)
        {
            string why = above < 0 ? "the statement prints no amount above it to read it with"
                : owner < 0 ? "it prints other than the noncontrolling interests' line and one other owner's"
                : $"its lines do not add up to {context.Quoted(above)}";
            foreach (int r in new[] { above, split.Share, owner })
            {
                if (r < 0 || concepts[r] is not { } item || !items.Contains(item.Concept)) continue;
                concepts[r] = null;
                context.Settled.Add(r);
                context.ReportRow(r, $"is part of the split under {caption}, but {why}: not reported as {item.Concept}");
            }
            return;
        }
        ComprehensiveIncomeShares.Decide(context, above, consolidated, $"is printed above {caption}, whose lines add up to it: reported as the amount including the noncontrolling interests' share ({consolidated.Concept})");
        ComprehensiveIncomeShares.Decide(context, split.Share, share, $"is the noncontrolling interests' share under {caption}: reported as {share.Concept}");
        ComprehensiveIncomeShares.Decide(context, owner, parent, $"is {context.Quoted(above)} less {context.Quoted(split.Share)} under {caption}: reported as the parent's share ({parent.Concept})");
    }

    /// <summary>The item the caption's amount is the parent's share of: the one of the same amount a noncontrolling share is deducted from.</summary>
    private static ConceptDefinition? ParentOf(StatementDefinition statement, ConceptDefinition named) =>
        statement.Concepts.Where(c => c.DataType == named.DataType && ParentShare.SameAmount(c, named) && !ParentShare.IncludesNoncontrolling(c)
            && !ParentShare.IsNoncontrollingShare(c) && ParentShare.NoncontrollingShareOf(statement, c) is not null).Take(2).ToList() is [var only] ? only : null;

    /// <summary>The nearest row above the caption reading the caption's amount (its parent's or consolidated item), or -1.</summary>
    private static int AmountAbove(RowRewriteContext context, int caption, ConceptDefinition parent)
    {
        for (int r = caption - 1; r >= 0; r--)
        {
            if (context.Concepts[r]?.Definition is { } d && d.DataType == parent.DataType && ParentShare.SameAmount(d, parent) && !ParentShare.IsNoncontrollingShare(d)) return r;
        }
        return -1;
    }
}
