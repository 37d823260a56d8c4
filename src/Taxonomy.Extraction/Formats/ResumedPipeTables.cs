namespace Taxonomy.Extraction.Formats;

/// <summary>
/// A pipe table that a page break cuts in two, the second half's first row holding figures (no header row of its own),
/// with the title or the column header printed once again as plain text at the top of the new page ("Brambleton Optics,
/// Inc. Condensed Consolidated Balance Sheets (In thousands)", "March 31, 2031 December 31, 2030"). Printed at one break
/// only, such a line is no running header (<see cref="PageFurniture"/>); it is taken out with the break when every word of
/// it is printed above the first half (its title, caption and header rows), so that the halves read as one table.
/// </summary>
/// <remarks>
/// Anything else keeps the halves apart: a line with a word of its own (another statement's title), more than
/// <see cref="MostLines"/> lines, a second half that opens with a header row, or halves printing a different number of cells.
/// </remarks>
internal static class ResumedPipeTables
{
    /// <summary>How many lines of text may stand between the break and the second half.</summary>
    private const int MostLines = 3;

    /// <summary>How many lines of text above the first half (title, scale, caption) give it its words.</summary>
    private const int TitleLines = 8;

    /// <summary>Marks in <paramref name="remove"/> the lines between the halves of each pipe table cut by a marked break.</summary>
    public static void Mark(IReadOnlyList<string> lines, bool[] remove)
    {
        int i = 0;
        while (i < lines.Count)
        {
            if (!remove[i]) { i++; continue; }
            int before = i - 1;
            while (before >= 0 && (remove[before] || Blank(lines[before]))) before--;
            int after = i;
            while (after < lines.Count && (remove[after] || Blank(lines[after]))) after++;
            i = after;
            if (before < 0 || !IsFigureRow(lines[before])) continue;
            var between = new List<int>();
            int next = after;
            for (; next < lines.Count && between.Count <= MostLines; next++)
            {
                if (Blank(lines[next]) || remove[next]) continue;
                if (PipeTable.IsRow(lines[next])) break;
                between.Add(next);
            }
            if (between.Count is 0 or > MostLines || next >= lines.Count || !IsFigureRow(lines[next]) || Pipes(lines[next]) != Pipes(lines[before])) continue;
            var words = WordsAbove(lines, before);
            if (!between.All(k => Words(lines[k]).All(words.Contains))) continue;
            for (int k = before + 1; k < next; k++) remove[k] = true;
            i = next;
        }
    }

    /// <summary>The words of the first half's header rows and of the lines of text above it.</summary>
    private static HashSet<string> WordsAbove(IReadOnlyList<string> lines, int last)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        int k = last;
        for (; k >= 0 && PipeTable.IsRow(lines[k]); k--)
        {
            if (!PipeTable.IsDelimiter(lines[k]) && !PipeTable.HasFigures(lines[k])) words.UnionWith(Words(lines[k]));
        }
        for (int seen = 0; k >= 0 && seen < TitleLines; k--)
        {
            if (Blank(lines[k])) continue;
            if (PipeTable.IsRow(lines[k])) break;
            words.UnionWith(Words(lines[k]));
            seen++;
        }
        return words;
    }

    private static bool IsFigureRow(string line) => PipeTable.IsRow(line) && !PipeTable.IsDelimiter(line) && PipeTable.HasFigures(line);

    private static int Pipes(string line) => line.AsSpan().Trim().Trim('|').Count('|');

    private static bool Blank(string line) => line.AsSpan().Trim().IsEmpty;

    private static IEnumerable<string> Words(string line)
    {
        int k = 0;
        while (k < line.Length)
        {
            while (k < line.Length && !char.IsLetterOrDigit(line[k])) k++;
            int start = k;
            while (k < line.Length && char.IsLetterOrDigit(line[k])) k++;
            if (k > start) yield return line[start..k].ToLowerInvariant();
        }
    }
}
