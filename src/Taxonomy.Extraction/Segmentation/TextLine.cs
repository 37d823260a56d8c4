namespace Taxonomy.Extraction.Segmentation;

/// <summary>One line of the document with its cells and kind. <see cref="Index"/> is 0-based.</summary>
internal sealed record TextLine(int Index, int Offset, string Text, IReadOnlyList<Cell> Cells, LineKind Kind)
{
    /// <summary>The cells that are not empty after markup removal, or debris.</summary>
    public IEnumerable<Cell> Filled => Cells.Where(c => c.Clean.Length > 0 || c.IsDebris);
}
