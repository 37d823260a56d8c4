using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// A statement of comprehensive income that splits comprehensive income between the noncontrolling interests and the
/// parent ("Comprehensive income 820 / Less: comprehensive income attributable to noncontrolling interests (28) /
/// Comprehensive income attributable to Acme Corp. 792") totals the consolidated amounts above that split: its net income
/// includes the noncontrolling interests' share, and its comprehensive income before the split is not the parent's.
/// The comprehensive income above the split is not reported as the parent's (the schema has no consolidated item for it
/// yet); the net income at the top is the consolidated net income (<c>ProfitLoss</c>) when it and the other
/// comprehensive income foot to that comprehensive income in every column, and is not reported otherwise. A table that
/// prints the noncontrolling interests' share of net income itself (a combined statement) is left to the rules that
/// read that share.
/// </summary>
internal sealed class ComprehensiveIncomeShares : IRowConceptRewrite
{
    public void Apply(RowRewriteContext context)
    {
        if (context.Table.Table.Kind != StatementKind.IncomeStatement || context.Statement is not { } statement) return;
        var (rows, concepts) = (context.Rows, context.Concepts);
        int split = -1;
        for (int r = 0; r < rows.Count && split < 0; r++)
        {
            if (rows[r].Values.Count > 0 && NamesNoncontrollingComprehensiveIncome(rows[r].Label)) split = r;
        }
        if (split < 0) return;
        if (concepts.Any(c => c?.Definition is { } d && ParentShare.IsNoncontrollingShare(d) && !ComprehensiveIncomeSection.IsComprehensiveIncomeItem(d.Concept))) return;
        int consolidated = -1, otherTotal = -1, netIncome = -1;
        for (int r = 0; r < split; r++)
        {
            if (concepts[r]?.Definition is not { } item) continue;
            switch (item.Concept.LocalName)
            {
                case "ComprehensiveIncomeNetOfTax":
                    consolidated = r;
                    concepts[r] = null;
                    context.Settled.Add(r);
                    context.ReportRow(r, $"is printed above {context.Quoted(split)}: it is the comprehensive income including the noncontrolling interests' share, not {item.Concept}; not reported");
                    break;
                case "OtherComprehensiveIncomeLossNetOfTax":
                    otherTotal = r;
                    break;
                case "NetIncomeLoss":
                    if (netIncome < 0) netIncome = r;
                    break;
            }
        }
        if (netIncome < 0 || concepts[netIncome] is not { } net) return;
        var profitLoss = statement.FindProperty("ProfitLoss");
        bool foots = profitLoss is not null && consolidated > netIncome && otherTotal > netIncome && otherTotal < consolidated
            && !concepts.Any(c => c?.Concept == profitLoss.Concept) && FootsInEveryColumn(context, netIncome, otherTotal, consolidated);
        context.Settled.Add(netIncome);
        if (!foots)
        {
            concepts[netIncome] = null;
            context.ReportRow(netIncome, $"heads a statement that splits comprehensive income at {context.Quoted(split)}: it includes the noncontrolling interests' share, not {net.Concept}; not reported");
            return;
        }
        concepts[netIncome] = net with { Concept = profitLoss!.Concept, Label = profitLoss.Labels.Standard, Definition = profitLoss,
            Note = $"'{rows[netIncome].Label}' heads a statement that splits comprehensive income between the noncontrolling interests and the parent: the consolidated net income" };
        context.ReportRow(netIncome, $"heads a statement that splits comprehensive income at {context.Quoted(split)} and foots with the other comprehensive income to the comprehensive income before it: reported as the consolidated net income ({profitLoss.Concept}), not {net.Concept}");
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
