using Taxonomy.Extraction.Concepts;
using Taxonomy.Extraction.Tables;

namespace Taxonomy.Extraction.Facts;

/// <summary>
/// Whether rows printed above a total add up to it: the shape the rewrites that reread a total from the rows over it
/// share (a deduction and the net amount under it, the equity lines up to their total).
/// </summary>
internal static class Footing
{
    /// <summary>One row counted toward a total.</summary>
    /// <param name="Row">The row.</param>
    /// <param name="Deducted">Subtracted by its magnitude (a deduction is printed with either sign), else added as printed.</param>
    /// <param name="Optional">A cell it leaves empty counts as zero; else the column cannot be checked.</param>
    /// <param name="Share">
    /// A share taken out of the amount above it, printed by its size: a share of income lessens the amount, a share of a
    /// loss lessens the loss, so it is subtracted or added by its magnitude, whichever foots (at most one part per footing).
    /// </param>
    internal readonly record struct Part(int Row, bool Deducted = false, bool Optional = false, bool Share = false);

    /// <summary>
    /// The first row of the section a total closes: the row after the previous total or after the caption (a line
    /// with no values) above <paramref name="total"/>.
    /// </summary>
    public static int SectionStart(IReadOnlyList<TableRow> rows, RowConcept?[] concepts, int total)
    {
        int start = total - 1;
        while (start >= 0 && rows[start].Values.Count > 0 && !IsTotal(concepts[start])) start--;
        return start + 1;
    }

    /// <summary>The first total (a line item with a calculation) printed below <paramref name="row"/>, or -1.</summary>
    public static int TotalBelow(RowConcept?[] concepts, int row)
    {
        for (int below = row + 1; below < concepts.Length; below++)
        {
            if (IsTotal(concepts[below])) return below;
        }
        return -1;
    }

    /// <summary>
    /// Whether a row with figures but no label lies between <paramref name="row"/> and <paramref name="total"/>: it may be
    /// the row's own section total ("Total assets" that lost its label), unread until the label-less rows are solved, so
    /// the total below is not known to be the row's.
    /// </summary>
    public static bool UnlabelledFiguresBetween(IReadOnlyList<TableRow> rows, int row, int total)
    {
        for (int b = row + 1; b < total; b++)
        {
            if (rows[b] is { HasLabel: false, Values.Count: > 0 }) return true;
        }
        return false;
    }

    /// <summary>The section captions (labelled lines with no values ending in ':') printed between <paramref name="row"/> and <paramref name="total"/>.</summary>
    public static IEnumerable<string> CaptionsBetween(IReadOnlyList<TableRow> rows, int row, int total)
    {
        for (int b = row + 1; b < total; b++)
        {
            if (rows[b] is { Values.Count: 0, HasLabel: true } caption && caption.Label!.TrimEnd().EndsWith(':')) yield return caption.Label;
        }
    }

    private static bool IsTotal(RowConcept? concept) => concept?.Definition is { Calculation.Count: > 0 };

    /// <summary>The rows from <paramref name="first"/> to the row above <paramref name="total"/>, each added as printed.</summary>
    public static Part[] Above(int first, int total) =>
        Enumerable.Range(first, total - first).Select(r => new Part(r)).ToArray();

    /// <summary>The parts foot to the total in each of the <paramref name="columns"/> columns.</summary>
    public static bool InEveryColumn(Func<int, int, decimal?> value, int columns, int total, IReadOnlyList<Part> parts)
    {
        OneShareAtMost(parts);
        for (int c = 0; c < columns; c++)
        {
            if (InColumn(value, c, total, parts) != true) return false;
        }
        return true;
    }

    /// <summary>
    /// The parts foot to the total in every column where it and its required parts print a value, and there is one
    /// such column at least.
    /// </summary>
    public static bool WherePrinted(Func<int, int, decimal?> value, int columns, int total, IReadOnlyList<Part> parts)
    {
        OneShareAtMost(parts);
        int checkedColumns = 0;
        for (int c = 0; c < columns; c++)
        {
            switch (InColumn(value, c, total, parts))
            {
                case false: return false;
                case true: checkedColumns++; break;
            }
        }
        return checkedColumns > 0;
    }

    /// <summary>
    /// A footing takes a share off or adds it back, whichever foots; with two shares the four ways would let figures that
    /// do not add up pass, so a rule asking for it is a mistake in the rule.
    /// </summary>
    private static void OneShareAtMost(IReadOnlyList<Part> parts)
    {
        int shares = 0;
        foreach (var part in parts)
        {
            if (part.Share && ++shares > 1) throw new ArgumentException("A footing takes at most one share.", nameof(parts));
        }
    }

    /// <summary>Null when the total or a required part prints nothing in the column, else whether the parts add up to the total.</summary>
    private static bool? InColumn(Func<int, int, decimal?> value, int column, int total, IReadOnlyList<Part> parts)
    {
        if (value(total, column) is not { } sum) return null;
        decimal added = 0m, share = 0m;
        foreach (var part in parts)
        {
            if (value(part.Row, column) is not { } v)
            {
                if (part.Optional) continue;
                return null;
            }
            if (part.Share) share = Math.Abs(v);
            else added += part.Deducted ? -Math.Abs(v) : v;
        }
        return added - share == sum || added + share == sum;
    }
}
