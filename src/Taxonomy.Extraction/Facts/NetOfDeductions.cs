using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// "Property and equipment 500 / Less accumulated depreciation (300) / 200": the unlabelled line under a deduction
/// that foots with the line above is the net amount the first label names, and that line is the gross amount. A
/// label that names no line item itself (a wording statements print for both amounts) is read through its
/// "<i>label</i>, net" and "<i>label</i>, gross" forms.
/// </summary>
internal sealed class NetOfDeductions : IRowConceptRewrite
{
    /// <summary>Names each unlabelled net amount under a deduction, and the gross amount above it.</summary>
    public void Apply(RowRewriteContext context)
    {
        var (rows, concepts) = (context.Rows, context.Concepts);
        for (int r = 0; r + 2 < rows.Count; r++)
        {
            if (concepts[r + 2] is not null || !rows[r].HasLabel) continue;
            var gross = concepts[r] is { Definition: not null } named ? named : context.Defined(rows[r].Label + ", net");
            if (gross is null) continue;
            var less = rows[r + 1];
            var net = rows[r + 2];
            if (!less.HasLabel || !less.Label!.TrimStart().StartsWith("less", StringComparison.OrdinalIgnoreCase) || net.HasLabel) continue;
            // The parent's share under a deduction of the noncontrolling interests' is read by ParentShare.
            if (ParentShare.DeductsNoncontrolling(less.Label)) continue;
            int columns = rows[r].Values.Count;
            if (columns == 0 || less.Values.Count != columns || net.Values.Count != columns) continue;
            if (!Footing.InEveryColumn(context.Value, columns, r + 2, [new(r), new(r + 1, Deducted: true)])) continue;
            concepts[r + 2] = gross with { Note = $"the amount net of '{less.Label}' under '{rows[r].Label}'" };
            if (concepts[r + 1] is { IsExtension: true } deduction) concepts[r + 1] = deduction with { ComponentOf = gross.Concept };
            if (context.Defined(rows[r].Label + ", gross") is { } grossItem)
            {
                concepts[r] = grossItem with { Note = $"gross amount before '{less.Label}'" };
                context.Report(Findings.Extension, Severity.Info,
                    $"Row '{rows[r].Label}' is a gross amount: the unlabelled line after '{less.Label}' is its net ({gross.Concept}); the gross amount is reported as {grossItem.Concept}.",
                    rows[r].LabelOffset, rows[r].Label!.Length);
                continue;
            }
            string label = ExtensionNamer.Label(rows[r].Label + " gross");
            concepts[r] = new RowConcept(context.Table.Namer.Concept(label), label, gross.DataType, gross.PeriodType, DecisionMethod.Extension, null, $"gross amount before '{less.Label}'")
            {
                ComponentOf = gross.Concept,
            };
            context.Report(Findings.Extension, Severity.Info,
                $"Row '{rows[r].Label}' is a gross amount: the unlabelled line after '{less.Label}' is its net ({gross.Concept}); the gross amount is reported as extension concept {context.Table.Namer.Concept(label)}.",
                rows[r].LabelOffset, rows[r].Label!.Length);
        }
    }
}
