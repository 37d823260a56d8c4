namespace Taxonomy.Extraction.Formats;

/// <summary>
/// Takes out what a page break leaves in the text of a paginated document (a PDF or a printed filing converted to text): form
/// feeds, page numbers, and the running header or footer repeated at each break. A table that spans two pages then reads as
/// one, its rows on either side of the break adjacent. Markdown and PDF text lose them in conversion (<see cref="MarkdownText"/>);
/// plain text keeps them, for provenance, and the pipeline reads past them (<see cref="Segmentation.Segmenter.WithoutPageFurniture"/>).
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A page number is a short line that is only a number (<c>5</c>, <c>- 5 -</c>, <c>Page 5</c>, <c>Page 5 of 12</c>,
/// <c>5 of 12</c>), and either names its page count, stands next to a form feed, or is one of a run of three or more such lines,
/// each set apart by blank lines, whose numbers go up by one page after page: a value alone on a line is not taken for one.</item>
/// <item>A running header or footer is a line without figures within two lines of text of a break, printed the same at two
/// breaks or more and at half of them at least: its copies next to breaks are taken out, the one opening the document stays.</item>
/// <item>The blank lines around a break go with it, unless the text before the break ends a sentence.</item>
/// </list>
/// </remarks>
internal static class PageFurniture
{
    private const int MaxPage = 999;
    private const int MaxPageLine = 40;
    private const int Reach = 2;
    private const int MinChain = 3;
    private const int MinPageLines = 10;

    /// <summary>
    /// Per line of <paramref name="lines"/>, whether it is page furniture; null when there is none. <paramref name="isRow"/>
    /// tells a table row (never furniture) by its index.
    /// </summary>
    public static bool[]? Find(IReadOnlyList<string> lines, Func<int, bool> isRow)
    {
        var page = new int[lines.Count];
        var candidates = new List<int>();
        bool anyFeed = false;
        for (int i = 0; i < lines.Count; i++)
        {
            string line = lines[i];
            anyFeed |= line.Contains('\f') || line.Length < 64 && IsPageMarker(line);
            // A page number is a short line (centred on a printed page, so only its text is short): most lines are not read further.
            if (line.Length > MaxPageLine && line.AsSpan().Trim().Length > MaxPageLine) continue;
            page[i] = PageNumber(line, out bool counted);
            if (page[i] > 0) candidates.Add(i);
            if (counted) page[i] = -page[i];
        }
        if (candidates.Count == 0 && !anyFeed) return null;
        var boundary = new bool[lines.Count];
        foreach (int i in candidates) boundary[i] = page[i] < 0 || NextToFeed(lines, i);
        Chains(lines, candidates, page, boundary);
        for (int i = 0; i < lines.Count; i++) boundary[i] |= IsFeed(lines[i]);
        var remove = (bool[])boundary.Clone();
        RunningLines(lines, isRow, boundary, remove);
        if (!remove.Contains(true)) return null;
        BlankLinesAround(lines, remove);
        return remove;
    }

    /// <summary>
    /// Marks the blank lines around a break too, unless the text before it ends a sentence: a page that breaks inside a table
    /// or a wrapped label leaves its two halves adjacent; one that breaks between paragraphs keeps them apart.
    /// </summary>
    private static void BlankLinesAround(IReadOnlyList<string> lines, bool[] remove)
    {
        int i = 0;
        while (i < lines.Count)
        {
            if (!remove[i]) { i++; continue; }
            int from = i, to = i;
            while (from > 0 && (remove[from - 1] || Blank(lines, from - 1))) from--;
            while (to + 1 < lines.Count && (remove[to + 1] || Blank(lines, to + 1))) to++;
            bool sentenceEnds = from > 0 && lines[from - 1].TrimEnd() is [.., '.' or '!' or '?' or ':'];
            if (!sentenceEnds)
            {
                for (int j = from; j <= to; j++) remove[j] = true;
            }
            i = to + 1;
        }
    }

    /// <summary>Removes the page furniture from the source lines of a markdown or PDF text.</summary>
    public static void Remove(List<(string Text, int Offset)> lines)
    {
        var texts = new string[lines.Count];
        for (int i = 0; i < texts.Length; i++) texts[i] = lines[i].Text;
        bool IsRow(int i) => texts[i].Contains('\t', StringComparison.Ordinal) || texts[i].Contains('|', StringComparison.Ordinal) || SpacedCells.Split(texts[i]) is not null;
        if (Find(texts, IsRow) is not { } remove) return;
        ResumedPipeTables.Mark(texts, remove);
        int k = 0;
        lines.RemoveAll(_ => remove[k++]);
    }

    /// <summary>
    /// Marks the bare page numbers: set apart by blank lines, in runs of at least <see cref="MinChain"/> whose numbers go up by
    /// one, each at least <see cref="MinPageLines"/> lines after the one before. Values a table prints a line each are
    /// neither set apart nor that far apart.
    /// </summary>
    private static void Chains(IReadOnlyList<string> lines, List<int> candidates, int[] page, bool[] boundary)
    {
        var alone = candidates.Where(i => page[i] > 0 && Blank(lines, i - 1) && Blank(lines, i + 1)).ToList();
        int start = 0;
        for (int k = 1; k <= alone.Count; k++)
        {
            bool continues = k < alone.Count && page[alone[k]] == page[alone[k - 1]] + 1 && alone[k] - alone[k - 1] >= MinPageLines;
            if (continues) continue;
            if (k - start >= MinChain)
            {
                for (int j = start; j < k; j++) boundary[alone[j]] = true;
            }
            start = k;
        }
    }

    private static bool Blank(IReadOnlyList<string> lines, int i) => i < 0 || i >= lines.Count || lines[i].AsSpan().Trim().IsEmpty;

    /// <summary>Marks the lines near breaks that are printed the same near two breaks or more.</summary>
    private static void RunningLines(IReadOnlyList<string> lines, Func<int, bool> isRow, bool[] boundary, bool[] remove)
    {
        var near = new Dictionary<string, List<(int Line, int Break)>>(StringComparer.Ordinal);
        for (int b = 0; b < lines.Count; b++)
        {
            if (!boundary[b]) continue;
            foreach (int step in (ReadOnlySpan<int>)[-1, 1])
            {
                int seen = 0;
                for (int i = b + step; i >= 0 && i < lines.Count && seen < Reach && !boundary[i]; i += step)
                {
                    string text = lines[i].Trim().TrimStart('\f').Trim();
                    if (text.Length == 0) continue;
                    seen++;
                    if (text.AsSpan().ContainsAnyInRange('0', '9') && HasFigure(text) || IsValue(text) || isRow(i)) continue;
                    // Headers repeat after breaks, footers before them: a line between two breaks is near each from another side.
                    string key = (step < 0 ? "<" : ">") + text;
                    if (!near.TryGetValue(key, out var at)) near[key] = at = [];
                    at.Add((i, b));
                }
            }
        }
        // Pages break where they break: a line that happens to print near two breaks (a statement's line item repeated in
        // another table) is no running line; one printed at most breaks is.
        int opening = 0;
        while (opening < lines.Count && Blank(lines, opening)) opening++;
        int breaks = 0;
        for (int b = 0; b < lines.Count; b++) breaks += boundary[b] && !(b > 0 && boundary[b - 1]) ? 1 : 0;
        foreach (var at in near.Values)
        {
            int count = at.Select(a => a.Break).Distinct().Count();
            if (count < 2 || 2 * count < breaks) continue;
            foreach (var (line, _) in at) remove[line] |= line != opening;
        }
    }

    // A running line carries no amount: "Q4 2024" may head every page, "$ 1,250" is a row.
    private static bool HasFigure(string text) => text.Contains('$') || text.Contains(',') && text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;

    private static bool IsValue(string text) => SpacedCells.IsNumber(text.Replace("$", "", StringComparison.Ordinal).Trim()) || Tables.NilDash.Is(text);

    // A form feed alone, or EDGAR's page marker in a plain-text filing ("<PAGE>", "<PAGE>   14").
    private static bool IsFeed(string text) => text.Contains('\f') && text.AsSpan().Trim().Trim('\f').Trim().IsEmpty || IsPageMarker(text);

    private static bool IsPageMarker(string text)
    {
        var t = text.AsSpan().Trim();
        if (!t.StartsWith("<PAGE>", StringComparison.Ordinal)) return false;
        t = t[6..].Trim();
        return t.IsEmpty || t.Length <= 4 && !t.ContainsAnyExceptInRange('0', '9');
    }

    private static bool NextToFeed(IReadOnlyList<string> lines, int at)
    {
        foreach (int step in (ReadOnlySpan<int>)[-1, 1])
        {
            for (int i = at + step; i >= 0 && i < lines.Count; i += step)
            {
                if (lines[i].Contains('\f') || lines[i].Length < 64 && IsPageMarker(lines[i])) return true;
                if (lines[i].AsSpan().Trim().Length > 0) break;
            }
        }
        return false;
    }

    /// <summary>
    /// The page number a line is (0 when it is none); <paramref name="counted"/> when it names the page count too ("Page 5 of 12").
    /// </summary>
    internal static int PageNumber(string line, out bool counted)
    {
        counted = false;
        var t = line.AsSpan().Trim().Trim('\f').Trim();
        if (t.Length is 0 or > 20) return 0;
        bool word = t.StartsWith("page ", StringComparison.OrdinalIgnoreCase);
        if (word) t = t[5..].TrimStart();
        else if (t is ['-', .., '-'] && t.Length >= 3) t = t[1..^1].Trim();
        int n = Digits(ref t);
        if (n is <= 0 or > MaxPage) return 0;
        if (t.IsEmpty) return n;
        if (!t.StartsWith(" of ", StringComparison.OrdinalIgnoreCase)) return 0;
        t = t[4..].TrimStart();
        int of = Digits(ref t);
        if (of < n || !t.IsEmpty) return 0;
        counted = true;
        return n;
    }

    private static int Digits(ref ReadOnlySpan<char> t)
    {
        int k = 0, n = 0;
        while (k < t.Length && k < 4 && char.IsAsciiDigit(t[k])) n = n * 10 + (t[k++] - '0');
        if (k == 0 || (k < t.Length && char.IsAsciiDigit(t[k]))) return -1;
        t = t[k..];
        return n;
    }
}
