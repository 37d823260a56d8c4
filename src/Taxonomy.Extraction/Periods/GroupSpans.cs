using Taxonomy.Extraction.Segmentation;
using Taxonomy.Extraction.Tables;

namespace Taxonomy.Extraction.Periods;

/// <summary>
/// Which group of a header line each column falls under, read from where the groups are printed: on a line split at
/// tabs (an HTML table) a group cell spans the cells from its own to the next group's, as its colspan did (groups in
/// neighbouring cells, with no empty cell between them, have lost their spans and are not read); in
/// fixed-width text a group is centred over the columns it covers. Used only
/// when the groups cannot split the columns evenly ("Three Months Ended" over four quarters, "Year Ended" over one).
/// </summary>
internal static class GroupSpans
{
    /// <summary>
    /// The group (index among the line's filled cells that are not a bare year) of each of <paramref name="columns"/>
    /// columns, or null when any column's group is not plain: a column before the first group, no clear centring, a
    /// group over no column, or rows that disagree.
    /// </summary>
    public static IReadOnlyList<int>? Of(TextLine line, StatementTable table, int columns)
    {
        bool tabbed = line.Text.Contains('\t');
        var groups = line.Filled.Where(c => c.Clean.Length > 0 && !HeaderLines.IsYear(c.Clean)).ToList();
        if (groups.Count < 2 || groups.Count > columns) return null;
        // The ways to cut the columns into groups are few in a real header; a header of many groups over many columns
        // has too many to weigh, and is not read.
        var cuts = tabbed ? null : CutCount(columns, groups.Count) <= MaxCuts ? Cuts(columns, groups.Count).ToList() : null;
        if (!tabbed && cuts is null) return null;
        IReadOnlyList<int>? placed = null;
        foreach (var row in table.Rows)
        {
            if (row.Values.Count != columns || row.Line.Text.Contains('\t') != tabbed) continue;
            var mine = tabbed ? ByTabs(line, groups, row) : ByCentres(line, groups, row, cuts!);
            if (mine is null || (placed is not null && !placed.SequenceEqual(mine))) return null;
            placed = mine;
        }
        if (placed is null) return null;
        for (int g = 0; g < groups.Count; g++)
        {
            if (!placed.Contains(g)) return null;
        }
        return placed;
    }

    private static int[]? ByTabs(TextLine line, List<Cell> groups, TableRow row)
    {
        var starts = groups.Select(c => ColumnGroupPeriods.Position(line, c)).ToList();
        // Groups in neighbouring cells tell nothing of their spans (a text conversion that dropped the colspans).
        for (int g = 0; g + 1 < starts.Count; g++)
        {
            if (starts[g + 1] - starts[g] < 2) return null;
        }
        var owners = new int[row.Values.Count];
        for (int v = 0; v < row.Values.Count; v++)
        {
            int at = TabCell(row.Line, row.Values[v].Offset);
            owners[v] = starts.FindLastIndex(s => s <= at);
            if (owners[v] < 0) return null;
        }
        return owners;
    }

    /// <summary>
    /// Fixed-width groups are centred over their columns: of every way to cut the columns into consecutive groups, the
    /// one putting each group's text nearest the middle of its columns, when it does so within a few characters and every
    /// other cut is clearly worse.
    /// </summary>
    private static int[]? ByCentres(TextLine line, List<Cell> groups, TableRow row, List<int[]> cuts)
    {
        var middles = groups.Select(c => c.Offset - line.Offset + c.Clean.Length / 2m).ToList();
        var starts = row.Values.Select(v => v.Offset - row.Line.Offset).ToList();
        var ends = row.Values.Select(v => v.Offset - row.Line.Offset + v.Text.Length).ToList();
        int[]? best = null;
        decimal bestDeviation = decimal.MaxValue, runnerUp = decimal.MaxValue;
        foreach (var cut in cuts)
        {
            decimal deviation = 0;
            for (int g = 0; g < groups.Count; g++)
            {
                int first = Array.IndexOf(cut, g), last = Array.LastIndexOf(cut, g);
                deviation = Math.Max(deviation, Math.Abs((starts[first] + ends[last]) / 2m - middles[g]));
            }
            if (deviation < bestDeviation) (best, runnerUp, bestDeviation) = (cut, bestDeviation, deviation);
            else if (deviation < runnerUp) runnerUp = deviation;
        }
        return bestDeviation <= Centred && runnerUp >= bestDeviation + Centred ? best : null;
    }

    /// <summary>How far (in characters) a group's text may sit from the middle of its columns, and by how much a rival cut must miss.</summary>
    private const decimal Centred = 4;

    private const int MaxCuts = 4096;

    /// <summary>How many ways there are to cut <paramref name="columns"/> columns into <paramref name="groups"/> consecutive groups: (columns − 1) choose (groups − 1).</summary>
    private static long CutCount(int columns, int groups)
    {
        long count = 1;
        for (int k = 1; k <= Math.Min(groups - 1, columns - groups); k++)
        {
            count = count * (columns - k) / k;
            if (count > MaxCuts) return count;
        }
        return count;
    }

    /// <summary>Every way to give <paramref name="columns"/> columns, in order, to <paramref name="groups"/> groups, each at least one.</summary>
    private static IEnumerable<int[]> Cuts(int columns, int groups)
    {
        if (groups == 1)
        {
            yield return new int[columns];
            yield break;
        }
        for (int first = 1; first <= columns - groups + 1; first++)
        {
            foreach (var rest in Cuts(columns - first, groups - 1))
            {
                var cut = new int[columns];
                for (int c = first; c < columns; c++) cut[c] = rest[c - first] + 1;
                yield return cut;
            }
        }
    }

    /// <summary>The tab cell of <paramref name="line"/> holding the absolute offset <paramref name="offset"/>.</summary>
    private static int TabCell(TextLine line, int offset)
    {
        int cell = 0;
        for (int i = 0; i < Math.Min(line.Text.Length, offset - line.Offset); i++)
        {
            if (line.Text[i] == '\t') cell++;
        }
        return cell;
    }
}
