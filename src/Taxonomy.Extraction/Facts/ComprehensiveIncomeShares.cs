using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// A statement of comprehensive income that splits comprehensive income between the noncontrolling interests and the
/// parent ("Comprehensive income 820 / Less: comprehensive income attributable to noncontrolling interests (28) /
/// Comprehensive income attributable to Acme Corp. 792") totals the consolidated amounts above that split: its net income
/// includes the noncontrolling interests' share, and its comprehensive income before the split is not the parent's.
/// When the comprehensive income above the split less the noncontrolling interests' share foots to the line under it in
/// every column, the three are the consolidated comprehensive income, the noncontrolling interests' share and the
/// parent's; otherwise none of them is reported. The net income at the top is the consolidated net income
/// (<c>ProfitLoss</c>) when it and the other comprehensive income foot to the consolidated comprehensive income in every
/// column, and is not reported otherwise. A table that prints the noncontrolling interests' share of net income itself
/// (a combined statement) leaves its net income lines to the rules that read that share.
/// </summary>
internal sealed class ComprehensiveIncomeShares : IRowConceptRewrite
{
    private const string Consolidated = "ComprehensiveIncomeNetOfTaxIncludingPortionAttributableToNoncontrollingInterest";

    private const string Share = "ComprehensiveIncomeNetOfTaxAttributableToNoncontrollingInterest";

    private const string Parent = "ComprehensiveIncomeNetOfTax";

    public void Apply(RowRewriteContext context)
    {
        if (context.Table.Table.Kind != StatementKind.IncomeStatement || context.Statement is not { } statement) return;
        var (rows, concepts) = (context.Rows, context.Concepts);
        int split = -1;
        for (int r = 0; r < rows.Count && split < 0; r++)
        {
            if (rows[r].Values.Count > 0 && NamesNoncontrollingComprehensiveIncome(rows[r].Label)) split = r;
        }
        // The split printed under a caption ("Comprehensive income attributable to:" / "Noncontrolling interests" / "Acme
        // Corp. shareholders"): its lines are the two shares, the comprehensive income above it the consolidated amount.
        AttributionCaption.Split? captioned = null;
        for (int r = 0; r < rows.Count && split < 0; r++)
        {
            if (!ComprehensiveIncomeSection.NamesComprehensiveIncome(rows[r].Label) || AttributionCaption.At(context, r) is not { } caption) continue;
            captioned = caption;
            split = caption.Share;
        }
        if (split < 0) return;
        int top = captioned?.Caption ?? split;
        int consolidated = -1, otherTotal = -1, netIncome = -1;
        for (int r = 0; r < top; r++)
        {
            switch (concepts[r]?.Definition?.Concept.LocalName)
            {
                case Parent or Consolidated:
                    consolidated = r;
                    break;
                case "OtherComprehensiveIncomeLossNetOfTax":
                    otherTotal = r;
                    break;
                case "NetIncomeLoss":
                    if (netIncome < 0) netIncome = r;
                    break;
            }
        }
        if (captioned is { } c) ReadCaptioned(context, statement, consolidated, c);
        else ReadSplit(context, statement, consolidated, split);
        if (concepts.Any(c => c?.Definition is { } d && ParentShare.IsNoncontrollingShare(d) && !ComprehensiveIncomeSection.IsComprehensiveIncomeItem(d.Concept))) return;
        if (netIncome < 0 || concepts[netIncome] is not { } net) return;
        var profitLoss = statement.FindProperty("ProfitLoss");
        bool foots = profitLoss is not null && consolidated > netIncome && otherTotal > netIncome && otherTotal < consolidated
            && !concepts.Any(c => c?.Concept == profitLoss.Concept) && FootsInEveryColumn(context, netIncome, otherTotal, consolidated);
        context.Settled.Add(netIncome);
        if (!foots)
        {
            concepts[netIncome] = null;
            context.ReportRow(netIncome, $"heads a statement that splits comprehensive income at {context.Quoted(top)}: it includes the noncontrolling interests' share, not {net.Concept}; not reported");
            return;
        }
        concepts[netIncome] = net with { Concept = profitLoss!.Concept, Label = profitLoss.Labels.Standard, Definition = profitLoss,
            Note = $"'{rows[netIncome].Label}' heads a statement that splits comprehensive income between the noncontrolling interests and the parent: the consolidated net income" };
        context.ReportRow(netIncome, $"heads a statement that splits comprehensive income at {context.Quoted(top)} and foots with the other comprehensive income to the comprehensive income before it: reported as the consolidated net income ({profitLoss.Concept}), not {net.Concept}");
    }

    /// <summary>
    /// Reads the comprehensive income above the split, the noncontrolling interests' share and the line under it as the
    /// consolidated, the noncontrolling and the parent's comprehensive income when they foot; otherwise withholds the lines
    /// read as comprehensive income items.
    /// </summary>
    private static void ReadSplit(RowRewriteContext context, StatementDefinition statement, int consolidated, int split)
    {
        var (rows, concepts) = (context.Rows, context.Concepts);
        int parent = split + 1;
        while (parent < rows.Count && rows[parent].Values.Count == 0) parent++;
        if (parent == rows.Count) parent = -1;
        var (total, share, own) = (statement.FindProperty(Consolidated), statement.FindProperty(Share), statement.FindProperty(Parent));
        bool read = total is not null && share is not null && own is not null && consolidated >= 0 && parent >= 0 && IsParentsLine(context, parent, own!)
            && !concepts.Where((c, r) => r != consolidated && r != split && r != parent).Any(c => c?.Concept == total!.Concept || c?.Concept == share!.Concept || c?.Concept == own!.Concept)
            && Footing.WherePrinted(context.Value, rows[parent].Values.Count, parent, [new(consolidated), new(split, Share: true)]);
        if (!read)
        {
            string why = consolidated < 0 || parent < 0
                ? "the statement prints no comprehensive income above it and under it to read it with"
                : $"{context.Quoted(consolidated)} less it does not foot to {context.Quoted(parent)}";
            Withhold(context, [consolidated, split, parent], $"at {context.Quoted(split)}", why);
            return;
        }
        Decide(context, consolidated, total!, $"is printed above {context.Quoted(split)}: reported as the comprehensive income including the noncontrolling interests' share ({total!.Concept})");
        Decide(context, split, share!, $"is the noncontrolling interests' share of comprehensive income: reported as {share!.Concept}");
        Decide(context, parent, own!, $"is {context.Quoted(consolidated)} less {context.Quoted(split)}: reported as the parent's comprehensive income ({own!.Concept})");
    }

    /// <summary>
    /// Reads the comprehensive income above the caption, the noncontrolling interests' line under it and the other line as
    /// the consolidated, the noncontrolling and the parent's comprehensive income when the two lines add up to the first as
    /// printed; otherwise withholds the lines read as comprehensive income items.
    /// </summary>
    private static void ReadCaptioned(RowRewriteContext context, StatementDefinition statement, int consolidated, AttributionCaption.Split split)
    {
        var concepts = context.Concepts;
        var (total, share, own) = (statement.FindProperty(Consolidated), statement.FindProperty(Share), statement.FindProperty(Parent));
        int owner = split.Owner;
        bool read = total is not null && share is not null && own is not null && consolidated >= 0 && owner >= 0
            && (concepts[owner]?.Concept == own!.Concept || concepts[owner] is { IsExtension: true })
            && !concepts.Where((c, r) => r != consolidated && r != split.Share && r != owner).Any(c => c?.Concept == total!.Concept || c?.Concept == share!.Concept || c?.Concept == own!.Concept)
            && Footing.WherePrinted(context.Value, context.Columns, consolidated, [new(split.Share), new(owner)]);
        if (!read)
        {
            string why = consolidated < 0 ? "the statement prints no comprehensive income above it to read it with"
                : owner < 0 ? "it prints other than the noncontrolling interests' line and one other owner's"
                : $"its lines do not add up to {context.Quoted(consolidated)}";
            Withhold(context, [consolidated, split.Share, owner], $"under {context.Quoted(split.Caption)}", why);
            return;
        }
        Decide(context, consolidated, total!, $"is printed above {context.Quoted(split.Caption)}: reported as the comprehensive income including the noncontrolling interests' share ({total!.Concept})");
        Decide(context, split.Share, share!, $"is the noncontrolling interests' share of comprehensive income under {context.Quoted(split.Caption)}: reported as {share!.Concept}");
        Decide(context, owner, own!, $"is {context.Quoted(consolidated)} less {context.Quoted(split.Share)}: reported as the parent's comprehensive income ({own!.Concept})");
    }

    /// <summary>Withholds the rows of a split (-1: not printed) read as comprehensive income items, saying why.</summary>
    private static void Withhold(RowRewriteContext context, int[] rows, string where, string why)
    {
        foreach (int r in rows)
        {
            if (r < 0 || context.Concepts[r]?.Definition is not { } item || !ComprehensiveIncomeSection.IsComprehensiveIncomeItem(item.Concept)) continue;
            context.Concepts[r] = null;
            context.Settled.Add(r);
            context.ReportRow(r, $"is part of the split of comprehensive income {where}, but {why}: not reported as {item.Concept}");
        }
    }

    /// <summary>The line under the split is the parent's share: the parent's item, a label naming comprehensive income and an owner's share, or no label.</summary>
    private static bool IsParentsLine(RowRewriteContext context, int row, ConceptDefinition parent)
    {
        var (label, concept) = (context.Rows[row].Label, context.Concepts[row]);
        if (concept?.Concept == parent.Concept) return true;
        if (!context.Rows[row].HasLabel) return concept is null;
        return concept is { IsExtension: true } && ComprehensiveIncomeSection.NamesComprehensiveIncome(label) && OwnerLabels.NamesAnOwnersShare(label!);
    }

    /// <summary>The row is the item: a row its label already names it keeps how that was decided.</summary>
    internal static void Decide(RowRewriteContext context, int row, ConceptDefinition item, string why)
    {
        context.Settled.Add(row);
        if (context.Concepts[row]?.Concept == item.Concept) return;
        context.Concepts[row] = RowConcept.Of(item, context.Rows[row].HasLabel ? DecisionMethod.Synonym : DecisionMethod.CalculationInferred, $"{context.Quoted(row)} {why}");
        context.ReportRow(row, why);
    }

    /// <summary>Net income plus other comprehensive income is the comprehensive income in every column that prints all three.</summary>
    private static bool FootsInEveryColumn(RowRewriteContext context, int netIncome, int otherTotal, int total)
    {
        int checkedColumns = 0;
        for (int c = 0; c < context.Columns; c++)
        {
            if (context.Value(netIncome, c) is not { } net || context.Value(otherTotal, c) is not { } other || context.Value(total, c) is not { } sum) continue;
            if (net + other != sum) return false;
            checkedColumns++;
        }
        return checkedColumns > 0;
    }

    /// <summary>A line naming the noncontrolling (minority) interests' share of comprehensive income.</summary>
    private static bool NamesNoncontrollingComprehensiveIncome(string? label) =>
        ComprehensiveIncomeSection.NamesComprehensiveIncome(label) && OwnerLabels.NamesNoncontrollingInterests(label!);
}
