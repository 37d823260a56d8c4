using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;
using Taxonomy.Extraction.Tables;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// "Profit of consolidated companies 1,000 / Less: profit attributable to noncontrolling interests (10) / Profit 990":
/// the line printed right under the deduction of the noncontrolling interests' share is the parent's share, even when its
/// label alone names the consolidated amount (the amount including that share). It takes the line item the catalog
/// computes by subtracting the noncontrolling share; the consolidated amount above the deduction, when it foots and names
/// no line item itself, takes the consolidated line item.
/// </summary>
internal sealed class ParentShare : IRowConceptRewrite
{
    /// <summary>Rereads each consolidated row under a deduction of the noncontrolling share, reporting each row it changed.</summary>
    public void Apply(RowRewriteContext context)
    {
        var (statement, rows, concepts, value) = (context.Statement, context.Rows, context.Concepts, context.Value);
        if (statement is null) return;
        OwnersShareUnderDeduction(context, statement);
        ConsolidatedAboveShare(context, statement);
        for (int r = 1; r < rows.Count; r++)
        {
            if (concepts[r] is not { Definition: { } consolidated } row || !IncludesNoncontrolling(consolidated)) continue;
            var less = rows[r - 1];
            if (!less.HasLabel || !DeductsNoncontrolling(less.Label!)) continue;
            var parents = statement.Concepts.Where(c => c.Concept != consolidated.Concept && c.DataType == consolidated.DataType
                && SameAmount(c, consolidated) && NoncontrollingSharesOf(statement, c).Any()).ToList();
            if (parents.Count != 1 || concepts.Any(c => c?.Concept == parents[0].Concept))
            {
                concepts[r] = null;
                context.ReportRow(r, $"follows '{less.Label}': it is the parent's share, not {consolidated.Concept}, and the table names no single line item for it; not reported");
                continue;
            }
            var parent = parents[0];
            concepts[r] = RowConcept.Of(parent, DecisionMethod.Synonym,
                $"'{rows[r].Label}' follows '{less.Label}': the parent's share");
            context.ReportRow(r, $"follows '{less.Label}': reported as the parent's share ({parent.Concept}), not {consolidated.Concept}");
            var share = NoncontrollingSharesOf(statement, parent).FirstOrDefault();
            if (share is not null && concepts[r - 1] is { IsExtension: true } && !concepts.Any(c => c?.Concept == share.Concept))
            {
                concepts[r - 1] = RowConcept.Of(share, DecisionMethod.Synonym,
                    $"'{less.Label}' deducts the noncontrolling interests' share");
            }
            if (r >= 2 && concepts[r - 2] is { IsExtension: true } && rows[r - 2].HasLabel
                && Footing.WherePrinted(value, rows[r].Values.Count, r, [new(r - 2), new(r - 1, Optional: true, Share: true)]))
            {
                concepts[r - 2] = RowConcept.Of(consolidated, DecisionMethod.Synonym,
                    $"'{rows[r - 2].Label}' is the consolidated amount before '{less.Label}'");
            }
        }
    }

    /// <summary>
    /// "Net income including noncontrolling interests 960 / Less: net income attributable to noncontrolling interests (12) /
    /// Net income attributable to Acme Corp. 948": the line naming an owner's share (not the common stockholders', whose
    /// deduction may be preferred dividends) under a labelled deduction of the noncontrolling share is the parent's share
    /// when the line above is the consolidated amount and foots to it. The line above may have lost its label: it is then the
    /// consolidated amount by that footing.
    /// </summary>
    private static void OwnersShareUnderDeduction(RowRewriteContext context, StatementDefinition statement)
    {
        var (rows, concepts, value) = (context.Rows, context.Concepts, context.Value);
        for (int r = 2; r < rows.Count; r++)
        {
            if (concepts[r] is not { IsExtension: true } || rows[r].Label is not { } label || !OwnerLabels.NamesAnOwnersShare(label) || OwnerLabels.NamesCommonHolders(label)) continue;
            if (!rows[r - 1].HasLabel || concepts[r - 1]?.Definition is not { } share || !IsNoncontrollingShare(share)) continue;
            bool unlabelledAbove = concepts[r - 2] is null && rows[r - 2] is { HasLabel: false, Values.Count: > 0 };
            bool consolidatedAbove = concepts[r - 2]?.Definition is { } above && IncludesNoncontrolling(above);
            if (!unlabelledAbove && !consolidatedAbove) continue;
            var parents = statement.Concepts.Where(c => !IncludesNoncontrolling(c) && c.DataType == share.DataType
                && c.Calculation.Any(child => child.Weight < 0 && child.PropertyName == share.PropertyName)).ToList();
            if (parents is not [var parent] || concepts.Any(c => c?.Concept == parent.Concept)) continue;
            var consolidated = ConsolidatedItemsOf(statement, parent);
            if (consolidated is not [var item] || unlabelledAbove && concepts.Any(c => c?.Concept == item.Concept)) continue;
            if (consolidatedAbove && concepts[r - 2]!.Concept != item.Concept) continue;
            if (!Footing.WherePrinted(value, rows[r].Values.Count, r, [new(r - 2), new(r - 1, Share: true)])) continue;
            if (unlabelledAbove)
            {
                concepts[r - 2] = RowConcept.Of(item, DecisionMethod.CalculationInferred,
                    $"the unlabelled line above '{rows[r - 1].Label}' is '{label}' before it: the consolidated amount");
                context.ReportRow(r - 2, $"above '{rows[r - 1].Label}' is '{label}' before it: reported as the consolidated amount ({item.Concept})");
            }
            concepts[r] = RowConcept.Of(parent, DecisionMethod.Synonym,
                $"'{label}' is {context.Quoted(r - 2)} less '{rows[r - 1].Label}': the parent's share");
            context.ReportRow(r, $"is {context.Quoted(r - 2)} less '{rows[r - 1].Label}': reported as the parent's share ({parent.Concept})");
        }
    }

    /// <summary>
    /// "Net income 1,000 / Net income attributable to noncontrolling interests (10) / Net income attributable to common
    /// stockholders 990": the two rows around the noncontrolling share both name the parent's item, and the first foots to
    /// the second with that share deducted. The first is then the consolidated amount (the item whose label includes the
    /// noncontrolling portion), not a second printing of the parent's share. When the deduction lost its label and the row
    /// under it names the registrant's share ("Net income attributable to Acme Corp.", not the common stockholders', whose
    /// deduction may be preferred dividends), the line between them is the noncontrolling share.
    /// </summary>
    private static void ConsolidatedAboveShare(RowRewriteContext context, StatementDefinition statement)
    {
        var (rows, concepts, value) = (context.Rows, context.Concepts, context.Value);
        for (int r = 0; r + 2 < rows.Count; r++)
        {
            if (concepts[r] is not { Definition: { } parent }) continue;
            // The parent's share printed under the registrant's name ("Net income attributable to Acme Corp.") names no line
            // item: an extension whose label says whose share it is.
            bool named = concepts[r + 2] is { IsExtension: true } && rows[r + 2].HasLabel && OwnerLabels.NamesAnOwnersShare(rows[r + 2].Label!);
            // Or it lost its label under the labelled deduction: the unlabelled line that foots is the parent's share.
            bool unlabelledNet = concepts[r + 2] is null && !rows[r + 2].HasLabel && rows[r + 2].Values.Count > 0 && concepts[r + 1] is not null;
            if (concepts[r + 2]?.Concept != parent.Concept && !named && !unlabelledNet) continue;
            bool unlabelledShare = named && concepts[r + 1] is null && !rows[r + 1].HasLabel && rows[r + 1].Values.Count > 0 && !OwnerLabels.NamesCommonHolders(rows[r + 2].Label!);
            var share = unlabelledShare ? NoncontrollingShareOf(statement, parent) : concepts[r + 1]?.Definition;
            if (share is null || !IsNoncontrollingShare(share) || !parent.Calculation.Any(child => child.Weight < 0 && child.PropertyName == share.PropertyName)) continue;
            var consolidated = ConsolidatedItemsOf(statement, parent);
            if (consolidated.Count != 1 || concepts.Any(c => c?.Concept == consolidated[0].Concept)) continue;
            if (!Footing.WherePrinted(value, rows[r + 2].Values.Count, r + 2, [new(r), new(r + 1, Share: true)])) continue;
            var item = consolidated[0];
            if (unlabelledShare)
            {
                concepts[r + 1] = RowConcept.Of(share, DecisionMethod.CalculationInferred,
                    $"the line between '{rows[r].Label}' and '{rows[r + 2].Label}' is their difference: the noncontrolling interests' share");
                context.Report(Findings.Ambiguous, Severity.Info, $"The unlabelled line between '{rows[r].Label}' and '{rows[r + 2].Label}' is their difference: reported as the noncontrolling interests' share ({share.Concept}).",
                    rows[r + 1].Line.Offset, rows[r + 1].Line.Text.Length);
            }
            concepts[r] = RowConcept.Of(item, DecisionMethod.Synonym,
                $"'{rows[r].Label}' is the consolidated amount before '{rows[r + 1].Label}'");
            context.ReportRow(r, $"less {context.Quoted(r + 1)} is {context.Quoted(r + 2)}: it is the consolidated amount ({item.Concept}), not {parent.Concept} printed twice");
            if (unlabelledNet)
            {
                concepts[r + 2] = RowConcept.Of(parent, DecisionMethod.CalculationInferred,
                    $"the unlabelled line under '{rows[r + 1].Label}' is '{rows[r].Label}' less it: the parent's share");
            }
            else if (named)
            {
                concepts[r + 2] = RowConcept.Of(parent, DecisionMethod.Synonym,
                    $"'{rows[r + 2].Label}' is '{rows[r].Label}' less '{rows[r + 1].Label}': the parent's share");
                context.ReportRow(r + 2, $"is '{rows[r].Label}' less '{rows[r + 1].Label}': reported as the parent's share ({parent.Concept})");
            }
        }
    }

    /// <summary>The one item the parent's share deducts that is the noncontrolling interests' share, or null.</summary>
    internal static ConceptDefinition? NoncontrollingShareOf(StatementDefinition statement, ConceptDefinition parent) =>
        NoncontrollingSharesOf(statement, parent).Take(2).ToList() is [var only] ? only : null;

    /// <summary>The items <paramref name="parent"/>'s calculation subtracts that are a noncontrolling interests' share.</summary>
    private static IEnumerable<ConceptDefinition> NoncontrollingSharesOf(StatementDefinition statement, ConceptDefinition parent) =>
        parent.Calculation.Where(child => child.Weight < 0).Select(child => Find(statement, child.PropertyName)).OfType<ConceptDefinition>().Where(IsNoncontrollingShare);

    private static ConceptDefinition? Find(StatementDefinition statement, string property) =>
        statement.Concepts.FirstOrDefault(c => c.PropertyName == property);

    /// <summary>The items that include the noncontrolling interests' portion of the amount <paramref name="parent"/> is the parent's share of.</summary>
    internal static List<ConceptDefinition> ConsolidatedItemsOf(StatementDefinition statement, ConceptDefinition parent) =>
        statement.Concepts.Where(c => IncludesNoncontrolling(c) && c.DataType == parent.DataType && c.PeriodType == parent.PeriodType && SameAmount(c, parent)).ToList();

    /// <summary>
    /// Whether two items are shares of one amount: their standard labels name it before saying whose share it is ("Net
    /// Income (Loss)" of the parent's, the noncontrolling interests' and the consolidated net income; "Comprehensive Income
    /// (Loss), Net of Tax" of the three comprehensive incomes), so net income and comprehensive income are never paired.
    /// </summary>
    internal static bool SameAmount(ConceptDefinition a, ConceptDefinition b) => string.Equals(AmountNamed(a), AmountNamed(b), StringComparison.Ordinal);

    private static string AmountNamed(ConceptDefinition concept)
    {
        string label = NormalizedStandard(concept);
        foreach (string owner in OwnerSuffixes)
        {
            int at = label.IndexOf(owner, StringComparison.Ordinal);
            if (at >= 0) return label[..at];
        }
        return label;
    }

    private static readonly string[] OwnerSuffixes = [" including portion attributable to noncontrolling interest", " attributable to noncontrolling interest", " attributable to parent"];

    /// <summary>The consolidated amount: its label says it includes the noncontrolling interests' portion.</summary>
    internal static bool IncludesNoncontrolling(ConceptDefinition concept) =>
        NormalizedStandard(concept).Contains(" including portion attributable to noncontrolling interest", StringComparison.Ordinal);

    /// <summary>An item of the noncontrolling interests' share or equity: its label says it is attributable to them and does not include the parent's.</summary>
    internal static bool IsNoncontrollingShare(ConceptDefinition concept)
    {
        string label = NormalizedStandard(concept);
        return label.Contains(" attributable to noncontrolling interest", StringComparison.Ordinal) && !label.Contains(" including ", StringComparison.Ordinal);
    }

    /// <summary>A deduction line of the noncontrolling (minority) interests' share ("Less: net income attributable to noncontrolling interests").</summary>
    internal static bool DeductsNoncontrolling(string label)
    {
        string l = OwnerLabels.Normalized(label);
        return l.StartsWith(" less ", StringComparison.Ordinal) && (l.Contains(" noncontrolling interest", StringComparison.Ordinal) || l.Contains(" minority interest", StringComparison.Ordinal));
    }

    /// <summary>An item's standard label, <see cref="OwnerLabels.Normalized"/> once per definition (the rules ask for it per row and column).</summary>
    private static string NormalizedStandard(ConceptDefinition concept) => StandardLabels.GetValue(concept, static c => OwnerLabels.Normalized(c.Labels.Standard));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ConceptDefinition, string> StandardLabels = new();
}
