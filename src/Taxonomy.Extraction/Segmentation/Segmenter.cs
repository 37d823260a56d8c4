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
            var cells = SplitCells(text, offset);
            lines[i] = new TextLine(i, offset, text, cells, Classify(text, cells));
        }
        return lines;
    }

    /// <summary>Cells are separated by tabs or by runs of two or more spaces.</summary>
    internal static IReadOnlyList<Cell> SplitCells(string text, int lineOffset)
    {
        var cells = new List<Cell>();
        int start = 0;
        int i = 0;
        while (i <= text.Length)
        {
            bool end = i == text.Length;
            int gap = 0;
            if (!end)
            {
                if (text[i] == '\t') gap = 1;
                else if (text[i] == ' ' && i + 1 < text.Length && text[i + 1] == ' ')
                {
                    gap = 2;
                    while (i + gap < text.Length && text[i + gap] == ' ') gap++;
                }
            }
            if (end || gap > 0)
            {
                AddCell(cells, text, start, i, lineOffset);
                if (end) break;
                i += gap;
                start = i;
                continue;
            }
            i++;
        }
        return cells;
    }

    private static void AddCell(List<Cell> cells, string text, int start, int end, int lineOffset)
    {
        int s = start;
        while (s < end && char.IsWhiteSpace(text[s])) s++;
        int e = end;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        cells.Add(new Cell(text[s..e], lineOffset + s));
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
        string trimmed = text.Trim();
        int words = 1;
        foreach (char c in trimmed)
        {
            if (c == ' ') words++;
        }
        bool sentence = trimmed.EndsWith('.') || trimmed.EndsWith(':') || trimmed.Contains(". ", StringComparison.Ordinal);
        return words >= 12 || (sentence && words >= 6) ? LineKind.Prose : LineKind.Heading;
    }
}
