namespace Taxonomy.Extraction.Segmentation;

/// <summary>
/// One line of the document with its cells and kind. <see cref="Index"/> is its 0-based position among the lines the
/// pipeline reads (lines of page furniture are left out: <see cref="Segmenter.WithoutPageFurniture"/>); <see cref="Number"/> its 1-based line
/// number in the text.
/// </summary>
internal sealed record TextLine(int Index, int Offset, string Text, IReadOnlyList<Cell> Cells, LineKind Kind)
{
    /// <summary>The 1-based number of the line in the text, for messages.</summary>
    public int Number { get; init; } = Index + 1;

    /// <summary>
    /// True for the first row of a data table of an HTML conversion (<see cref="Formats.ConvertedText.TableStarts"/>): the
    /// rows above it, however alike, belong to another table.
    /// </summary>
    public bool StartsTable { get; init; }

    /// <summary>The cells that are not empty after markup removal, or debris (found once: every table stage reads them).</summary>
    public IReadOnlyList<Cell> Filled { get; } = FilledOf(Cells);

    private static Cell[] FilledOf(IReadOnlyList<Cell> cells)
    {
        int count = 0;
        for (int k = 0; k < cells.Count; k++)
        {
            if (IsFilled(cells[k])) count++;
        }
        if (count == cells.Count && cells is Cell[] all) return all;
        var filled = new Cell[count];
        int n = 0;
        for (int k = 0; k < cells.Count; k++)
        {
            if (IsFilled(cells[k])) filled[n++] = cells[k];
        }
        return filled;
    }

    private static bool IsFilled(Cell cell) => cell.Clean.Length > 0 || cell.IsDebris;
}
