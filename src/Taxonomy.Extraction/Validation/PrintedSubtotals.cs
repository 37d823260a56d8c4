using Taxonomy.Validation;

namespace Taxonomy.Extraction.Validation;

/// <summary>
/// Subtotals a table prints among the components of a total ("total hardware revenues" under its two lines): an item
/// that may be a subtotal (an extension the taxonomy does not place) whose value equals, within rounding, the sum of
/// two or more items printed directly above it stands for them, so that they are not counted twice.
/// </summary>
internal static class PrintedSubtotals
{
    /// <summary>
    /// Collapses the subtotals of <paramref name="printed"/> (in printed order): each item that
    /// <paramref name="mayBeSubtotal"/> and equals the shortest run (of at least two) of the remaining items directly
    /// above it replaces that run. Values are the items' signed contributions to the total.
    /// </summary>
    public static List<T> Collapse<T>(List<T> printed, Func<T, bool> mayBeSubtotal, Func<T, decimal> value, Func<T, Decimals> decimals)
    {
        var items = new List<T>(printed);
        for (int i = 2; i < items.Count; i++)
        {
            if (!mayBeSubtotal(items[i])) continue;
            var subtotal = ValueInterval.Of(value(items[i]), decimals(items[i]));
            var run = ValueInterval.Zero;
            for (int n = 1; n <= i; n++)
            {
                var above = items[i - n];
                run += ValueInterval.Of(value(above), decimals(above));
                if (n < 2 || !run.Overlaps(subtotal)) continue;
                items.RemoveRange(i - n, n);
                i -= n;
                break;
            }
        }
        return items;
    }
}
