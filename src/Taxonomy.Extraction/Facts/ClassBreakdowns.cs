namespace Taxonomy.Extraction.Facts;

/// <summary>
/// Parenthesised class-by-class breakdowns in a share-capital caption ("300 shares authorized (Class A 200, Class B
/// 100)"): their numbers are parts, not the totals the caption states, so they are blanked out before the caption's
/// numbers are read. Blanking keeps every other character at its offset.
/// </summary>
internal static class ClassBreakdowns
{
    private static readonly string[] Openings = ["class ", "series "];

    /// <summary>The caption with each parenthesised group that opens with a class or series name replaced by spaces.</summary>
    public static string Mask(string caption)
    {
        char[]? masked = null;
        for (int open = caption.IndexOf('(', StringComparison.Ordinal); open >= 0; open = caption.IndexOf('(', open + 1))
        {
            int close = caption.IndexOf(')', open + 1);
            if (close < 0) break;
            string inside = caption[(open + 1)..close].TrimStart();
            if (!Openings.Any(o => inside.StartsWith(o, StringComparison.OrdinalIgnoreCase))) continue;
            masked ??= caption.ToCharArray();
            for (int i = open; i <= close; i++) masked[i] = ' ';
        }
        return masked is null ? caption : new string(masked);
    }
}
