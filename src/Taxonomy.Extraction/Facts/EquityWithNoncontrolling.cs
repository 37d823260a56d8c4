using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;
using Taxonomy.Extraction.Tables;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// "Common stock 600 / Retained earnings 400 / Noncontrolling interests 30 / Total shareholders' equity 1,030": a
/// total whose label names the parent's equity but that adds the noncontrolling interests printed above it is the
/// consolidated equity. The row takes the line item whose calculation adds the noncontrolling interests to the
/// label's line item, when the rows printed from the previous total down to it foot to it in every column.
/// </summary>
internal sealed class EquityWithNoncontrolling : IRowConceptRewrite
{
    /// <summary>Rereads each parent-equity total that adds the noncontrolling interests above it, reporting each row it changed.</summary>
    public void Apply(RowRewriteContext context)
    {
        var (statement, rows, concepts, value) = (context.Statement, context.Rows, context.Concepts, context.Value);
        if (statement is null) return;
        OwnersEquityAboveNoncontrolling(context, statement);
        for (int r = 1; r < rows.Count; r++)
        {
            if (concepts[r] is not { Definition: { } parent } row) continue;
            var consolidated = Consolidated(statement).FirstOrDefault(c => c.Calculation.Any(ch => ch.PropertyName == parent.PropertyName && ch.Weight > 0));
            if (consolidated is null || concepts.Any(c => c?.Concept == consolidated.Concept)) continue;
            string share = consolidated.Calculation.First(ch => ch.PropertyName != parent.PropertyName).PropertyName;
            int start = Footing.SectionStart(rows, concepts, r);
            int noncontrolling = Array.FindIndex(concepts, start, r - start, c => c?.Definition?.PropertyName == share);
            if (noncontrolling < 0 || !Foots(start, r, rows, value)) continue;
            concepts[r] = row with
            {
                Concept = consolidated.Concept,
                Label = consolidated.Labels.Standard,
                Definition = consolidated,
                Note = $"'{rows[r].Label}' adds '{rows[noncontrolling].Label}' printed above it: the consolidated equity",
            };
            context.ReportRow(r, $"adds '{rows[noncontrolling].Label}': reported as {consolidated.Concept}, not {parent.Concept}");
        }
    }

    /// <summary>
    /// "Total Acme Corp. stockholders' equity 2,850 / Noncontrolling interests 150 / Total equity 3,000": a line naming the
    /// parent's equity with its owner's name inserted matches no line item by its label. When the line under it is the
    /// noncontrolling interests and the one under that the consolidated equity they add up to, it is the parent's equity.
    /// </summary>
    private static void OwnersEquityAboveNoncontrolling(RowRewriteContext context, StatementDefinition statement)
    {
        var (rows, concepts, value) = (context.Rows, context.Concepts, context.Value);
        for (int r = 0; r + 2 < rows.Count; r++)
        {
            if (concepts[r] is not { IsExtension: true } || rows[r].Label is not { } label) continue;
            if (concepts[r + 2]?.Definition is not { } consolidated || !Consolidated(statement).Contains(consolidated)) continue;
            if (concepts[r + 1]?.Definition is not { } share || !consolidated.Calculation.Any(ch => ch.PropertyName == share.PropertyName && ch.Weight > 0)) continue;
            var parent = consolidated.Calculation.Where(ch => ch.PropertyName != share.PropertyName && ch.Weight > 0)
                .Select(ch => statement.FindProperty(ch.PropertyName)).FirstOrDefault();
            if (parent is null || concepts.Any(c => c?.Concept == parent.Concept) || !NamesWithOwner(label, parent)) continue;
            if (!Footing.WherePrinted(value, rows[r + 2].Values.Count, r + 2, [new(r), new(r + 1)])) continue;
            concepts[r] = new RowConcept(parent.Concept, parent.Labels.Standard, parent.DataType, parent.PeriodType, DecisionMethod.Synonym, parent,
                $"'{label}' adds '{rows[r + 1].Label}' up to '{rows[r + 2].Label}': the parent's equity");
            context.ReportRow(r, $"and '{rows[r + 1].Label}' add up to '{rows[r + 2].Label}': reported as the parent's equity ({parent.Concept})");
        }
    }

    /// <summary>
    /// Whether the label is one of the item's labels (of two words or more) with words inserted, the owner's name ("Total
    /// Acme Corp. stockholders' equity" for "Total stockholders' equity"), and none of them names the noncontrolling interests.
    /// </summary>
    private static bool NamesWithOwner(string label, ConceptDefinition item)
    {
        string[] words = LabelNormalizer.Normalize(label).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Any(w => w is "noncontrolling" or "minority" or "including" or "non")) return false;
        foreach (string own in LabelMatcher.AllLabels(item))
        {
            string[] ownWords = own.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (ownWords.Length >= 2 && ownWords.Length < words.Length && InOrder(ownWords, words)) return true;
        }
        return false;
    }

    /// <summary>Whether <paramref name="words"/> holds every word of <paramref name="own"/>, in their order, the first and last in place.</summary>
    private static bool InOrder(string[] own, string[] words)
    {
        if (own[0] != words[0] || own[^1] != words[^1]) return false;
        int next = 1;
        for (int i = 1; i < words.Length - 1 && next < own.Length - 1; i++)
        {
            if (words[i] == own[next]) next++;
        }
        return next == own.Length - 1;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<StatementDefinition, ConceptDefinition[]> ConsolidatedItems = new();

    /// <summary>The statement's line items that add noncontrolling interests to one other item, in schema order (read once per statement).</summary>
    private static ConceptDefinition[] Consolidated(StatementDefinition statement) =>
        ConsolidatedItems.GetValue(statement, s => s.Concepts.Where(c => ParentShare.IncludesNoncontrolling(c) && c.Calculation.Count == 2).ToArray());

    private static bool Foots(int start, int total, IReadOnlyList<TableRow> rows, Func<int, int, decimal?> value)
    {
        int columns = rows[total].Values.Count;
        return columns > 0 && total - start >= 2 && Footing.InEveryColumn(value, columns, total, Footing.Above(start, total));
    }
}
