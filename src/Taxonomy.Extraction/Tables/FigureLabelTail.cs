namespace Taxonomy.Extraction.Tables;

/// <summary>
/// The rest of a wrapped label printed at the start of its values' line when it holds figures and no words
/// ("Series B: 2,000 shares designated; shares issued and outstanding:" then "2025, 1,900; 2024, 1,100   5,900   3,500"):
/// the row reader takes no label there, the cell having no letters, and no value, the cell being no single number.
/// </summary>
internal static class FigureLabelTail
{
    /// <summary>
    /// The text of the cell printed before the first value of a label-less row when it lists figures the way running text
    /// does (separated by "; " or ", "), or null.
    /// </summary>
    public static string? Of(TableRow row)
    {
        if (row.HasLabel || row.Values.Count == 0) return null;
        int firstValue = row.Values[0].Offset;
        foreach (var cell in row.Line.Cells)
        {
            if (cell.Offset >= firstValue) return null;
            string text = cell.Clean;
            if (text.Length == 0 || text == "$") continue;
            bool listing = text.Contains("; ", StringComparison.Ordinal) || text.Contains(", ", StringComparison.Ordinal);
            return listing && text.Any(char.IsAsciiDigit) ? text : null;
        }
        return null;
    }
}
