using System.Buffers;

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

    /// <summary>The lines with each first row of an HTML data table marked (<paramref name="tableStarts"/>: 0-based lines of the text).</summary>
    public static IReadOnlyList<TextLine> WithTableStarts(IReadOnlyList<TextLine> lines, IReadOnlyList<int> tableStarts)
    {
        if (tableStarts.Count == 0) return lines;
        var marked = lines.ToArray();
        foreach (int start in tableStarts)
        {
            if (start >= 0 && start < marked.Length) marked[start] = marked[start] with { StartsTable = true };
        }
        return marked;
    }

    /// <summary>
    /// The lines without the page furniture of a paginated text (<see cref="Formats.PageFurniture"/>): each keeps its
    /// <see cref="TextLine.Number"/>, its <see cref="TextLine.Index"/> becomes its position among those left.
    /// </summary>
    public static IReadOnlyList<TextLine> WithoutPageFurniture(IReadOnlyList<TextLine> lines)
    {
        if (Formats.PageFurniture.Find(new LineTexts(lines), i => lines[i].Kind == LineKind.Tabular) is not { } furniture) return lines;
        var kept = new List<TextLine>(lines.Count);
        for (int i = 0; i < lines.Count; i++)
        {
            if (!furniture[i]) kept.Add(lines[i] with { Index = kept.Count });
        }
        return kept;
    }

    /// <summary>The texts of the lines, read in place.</summary>
    private sealed class LineTexts(IReadOnlyList<TextLine> lines) : IReadOnlyList<string>
    {
        public string this[int index] => lines[index].Text;

        public int Count => lines.Count;

        public IEnumerator<string> GetEnumerator()
        {
            foreach (var line in lines) yield return line.Text;
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Cells are separated by tabs or by runs of two or more spaces.</summary>
    internal static Cell[] SplitCells(string text, int lineOffset)
    {
        // One scan notes where each cell starts and ends (on the stack for all but the widest lines); the array is then
        // made at its exact size, with no list per line.
        Span<int> bounds = stackalloc int[BoundsOnStack];
        int[]? rented = null;
        int n = 0;
        int start = 0;
        while (true)
        {
            var (at, width) = NextGap(text, start);
            if (n == bounds.Length)
            {
                int[] larger = ArrayPool<int>.Shared.Rent(bounds.Length * 2);
                bounds.CopyTo(larger);
                if (rented is not null) ArrayPool<int>.Shared.Return(rented);
                bounds = rented = larger;
            }
            bounds[n++] = start;
            bounds[n++] = at < 0 ? text.Length : at;
            if (at < 0) break;
            start = at + width;
        }
        var cells = new Cell[n / 2];
        for (int c = 0; c < cells.Length; c++) cells[c] = CellOf(text, bounds[2 * c], bounds[2 * c + 1], lineOffset);
        if (rented is not null) ArrayPool<int>.Shared.Return(rented);
        return cells;
    }

    /// <summary>Start and end of 16 cells: most lines have fewer.</summary>
    private const int BoundsOnStack = 32;

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

    private static LineKind Classify(string text, Cell[] cells)
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
        return words >= 12 || (sentence && words >= 6) || (words >= 3 && (StatesAnAmount(trimmed) || IsBulletWithAmount(trimmed))) ? LineKind.Prose : LineKind.Heading;
    }

    /// <summary>
    /// "- Revenue up 12% to $45.2 million", "• Net income of $6.1 million": a highlight printed as a bullet item states its
    /// amount without a full stop; it is a paragraph of its own, never a heading.
    /// </summary>
    private static bool IsBulletWithAmount(ReadOnlySpan<char> trimmed)
    {
        return IsBullet(trimmed) && FigureAfterDollar(trimmed) is [>= '0' and <= '9', ..];
    }

    /// <summary>A line that starts with a bullet marker and a space ("- ", "• ", "* ", "● ", "▪ ", "◦ ", "– ").</summary>
    internal static bool IsBullet(ReadOnlySpan<char> trimmed) =>
        trimmed.Length > 2 && trimmed[0] is '-' or '\u2022' or '*' or '\u25CF' or '\u25AA' or '\u25E6' or '\u2013' or '\u00B7' && trimmed[1] == ' ';

    /// <summary>"Revenue was $41.2 million.": a short sentence stating a dollar amount is a paragraph, never a heading.</summary>
    private static bool StatesAnAmount(ReadOnlySpan<char> trimmed) =>
        trimmed.EndsWith('.') && FigureAfterDollar(trimmed).IndexOfAnyInRange('0', '9') >= 0;

    /// <summary>What follows the first "$" of the line, spaces skipped; empty without one.</summary>
    private static ReadOnlySpan<char> FigureAfterDollar(ReadOnlySpan<char> trimmed)
    {
        int dollar = trimmed.IndexOf('$');
        return dollar < 0 ? default : trimmed[(dollar + 1)..].TrimStart();
    }
}
