namespace Taxonomy.Extraction.Formats;

/// <summary>
/// Reads markdown pipe tables (<c>| Label | 2025 | 2024 |</c> rows, a <c>| --- | --- |</c> delimiter row) into TAB-separated rows.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Cells are trimmed, their emphasis and leading list dash removed; empty cells are kept so that columns stay aligned, empty
/// cells at the end of a row are dropped.</item>
/// <item>A header row (the row above the delimiter, or a row without numbers) whose cells hold <c>&lt;br&gt;</c> is stacked: one
/// line per level, bottom-aligned, so that <c>Six Months Ended&lt;br&gt;2025 | 2024</c> gives a column-group line over a year line.
/// Elsewhere a <c>&lt;br&gt;</c> is a space.</item>
/// <item>The first cell of the header row names the label column (<c>Description</c>), not a period: it is dropped.</item>
/// </list>
/// </remarks>
internal static class PipeTable
{
    /// <summary>True when <paramref name="line"/> is a delimiter row (<c>| --- | :---: |</c>).</summary>
    public static bool IsDelimiter(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        if (t.Length < 3 || !t.Contains('-')) return false;
        bool pipe = false;
        foreach (char c in t)
        {
            if (c == '|') pipe = true;
            else if (c is not ('-' or ':' or ' ')) return false;
        }
        return pipe;
    }

    /// <summary>True when <paramref name="line"/> can be a row of a pipe table.</summary>
    public static bool IsRow(string line) => line.Contains('|', StringComparison.Ordinal) && line.AsSpan().Trim().Length > 1;

    /// <summary>True when a cell of the row <paramref name="line"/> holds a figure (a year is none).</summary>
    public static bool HasFigures(string line) => HasNumbers(Cells(line));

    private static bool HasNumbers(List<string> cells) =>
        cells.Any(c => SpacedCells.IsNumber(c.Replace("$", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal)) && !Tables.HeaderLines.IsYear(c));

    /// <summary>The lines one pipe row becomes (several for a stacked header).</summary>
    public static IEnumerable<string> Read(string line, bool headerRow)
    {
        List<string> cells = Cells(line);
        bool hasNumbers = HasNumbers(cells);
        bool header = headerRow || !hasNumbers;
        if (headerRow && cells.Count > 1) cells[0] = "";
        if (!header || !cells.Any(c => c.Contains("<br", StringComparison.OrdinalIgnoreCase)))
        {
            string joined = Join(cells.Select(c => MarkdownInline.Clean(BreaksToSpaces(c))));
            if (joined.Length > 0) yield return joined;
            yield break;
        }
        var stacks = cells.Select(c => c.Split(["<br/>", "<br />", "<br>", "<BR>", "<BR/>"], StringSplitOptions.None)
            .Select(MarkdownInline.Clean).Where(p => p.Length > 0).ToList()).ToList();
        int levels = stacks.Max(s => s.Count);
        for (int level = 0; level < levels; level++)
        {
            string joined = Join(stacks.Select(s => level - (levels - s.Count) is int at && at >= 0 ? s[at] : ""));
            if (joined.Length > 0) yield return joined;
        }
    }

    private static List<string> Cells(string line)
    {
        var t = line.AsSpan().Trim();
        if (t.StartsWith('|')) t = t[1..];
        if (t.EndsWith('|') && !t.EndsWith("\\|", StringComparison.Ordinal)) t = t[..^1];
        var cells = new List<string>();
        int cellStart = 0;
        int from = 0;
        bool escaped = false;
        while (true)
        {
            int pipe = t[from..].IndexOf('|');
            if (pipe < 0)
            {
                cells.Add(CellText(t[cellStart..], escaped));
                return cells;
            }
            pipe += from;
            from = pipe + 1;
            // An escaped pipe (\|) is part of the cell's text.
            if (pipe > 0 && t[pipe - 1] == '\\')
            {
                escaped = true;
                continue;
            }
            cells.Add(CellText(t[cellStart..pipe], escaped));
            cellStart = from;
            escaped = false;
        }
    }

    /// <summary>A cell's text between its pipes, trimmed, its escaped pipes (if any) unescaped.</summary>
    private static string CellText(ReadOnlySpan<char> cell, bool escaped) =>
        escaped ? cell.ToString().Replace("\\|", "|", StringComparison.Ordinal).Trim() : cell.Trim().ToString();

    private static string BreaksToSpaces(string cell) =>
        cell.Replace("<br/>", " ", StringComparison.OrdinalIgnoreCase).Replace("<br />", " ", StringComparison.OrdinalIgnoreCase).Replace("<br>", " ", StringComparison.OrdinalIgnoreCase);

    private static string Join(IEnumerable<string> cells)
    {
        var list = cells.Select(c => c.StartsWith("- ", StringComparison.Ordinal) ? c[2..].TrimStart() : c).ToList();
        int count = list.Count;
        while (count > 0 && list[count - 1].Length == 0) count--;
        return string.Join('\t', list.Take(count));
    }
}
