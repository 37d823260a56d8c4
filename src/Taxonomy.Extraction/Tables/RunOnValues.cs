using Taxonomy.Extraction.Segmentation;

namespace Taxonomy.Extraction.Tables;

/// <summary>
/// A row whose label runs into its values with single spaces, in a fixed-width table whose other rows set their values
/// apart ("Total liabilities and stockholders' equity $ 50,000 $ 46,500"): the trailing run of values is split from the
/// label as PDF text's single-spaced rows are (<see cref="Formats.SpacedCells"/>). Only a line read as one cell, inside a
/// table whose rows have printed values, is split; the text keeps its length, so every offset stays where it was. When
/// only the first value runs into the label (<see cref="FirstValue"/>), it is taken back once the table's columns are known.
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

    /// <summary>
    /// A row one value short of the table's columns whose label ends in a dollar amount set apart by its sign
    /// ("Total liabilities and stockholders' equity $ 100,000" then "$ 89,000"), or in a figure written as the table's
    /// amounts are ("Selling, general and administrative expense 132.0" then "126.0"), reaching into the first column:
    /// the amount is the row's first value. A label ending in an amount written against its sign ("net of allowances of
    /// $500"), in a year or a count, or in an amount that ends before the first column starts keeps it
    /// (<paramref name="firstColumn"/>: where the rows that fill every column start their first value, a position on the line).
    /// </summary>
    public static TableRow? FirstValue(TableRow row, int columns, int firstColumn)
    {
        if (!row.HasLabel || row.Values.Count != columns - 1 || columns < 2 || row.Line.Text.Contains('\t')) return null;
        string label = row.Label!.TrimEnd();
        int space = label.LastIndexOf(' ');
        if (space < 2) return null;
        bool signed = label[space - 1] == '$' && label[space - 2] == ' ';
        string figure = label[(space + 1)..];
        // Without its sign, only a figure written as the table writes amounts (a decimal point, a thousands separator or
        // parentheses) is one: a year or a count in the label's words is not.
        if (!signed && !(figure.Any(char.IsAsciiDigit) && figure.All(c => char.IsAsciiDigit(c) || c is '.' or ',' or '(' or ')') && figure.Any(c => c is '.' or ',' or '('))) return null;
        // The figure's place on the line: the last time it is printed before the row's first value.
        int end = row.Values.Count > 0 ? row.Values[0].Offset - row.Line.Offset : row.Line.Text.Length;
        int at = row.Line.Text.LastIndexOf(figure, Math.Max(0, end - 1), StringComparison.Ordinal);
        // Pushed right by a long label, the figure still reaches the first column; a label's own amount ends before it.
        if (at < 0 || at + figure.Length <= firstColumn) return null;
        if (NumberParser.ParseSingle(figure, row.Line.Offset + at) is not { } number) return null;
        string rest = label[..(signed ? space - 2 : space)].TrimEnd();
        if (rest.Length == 0 || !rest.Any(char.IsLetter)) return null;
        return row with { Label = rest, Values = [new ValueSlot(number, false, number.Offset, number.Text), .. row.Values] };
    }
}
