namespace Taxonomy.Extraction.Segmentation;

/// <summary>Splits a document into lines of cells and classifies each line; one pass over the text.</summary>
internal static class Segmenter
{
    public static IReadOnlyList<TextLine> Segment(Loading.SourceText source)
    {
        var lines = new TextLine[source.LineCount];
        for (int i = 0; i < source.LineCount; i++)
        {
            string text = source.LineText(i);
            int offset = source.LineStart(i);
            var cells = new Cell[CountCells(text)];
            SplitCells(text, offset, cells);
            lines[i] = new TextLine(i, offset, text, cells, Classify(text, cells));
        }
        return lines;
    }

    /// <summary>Cells are separated by tabs or by runs of two or more spaces.</summary>
    internal static IReadOnlyList<Cell> SplitCells(string text, int lineOffset)
    {
        var cells = new Cell[CountCells(text)];
        SplitCells(text, lineOffset, cells);
        return cells;
    }

    /// <summary>How many cells <see cref="SplitCells(string, int, Cell[])"/> finds: one more than the gaps.</summary>
    private static int CountCells(string text)
    {
        int count = 1;
        int start = 0;
        while (true)
        {
            var (at, width) = NextGap(text, start);
            if (at < 0) return count;
            count++;
            start = at + width;
        }
    }

    private static void SplitCells(string text, int lineOffset, Cell[] cells)
    {
        int start = 0;
        int n = 0;
        while (true)
        {
            var (at, width) = NextGap(text, start);
            if (at < 0)
            {
                cells[n] = CellOf(text, start, text.Length, lineOffset);
                return;
            }
            cells[n++] = CellOf(text, start, at, lineOffset);
            start = at + width;
        }
    }

    /// <summary>Where the next gap (a tab, or two or more spaces) at or after <paramref name="from"/> starts and how wide it is; -1 when none.</summary>
    private static (int At, int Width) NextGap(string text, int from)
    {
        int j = from;
        while (j < text.Length)
        {
            int k = text.AsSpan(j).IndexOfAny('\t', ' ');
            if (k < 0) break;
            k += j;
            if (text[k] == '\t') return (k, 1);
            if (k + 1 < text.Length && text[k + 1] == ' ')
            {
                int width = 2;
                while (k + width < text.Length && text[k + width] == ' ') width++;
                return (k, width);
            }
            j = k + 1;
        }
        return (-1, 0);
    }

    private static Cell CellOf(string text, int start, int end, int lineOffset)
    {
        int s = start;
        while (s < end && char.IsWhiteSpace(text[s])) s++;
        int e = end;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        return new Cell(text[s..e], lineOffset + s);
    }

    private static LineKind Classify(string text, IReadOnlyList<Cell> cells)
    {
        int filled = 0;
        foreach (var cell in cells)
        {
            if (cell.Clean.Length > 0 || cell.IsDebris) filled++;
        }
        if (filled == 0) return LineKind.Blank;
        if (filled >= 2 || text.Contains('\t')) return LineKind.Tabular;
        var trimmed = text.AsSpan().Trim();
        int words = 1 + trimmed.Count(' ');
        bool sentence = trimmed.EndsWith('.') || trimmed.EndsWith(':') || trimmed.Contains(". ", StringComparison.Ordinal);
        return words >= 12 || (sentence && words >= 6) ? LineKind.Prose : LineKind.Heading;
    }
}
