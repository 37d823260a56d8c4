namespace Taxonomy.Extraction.Formats;

/// <summary>
/// Splits a row of PDF text that prints one value after its label (<c>Short-term borrowings 2,000</c>, a line item only
/// one period has) between rows split by <see cref="SpacedCells"/>: a line ending in a single number is left whole there
/// (running text often ends so), but between two rows of values it is a row whose other cells are blank.
/// </summary>
/// <remarks>
/// Only a line of a few words before the number, no full stop or colon among them, right between two split rows (no blank
/// line), is split; a bare year (<c>… due 2031</c>) or a date's year stays in the label.
/// </remarks>
internal static class LoneValueRows
{
    private const int MaxLabelWords = 12;

    /// <summary>Splits such rows in <paramref name="lines"/> (in place).</summary>
    public static void Split(List<MarkdownLine> lines)
    {
        for (int j = 1; j + 1 < lines.Count; j++)
        {
            if (!IsValueRow(lines[j - 1].Text) || !IsValueRow(lines[j + 1].Text)) continue;
            if (Row(lines[j].Text) is { } row) lines[j] = lines[j] with { Text = row };
        }
    }

    /// <summary>The line as a label and its value separated by a TAB, or null.</summary>
    private static string? Row(string line)
    {
        if (line.Contains('\t', StringComparison.Ordinal)) return null;
        string[] tokens = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < 2) return null;
        string value = tokens[^1];
        if (!SpacedCells.IsNumber(value) || value.EndsWith('%') || (value.Length == 4 && Tables.HeaderLines.IsYear(value))) return null;
        int k = tokens.Length - 1;
        if (tokens[k - 1] == "$") { value = "$ " + value; k--; }
        if (k == 0 || k > MaxLabelWords) return null;
        string label = string.Join(' ', tokens, 0, k);
        if (!label.Any(char.IsLetter) || label.EndsWith('.') || label.Contains(':', StringComparison.Ordinal)) return null;
        // "… as of June 30," before a day's number: the number is part of a date.
        if (Periods.DateMention.IsMonthSpelling(tokens[k - 1].TrimEnd(','))) return null;
        return label + "\t" + value;
    }

    /// <summary>A row split into a label (or none) and two values or more.</summary>
    private static bool IsValueRow(string text)
    {
        int tab = text.IndexOf('\t', StringComparison.Ordinal);
        if (tab < 0) return false;
        int values = 0;
        foreach (var cell in text[(tab + 1)..].Split('\t'))
        {
            if (SpacedCells.IsNumber(cell.Replace("$", "", StringComparison.Ordinal).Trim()) || Tables.NilDash.Is(cell.Trim())) values++;
        }
        return values >= 2;
    }
}
