using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// A split of an amount printed under a caption rather than as a deduction ("Comprehensive income attributable to:" /
/// "Noncontrolling interests 34" / "Acme Corp. shareholders 1,200"): the caption names the amount and ends in
/// "attributable to", and the two lines under it are the noncontrolling interests' share and the other owner's.
/// </summary>
internal static class AttributionCaption
{
    /// <summary>The rows of a split printed under a caption.</summary>
    /// <param name="Caption">The caption line.</param>
    /// <param name="Share">The noncontrolling interests' line under it, or -1 when none of its lines names them.</param>
    /// <param name="Owner">The other line, or -1 when the caption prints other than two labelled lines with one naming the noncontrolling interests.</param>
    internal readonly record struct Split(int Caption, int Share, int Owner);

    /// <summary>The split printed under row <paramref name="caption"/>, or null when it is no attribution caption with a line naming the noncontrolling interests.</summary>
    public static Split? At(RowRewriteContext context, int caption)
    {
        var rows = context.Rows;
        if (rows[caption] is not { Values.Count: 0, HasLabel: true, Label: { } label } || !NamesAttribution(label)) return null;
        var lines = new List<int>();
        for (int r = caption + 1; r < rows.Count && rows[r].Values.Count > 0 && MayBeAShare(context.Concepts[r]); r++) lines.Add(r);
        var shares = lines.Where(r => rows[r].Label is { } l && OwnerLabels.NamesNoncontrollingInterests(l)).ToList();
        if (shares.Count == 0) return null;
        if (lines.Count != 2 || shares.Count != 1 || lines.Any(r => !rows[r].HasLabel)) return new Split(caption, shares[0], -1);
        return new Split(caption, shares[0], lines.Single(r => r != shares[0]));
    }

    /// <summary>
    /// A line that may be an owner's share: an amount its label names no line item for, or one naming a share of the
    /// noncontrolling interests or the parent. The lines after the split ("Net income per share", "Weighted average
    /// shares") are items of their own and end it.
    /// </summary>
    private static bool MayBeAShare(RowConcept? concept) => concept switch
    {
        null => true,
        { IsExtension: true } => concept.DataType == ConceptDataType.Monetary,
        { Definition: { } item } => item.DataType == ConceptDataType.Monetary && (ParentShare.IsNoncontrollingShare(item) || item.Labels.Standard.Contains("Attributable to Parent", StringComparison.OrdinalIgnoreCase)),
        _ => false,
    };

    /// <summary>A caption ending in "attributable to" ("Net income (loss) attributable to:"), naming no owner itself.</summary>
    public static bool NamesAttribution(string label)
    {
        string normalized = OwnerLabels.Normalized(label.Trim().TrimEnd(':'));
        return normalized.EndsWith(" attributable to ", StringComparison.Ordinal) && !OwnerLabels.NamesNoncontrollingInterests(label);
    }

    /// <summary>The amount the caption names: its words before "attributable to" ("Net income (loss)").</summary>
    public static string Amount(string label)
    {
        string trimmed = label.Trim().TrimEnd(':').TrimEnd();
        int at = trimmed.LastIndexOf("attributable to", StringComparison.OrdinalIgnoreCase);
        return at > 0 ? trimmed[..at].TrimEnd() : trimmed;
    }
}
