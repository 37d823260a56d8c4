using Taxonomy.Extraction.Segmentation;

namespace Taxonomy.Extraction.Tables;

/// <summary>
/// A row whose label runs into its values with single spaces, in a fixed-width table whose other rows set their values
/// apart ("Total liabilities and stockholders' equity $ 50,000 $ 46,500"): the trailing run of values is split from the
/// label as PDF text's single-spaced rows are (<see cref="Formats.SpacedCells"/>). Only a line read as one cell, inside a
/// table whose rows have printed values, is split; the text keeps its length, so every offset stays where it was.
/// </summary>
internal static class RunOnValues
{
    /// <summary>The line with its label and values in cells of their own, or null when it does not end in such a run.</summary>
    public static TextLine? Split(TextLine line)
    {
        if (line.Filled.Count != 1 || line.Text.Contains('\t')) return null;
        string text = line.Text;
        int start = text.Length - text.TrimStart(' ').Length;
        string content = text.Trim(' ');
        if (Formats.SpacedCells.Split(content) is not { } cells) return null;
        int tab = cells.IndexOf('\t');
        // A run with no label is a second printing of a column, read as such.
        if (tab <= 0) return null;
        var chars = text.ToCharArray();
        for (int i = start + tab; i < start + content.Length; i++)
        {
            if (chars[i] == ' ') chars[i] = '\t';
        }
        return new TextLine(line.Index, line.Offset, line.Text, Segmenter.SplitCells(new string(chars), line.Offset), LineKind.Tabular) { Number = line.Number };
    }
}
