namespace Taxonomy.Extraction.Formats;

/// <summary>Plain text in the pipeline's form, with where each line came from.</summary>
/// <param name="Text">Lines separated by <c>\n</c>: paragraphs separated by a blank line, table rows as TAB-separated cells.</param>
/// <param name="LineOffsets">
/// For each line of <see cref="Text"/> (0-based), the character offset in the source of the element or line that produced it
/// (approximate: a table row points at its <c>&lt;tr&gt;</c>, a paragraph at its element; a blank line at the line before it).
/// </param>
public sealed record ConvertedText(string Text, IReadOnlyList<int> LineOffsets)
{
    /// <summary>
    /// The 0-based lines where a data table of the HTML starts (its first row); empty for other formats. Two tables printed
    /// one under the other are two tables, though their rows look alike in the text.
    /// </summary>
    public IReadOnlyList<int> TableStarts { get; init; } = [];

    /// <summary>The lines of <see cref="Text"/>.</summary>
    public IReadOnlyList<string> Lines => Text.Length == 0 ? [] : Text.Split('\n');
}
