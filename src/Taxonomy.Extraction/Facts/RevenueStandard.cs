using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// Deferred revenue under the revenue standard in effect: ASC 606 (effective for public entities' fiscal years
/// beginning after 15 December 2017) renamed what filers had tagged as deferred revenue a contract liability with a
/// customer, and the us-gaap taxonomy added concepts for it. A row named only "deferred revenue" in a report whose
/// latest period ends a year after that date or later is the contract-liability concept when the statement defines
/// it; earlier reports keep the deferred-revenue concept, and so do reports inside the transition year (either
/// standard may apply there).
/// </summary>
internal sealed class RevenueStandard : IRowConceptRewrite
{
    private static readonly DateOnly Effective = new(2018, 12, 15);

    private static readonly (QName Superseded, QName Successor)[] Successions =
    [
        (QName.Parse("us-gaap:DeferredRevenueCurrent"), QName.Parse("us-gaap:ContractWithCustomerLiabilityCurrent")),
        (QName.Parse("us-gaap:DeferredRevenueNoncurrent"), QName.Parse("us-gaap:ContractWithCustomerLiabilityNoncurrent")),
        (QName.Parse("us-gaap:IncreaseDecreaseInDeferredRevenue"), QName.Parse("us-gaap:IncreaseDecreaseInContractWithCustomerLiability")),
    ];

    /// <summary>Replaces each row concept matched by its label whose successor applies to the table's periods.</summary>
    public void Apply(RowRewriteContext context)
    {
        var (statement, concepts, columns) = (context.Statement, context.Concepts, context.Table.Periods);
        if (statement is null || !columns.Any(c => c.Period is { } p && p.End >= Effective)) return;
        for (int r = 0; r < concepts.Length; r++)
        {
            if (concepts[r] is not { Method: DecisionMethod.Label or DecisionMethod.Synonym } concept) continue;
            int i = Array.FindIndex(Successions, s => s.Superseded == concept.Concept);
            if (i < 0 || statement.Concepts.FirstOrDefault(c => c.Concept == Successions[i].Successor) is not { } successor) continue;
            if (concepts.Any(c => c?.Concept == successor.Concept)) continue;
            concepts[r] = concept with
            {
                Concept = successor.Concept,
                Label = successor.Labels.Standard,
                Definition = successor,
                Note = $"'{concept.Label}' reported as {successor.Concept}: the report's periods fall under ASC 606, which names deferred revenue a contract liability",
            };
        }
    }
}
