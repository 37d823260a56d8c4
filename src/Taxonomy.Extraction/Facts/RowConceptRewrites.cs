namespace Taxonomy.Extraction.Facts;

/// <summary>The row rewrites, in the order they run over a table whose labelled rows have their concepts.</summary>
internal static class RowConceptRewrites
{
    /// <summary>
    /// The comprehensive income section of a combined statement first: its lines are no income statement items for any
    /// pass to place, and the consolidated amounts above a split of comprehensive income between the noncontrolling
    /// interests and the parent no parent's items; a split printed under a caption ("Net income attributable to:") is read
    /// before any pass places its lines. Bare totals then, the lone revenue line of an income statement and the product and service lines under a revenue caption: the rows they settle are left alone by the placement under printed totals. A wording the
    /// schema pairs with an item of another section is that item there before superseded items take their successors
    /// (a bare "Deferred income taxes" among the liabilities frees the asset item for a superseded current deferred tax
    /// asset). A superseded item takes its successor before it is placed under a total, and a generic total the lines over it add up to as another total is that total before lines are placed under it. An item placed by a printed total (below the
    /// current-assets total, among the lines of an other-income total) takes its counterpart once generic lines are
    /// placed under the totals below them ("Other expense" is then a part of the other-income total, not the total
    /// itself) and a subtotal's wording printed beside its own items is their residual item. Net amounts under a deduction come before the parent's share (a deduction of the noncontrolling share is one), and the parent's share before the
    /// equity under the owner's name and the consolidated equity, which read the totals the passes before them decided;
    /// the common stockholders' line under deductions last, once the net income above it is the parent's share.
    /// </summary>
    public static readonly IReadOnlyList<IRowConceptRewrite> InOrder =
    [
        new ComprehensiveIncomeSection(),
        new ComprehensiveIncomeShares(),
        new CaptionedShares(),
        new BareTotals(),
        new LoneRevenueLine(),
        new ProductAndServiceLines(),
        new SectionCounterparts(),
        new SupersededItems(),
        new TotalOfItsLines(),
        new UnderPrintedTotals(),
        new TotalWordingAmongItsParts(),
        new ClassifiedItems(),
        new NetOfDeductions(),
        new ParentShare(),
        new OwnersEquity(),
        new AvailableToCommonHolders(),
        new EquityWithNoncontrolling(),
    ];

    /// <summary>Runs every rewrite over the context's row concepts, in order.</summary>
    public static void Apply(RowRewriteContext context)
    {
        foreach (var rewrite in InOrder) rewrite.Apply(context);
    }
}
