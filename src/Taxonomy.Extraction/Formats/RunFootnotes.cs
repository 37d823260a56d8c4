using Taxonomy.Extraction.Tables;

namespace Taxonomy.Extraction.Formats;

/// <summary>
/// Gives back to its label a footnote marker that PDF text printed between the label and the values
/// (<c>Cost of sales (1) 16,443 9,272</c>, <c>Diluted 2 538.3 551.4</c>): <see cref="SpacedCells"/> cannot tell it from a value,
/// the rows around it can. A row with one value more than most of its neighbours, whose first value is a marker (one digit,
/// bare or in parentheses), has that marker moved back into its label; so has a bare digit after the values
/// (<c>Profit $ 1,537 $ 1,359 1</c>). When both ends could be the marker the row is left as printed.
/// </summary>
internal static class RunFootnotes
{
    private const int Neighbours = 4;

    /// <summary>Restores markers in <paramref name="lines"/> (in place).</summary>
    public static void Restore(List<MarkdownLine> lines)
    {
        var counts = new int[lines.Count];
        for (int i = 0; i < lines.Count; i++) counts[i] = ValueCount(lines[i].Text);
        for (int i = 0; i < lines.Count; i++)
        {
            if (counts[i] < 2) continue;
            string text = lines[i].Text;
            int tab = text.IndexOf('\t', StringComparison.Ordinal);
            int second = text.IndexOf('\t', tab + 1);
            int last = text.LastIndexOf('\t');
            bool first = FootnoteMarker.IsDigit(text.AsSpan(tab + 1, second - tab - 1));
            // A marker after the values is a bare digit: "(1)" there is an amount.
            bool after = FootnoteMarker.IsDigit(text.AsSpan(last + 1), parenthesized: false);
            // Either end may be the marker ("7 8 — (1) 4"): the row cannot tell which, and stays as printed.
            if (first == after || !FewerAround(counts, i)) continue;
            lines[i] = lines[i] with { Text = first ? text[..tab] + " " + text[(tab + 1)..] : text[..tab] + " " + text[(last + 1)..] + text[tab..last] };
            counts[i]--;
        }
    }

    /// <summary>The number of values of a labelled row (cells after the first), or 0.</summary>
    private static int ValueCount(string text)
    {
        int tab = text.IndexOf('\t', StringComparison.Ordinal);
        if (tab <= 0) return 0;
        return text.AsSpan(tab).Count('\t');
    }

    /// <summary>
    /// True when more of the nearest labelled rows (at least two) have one value fewer than row <paramref name="at"/> than have
    /// as many.
    /// </summary>
    private static bool FewerAround(int[] counts, int at)
    {
        int fewer = 0, same = 0, seen = 0;
        for (int j = at - 1; j >= 0 && seen < Neighbours; j--) Count(counts[j], ref seen);
        seen = 0;
        for (int j = at + 1; j < counts.Length && seen < Neighbours; j++) Count(counts[j], ref seen);
        return fewer >= 2 && fewer > same;

        void Count(int count, ref int seen)
        {
            if (count == 0) return;
            seen++;
            if (count == counts[at] - 1) fewer++;
            else if (count == counts[at]) same++;
        }
    }
}
