using Taxonomy.Extraction.Segmentation;

namespace Taxonomy.Extraction.Tables;

/// <summary>
/// Negative amounts whose closing parentheses a fixed-width layout pushed onto the next line ("(20,000" at the end of a
/// row, ")" alone on the line below), as a column too narrow for its figures wraps. Read apart, the open amount is no
/// number and the row would lose it; read closed, it keeps its sign. Only a line below that holds nothing but closing
/// parentheses, one at or right of each open amount, closes them.
/// </summary>
internal static class SplitParentheses
{
    /// <summary>The line with its open amounts closed, or null when <paramref name="below"/> does not close them.</summary>
    public static TextLine? Close(TextLine line, TextLine below)
    {
        if (below.Kind == LineKind.Blank || below.Text.IndexOf(')') < 0 || line.Text.IndexOf('(') < 0) return null;
        var closers = below.Filled;
        foreach (var closer in closers)
        {
            if (closer.Clean != ")") return null;
        }
        var cells = line.Cells.ToArray();
        int closed = 0;
        for (int k = 0; k < cells.Length && closed <= closers.Count; k++)
        {
            if (!IsOpenAmount(cells[k].Clean)) continue;
            // The closer belongs to this amount: it lies at or right of its start, and left of the next open amount.
            int nextOpen = NextOpen(cells, k + 1) is { } n ? cells[n].Offset - line.Offset : int.MaxValue;
            if (closed == closers.Count) return null;
            int at = closers[closed].Offset - below.Offset;
            if (at < cells[k].Offset - line.Offset || at >= nextOpen) return null;
            cells[k] = new Cell(cells[k].Raw.TrimEnd() + ")", cells[k].Offset);
            closed++;
        }
        if (closed == 0 || closed != closers.Count) return null;
        return new TextLine(line.Index, line.Offset, line.Text, cells, line.Kind) { Number = line.Number };
    }

    /// <summary>An amount opened by a parenthesis and not closed: "(20,000", "$(1,250".</summary>
    private static bool IsOpenAmount(string text)
    {
        int open = text.IndexOf('(');
        return open >= 0 && text.IndexOf(')') < 0 && open + 1 < text.Length && NumberParser.ParseSingle(text + ")", 0) is { Value: < 0 };
    }

    private static int? NextOpen(Cell[] cells, int from)
    {
        for (int k = from; k < cells.Length; k++)
        {
            if (IsOpenAmount(cells[k].Clean)) return k;
        }
        return null;
    }
}
