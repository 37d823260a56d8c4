using Taxonomy.Extraction.Segmentation;

namespace Taxonomy.Extraction.Tables;

/// <summary>
/// Rows of figures printed outside every statement the document was read for (a segment schedule, a non-GAAP
/// reconciliation, key operating metrics): each such table is named, so that no table is left unread silently.
/// </summary>
internal static class UnreadTables
{
    /// <summary>Fewer rows of figures than this in a block are no table (a stray line of numbers, a contact line).</summary>
    private const int LeastRows = 2;

    /// <summary>How many lines without figures (a caption, a column header, a blank) a table's rows may have between them.</summary>
    private const int LongestGap = 4;

    /// <summary>How far above its first row a table's title may stand (title, scale, a column header of several lines).</summary>
    private const int TitleReach = 8;

    /// <summary>A table of figures outside the statements: where its rows are, how many, and the title printed above it (or null).</summary>
    public sealed record Block(int First, int Last, int Rows, TextLine? Title);

    /// <summary>
    /// The blocks of rows of figures that no statement in <paramref name="tables"/> holds, in document order. The first
    /// block after a statement title found without rows (<paramref name="emptyTitles"/>) or after a statement whose
    /// layout is not read is left out: that statement has its own finding.
    /// </summary>
    public static List<Block> Find(IReadOnlyList<TextLine> lines, IReadOnlyList<StatementTable> tables, IEnumerable<int> emptyTitles)
    {
        var held = new bool[lines.Count];
        foreach (var table in tables)
        {
            int last = table.Title.Index;
            foreach (var row in table.Rows) last = Math.Max(last, row.Line.Index);
            foreach (var run in table.SecondPrintings) last = Math.Max(last, run.Line.Index);
            foreach (var noise in table.NoiseLines) last = Math.Max(last, noise.Index);
            for (int i = table.Title.Index; i <= last && i < held.Length; i++) held[i] = true;
        }
        var claiming = emptyTitles.Concat(tables.Where(t => t.SkippedLayout).Select(t => t.Title.Index)).ToHashSet();
        var titles = tables.Select(t => t.Title.Index).ToHashSet();
        var blocks = new List<Block>();
        int first = -1, end = -1, rows = 0;
        bool claimed = false;
        for (int i = 0; i <= lines.Count; i++)
        {
            bool row = i < lines.Count && !held[i] && lines[i].Kind == LineKind.Tabular && TableLocator.HasValues(lines[i]) && !HeaderLines.IsHeader(lines[i]);
            bool ends = i == lines.Count || held[i] || lines[i].Kind == LineKind.Prose || (first >= 0 && !row && i - end > LongestGap);
            if (first >= 0 && ends)
            {
                if (rows >= LeastRows)
                {
                    if (!claimed) blocks.Add(new Block(first, end, rows, TitleAbove(lines, held, first)));
                    claimed = false;
                }
                first = -1;
                rows = 0;
            }
            if (claiming.Contains(i)) claimed = true;
            else if (titles.Contains(i)) claimed = false;
            if (!row) continue;
            if (first < 0) first = i;
            end = i;
            rows++;
        }
        return blocks;
    }

    /// <summary>
    /// The title line above a table's first row: the nearest short heading that is no caption ("Revenue:"), no scale or
    /// note in parentheses, no column header ("Three Months Ended") and no first line of a wrapped row label, within <see cref="TitleReach"/> lines and before any running text.
    /// </summary>
    private static TextLine? TitleAbove(IReadOnlyList<TextLine> lines, bool[] held, int first)
    {
        for (int i = first - 1; i >= 0 && i >= first - TitleReach; i--)
        {
            var line = lines[i];
            if (held[i] || line.Kind == LineKind.Prose) break;
            if (line.Kind != LineKind.Heading) continue;
            string text = line.Text.Trim();
            if (text.EndsWith(':') || text.StartsWith('(') || !text.Any(char.IsLetter) || HeaderLines.IsHeader(line) || IsWrappedLabel(text)) continue;
            return line;
        }
        return null;
    }

    /// <summary>The first line of a row label carried on to the next line ("Proceeds from sales of", "reclassified to"), which is no title.</summary>
    private static bool IsWrappedLabel(string text)
    {
        if (char.IsLower(text[0]) || text.EndsWith(',') || text.EndsWith('-')) return true;
        int space = text.LastIndexOf(' ');
        string last = text[(space + 1)..];
        return ContinuingWords.Contains(last);
    }

    private static readonly HashSet<string> ContinuingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "of", "for", "to", "in", "on", "by", "from", "with", "the", "a", "an", "at", "&",
    };
}
