using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// "Revenue:" / "Product" / "Service" / "Total revenue": a line whose label names only what is sold is printed under a
/// caption naming revenue, and reads with it ("Product revenue", "Service revenue"). It is reported as the goods or
/// services revenue item only when the lines under the caption add up to the revenue total printed below them in every
/// column; otherwise it stays an extension. (The goods and services items are the taxonomy's only non-dimensional names
/// for these lines.) Under a caption naming a cost ("Cost of revenue:" / "Products" / "Services"), a line is the cost of
/// what it names, never the income item its label alone names: it is reported as an extension named with the caption.
/// </summary>
internal sealed class ProductAndServiceLines : IRowConceptRewrite
{
    private const string GoodsItem = "SalesRevenueGoodsNet";
    private const string ServicesItem = "SalesRevenueServicesNet";

    private static readonly Dictionary<string, string> ItemOfWord = new(StringComparer.Ordinal)
    {
        ["product"] = GoodsItem,
        ["products"] = GoodsItem,
        ["service"] = ServicesItem,
        ["services"] = ServicesItem,
    };

    /// <summary>Reads the product and service lines under a revenue caption as the goods and services revenue items.</summary>
    public void Apply(RowRewriteContext context)
    {
        if (context.Table.Table.Kind != StatementKind.IncomeStatement || context.Statement is not { } statement) return;
        if (statement.FindProperty(GoodsItem) is not { } goods) return;
        var structure = CalculationStructure.For(statement);
        if (!structure.FirstIndexOf.TryGetValue(goods.Concept, out int goodsIndex)) return;
        var rows = context.Rows;
        for (int c = 0; c < rows.Count; c++)
        {
            if (rows[c].Values.Count > 0 || rows[c].Label is not { } caption) continue;
            if (NamesCost(caption))
            {
                CostLines(context, c, caption.Trim().TrimEnd(':').Trim());
                continue;
            }
            // The caption names a revenue total the goods revenue adds up into ("Revenue:", "Net revenues:").
            if (context.Defined(caption.Trim().TrimEnd(':').Trim())?.Definition is not { } named
                || !structure.FirstIndexOf.TryGetValue(named.Concept, out int total) || !structure.IsDescendant[total, goodsIndex]) continue;
            int end = c + 1;
            while (end < rows.Count && rows[end].Values.Count > 0 && context.Concepts[end]?.Concept != named.Concept) end++;
            if (end >= rows.Count || end - c - 1 < 2 || context.Concepts[end]?.Concept != named.Concept || !Footing.WherePrinted(context.Value, context.Columns, end, Footing.Above(c + 1, end))) continue;
            for (int r = c + 1; r < end; r++) Place(context, r, caption.Trim().TrimEnd(':').Trim(), named);
        }
    }

    /// <summary>
    /// The lines under the cost caption at <paramref name="c"/>, up to its total (or the first total or unlabelled line): one
    /// read as an income item ("Products" alone is the goods revenue) becomes an extension named with the caption.
    /// </summary>
    private static void CostLines(RowRewriteContext context, int c, string caption)
    {
        var named = context.Defined(caption)?.Concept;
        for (int r = c + 1; r < context.Rows.Count; r++)
        {
            var row = context.Rows[r];
            if (row.Values.Count == 0 || row.Label is not { } label || context.Concepts[r] is not { } concept) break;
            if (concept.Concept == named || concept.Definition is { Calculation.Count: > 0 }) break;
            if (concept.Definition is not { Balance: BalanceType.Credit } income) continue;
            string name = ExtensionNamer.Label(caption + " " + label);
            var extension = context.Table.Namer.Concept(name);
            context.Concepts[r] = new RowConcept(extension, name, concept.DataType, concept.PeriodType, DecisionMethod.Extension, null,
                $"'{label}' under '{caption}' is a cost");
            context.Report(Findings.Extension, Severity.Info,
                $"Row '{label}' is printed under '{caption}', a cost, but alone names {income.Concept}, an income item; reported as extension concept {extension}.",
                row.LabelOffset, label.Length);
        }
    }

    /// <summary>Whether a caption names a cost ("Cost of revenues:", "Costs of sales:").</summary>
    private static bool NamesCost(string caption)
    {
        string words = LabelNormalizer.Normalize(caption);
        return words.StartsWith("cost of ", StringComparison.Ordinal) || words.StartsWith("costs of ", StringComparison.Ordinal);
    }

    private static void Place(RowRewriteContext context, int r, string caption, ConceptDefinition total)
    {
        if (context.Concepts[r] is not { IsExtension: true } || context.Rows[r].Label is not { } label) return;
        if (!ItemOfWord.TryGetValue(LabelNormalizer.Normalize(label), out string? property)) return;
        if (context.Statement!.FindProperty(property) is not { } item || context.Concepts.Any(x => x?.Concept == item.Concept)) return;
        context.Concepts[r] = RowConcept.Of(item, DecisionMethod.Synonym, $"'{label}' read under the caption '{caption}'");
        context.ReportRow(r, $"is printed under '{caption}', and the lines there add up to {total.Concept}: reported as {item.Concept}");
    }
}
