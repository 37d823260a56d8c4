using Taxonomy.Extraction.Segmentation;

namespace Taxonomy.Extraction.Tables;

/// <summary>
/// Column groups repeated under each period of the header: "GAAP · Non-GAAP" under 2026, then again under 2025 (or
/// "As Reported · Adjustments · Non-GAAP" under this quarter and "As Reported" under last year's). The GAAP column of
/// every period is the filer's statement; it is kept only when a header line above names exactly one period over each
/// of them, so that every kept column has its own period and no period gets two.
/// </summary>
internal static class ColumnGroupPeriods
{
    /// <summary>
    /// Where <paramref name="cell"/> starts on <paramref name="line"/>: its tab cell when the line is split at tabs (the
    /// cells of an HTML table line up by their number), else its character column.
    /// </summary>
    public static int Position(TextLine line, Cell cell)
    {
        if (!line.Text.Contains('\t')) return cell.Offset - line.Offset;
        for (int i = 0; i < line.Cells.Count; i++)
        {
            if (ReferenceEquals(line.Cells[i], cell)) return i;
        }
        return -1;
    }

    /// <summary>
    /// <paramref name="groups"/> keeping the consolidated column of every period when its name repeats and a header line
    /// of <paramref name="headers"/> puts one period over each; else <paramref name="groups"/> unchanged (one column).
    /// </summary>
    public static ColumnGroups PerPeriod(ColumnGroups groups, IReadOnlyList<TextLine> headers)
    {
        if (groups is not { Consolidated: { } first, Line: { } groupLine } || groups.Positions.Count != groups.Names.Count) return groups;
        string name = Taxonomy.Concepts.LabelNormalizer.Normalize(groups.Names[first]);
        var repeats = Enumerable.Range(0, groups.Names.Count)
            .Where(i => string.Equals(Taxonomy.Concepts.LabelNormalizer.Normalize(groups.Names[i]), name, StringComparison.Ordinal)).ToList();
        if (repeats.Count < 2) return groups;
        bool tabbed = groupLine.Text.Contains('\t');
        foreach (var header in headers)
        {
            if (header.Index >= groupLine.Index || header.Text.Contains('\t') != tabbed) continue;
            var periods = header.Filled.Where(c => c.Clean.Length > 0).ToList();
            if (periods.Count != repeats.Count || !periods.All(c => NamesPeriod(c.Clean))) continue;
            var starts = periods.Select(c => Position(header, c)).ToList();
            var ends = periods.Select(c => Position(header, c) + (tabbed ? 0 : c.Clean.Length)).ToList();
            var owners = new int[groups.Names.Count];
            bool placed = true;
            for (int i = 0; i < groups.Names.Count && placed; i++)
            {
                int start = groups.Positions[i], end = start + (tabbed ? 0 : groups.Names[i].Length);
                owners[i] = tabbed ? starts.FindLastIndex(s => s <= start) : Nearest(starts, ends, (start + end) / 2m);
                placed = owners[i] >= 0 && (i == 0 || owners[i] >= owners[i - 1]);
            }
            if (!placed) continue;
            // Every period holds exactly one column of the consolidated name.
            if (Enumerable.Range(0, periods.Count).All(p => repeats.Count(i => owners[i] == p) == 1)) return groups with { Kept = repeats };
        }
        return groups;
    }

    private static bool NamesPeriod(string text) =>
        HeaderLines.IsYear(text) || Periods.DateMention.Any(text) || Periods.DurationLength.Find(text) is not null;

    /// <summary>The period cell whose middle is nearest to <paramref name="middle"/> (fixed-width headers are centred over their columns).</summary>
    private static int Nearest(List<int> starts, List<int> ends, decimal middle)
    {
        int best = -1;
        decimal distance = decimal.MaxValue;
        for (int p = 0; p < starts.Count; p++)
        {
            decimal d = Math.Abs((starts[p] + ends[p]) / 2m - middle);
            if (d < distance) (best, distance) = (p, d);
        }
        return best;
    }
}
