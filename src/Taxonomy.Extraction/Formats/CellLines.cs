namespace Taxonomy.Extraction.Formats;

/// <summary>
/// Rejoins the rows of PDF text read cell by cell, every cell on a line of its own: a label line, then a line per value
/// (<c>Net sales</c> / <c>$ 1,204</c> / <c>$ 998</c>). The values following a label become that label's row.
/// </summary>
/// <remarks>
/// A document is read this way only when it holds at least <see cref="MinimumRuns"/> runs of two or more value lines
/// (<see cref="Dominate"/>): a page number alone on its line stays whole elsewhere. A run longer than most that ends in a bare
/// whole number under 1,000 (a page number after a table's last row) leaves that number on its own line. A <c>$</c> alone on
/// its line belongs to the value after it. Years alone on their lines are a column header's, and join nothing. A run that
/// is a whole multiple of its table's usual count (two or more times) holds the values of rows printed without a label (a
/// subtotal), each made a row of its own.
/// </remarks>
internal static class CellLines
{
    private const int MinimumRuns = 5;
    private const int Neighbours = 4;
    private const int MaxGap = 2;

    /// <summary>True when <paramref name="content"/> holds enough runs of value lines to be a table read cell by cell.</summary>
    public static bool Dominate(string content)
    {
        int runs = 0, length = 0;
        foreach (var range in content.AsSpan().Split('\n'))
        {
            var line = content.AsSpan(range).Trim();
            if (line.IsEmpty) continue;
            if (IsValue(line)) { length++; continue; }
            if (length >= 2 && ++runs >= MinimumRuns) return true;
            length = 0;
        }
        return length >= 2 && runs + 1 >= MinimumRuns;
    }

    /// <summary>Joins each run of value lines to the label line above it (in place), their pieces mended first (<see cref="CellLinePieces"/>).</summary>
    public static void Join(List<MarkdownLine> lines)
    {
        var mended = CellLinePieces.Mend(lines);
        var runs = Runs(mended);
        if (runs.Count(r => r.End - r.Start >= 2) < MinimumRuns) return;
        lines.Clear();
        lines.AddRange(mended);
        Join(lines, runs);
    }

    private static List<(int Label, int Start, int End)> Runs(List<MarkdownLine> lines)
    {
        var runs = new List<(int Label, int Start, int End)>();
        for (int i = 1; i < lines.Count; i++)
        {
            if (!IsValue(lines[i].Text.AsSpan().Trim())) continue;
            // The label is the line of text above the values, a blank line between them or not.
            int label = i - 1;
            if (label > 0 && lines[label].Text.AsSpan().Trim().IsEmpty) label--;
            if (!IsLabel(lines[label].Text)) continue;
            int end = i;
            // Blank lines (a page break taken out, a converter's spacing) do not end a run.
            for (int j = i; j < lines.Count; j++)
            {
                var text = lines[j].Text.AsSpan().Trim();
                if (IsValue(text)) end = j + 1;
                else if (!text.IsEmpty) break;
            }
            // Years alone are the column header's, not a row's values.
            if (!AllYears(lines, i, end)) runs.Add((label, i, end));
            i = end - 1;
        }
        return runs;
    }

    private static void Join(List<MarkdownLine> lines, List<(int Label, int Start, int End)> runs)
    {
        var counts = runs.Select(r => ValueCount(lines, r)).ToArray();
        var table = new int[runs.Count];
        for (int k = 1; k < runs.Count; k++) table[k] = table[k - 1] + (Gap(lines, runs[k - 1].End, runs[k].Label) > MaxGap ? 1 : 0);
        for (int k = runs.Count - 1; k >= 0; k--)
        {
            var (label, start, end) = runs[k];
            int usual = UsualCount(counts, table, k);
            if (usual > 0 && counts[k] > usual && IsPageNumber(lines[end - 1].Text)) end--;
            var rows = new List<string>();
            var row = new System.Text.StringBuilder(lines[label].Text.TrimEnd());
            int values = 0;
            // A run that is a whole multiple of the usual count holds the values of rows printed without a label.
            bool several = usual >= 1 && counts[k] >= 2 * usual && counts[k] % usual == 0 && end == runs[k].End;
            string? dollar = null;
            for (int j = start; j < end; j++)
            {
                string value = lines[j].Text.Trim();
                if (value.Length == 0) continue;
                if (value == "$") { dollar = "$ "; continue; }
                if (several && values > 0 && values % usual == 0)
                {
                    rows.Add(row.ToString());
                    row.Clear();
                }
                row.Append('\t').Append(dollar).Append(value);
                dollar = null;
                values++;
            }
            rows.Add(row.ToString());
            int offset = lines[label].Offset;
            lines.RemoveRange(label, end - label);
            lines.InsertRange(label, rows.Select(r => new MarkdownLine(r, offset)));
        }
    }

    /// <summary>
    /// The value count most of the runs around run <paramref name="at"/> in its table share (more than half of them, at least
    /// two), or 0.
    /// </summary>
    private static int UsualCount(int[] counts, int[] table, int at)
    {
        int from = at, to = at;
        while (from > 0 && at - from < Neighbours && table[from - 1] == table[at]) from--;
        while (to < counts.Length - 1 && to - at < Neighbours && table[to + 1] == table[at]) to++;
        int others = to - from;
        for (int a = from; a <= to; a++)
        {
            if (a == at) continue;
            int votes = 0;
            for (int b = from; b <= to; b++) votes += b != at && counts[b] == counts[a] ? 1 : 0;
            if (votes >= 2 && 2 * votes > others) return counts[a];
        }
        return 0;
    }

    /// <summary>The lines with text between two runs: more than <see cref="MaxGap"/> (a title, a scale caption, a header) part two tables.</summary>
    private static int Gap(List<MarkdownLine> lines, int from, int to)
    {
        int gap = 0;
        for (int j = from; j < to; j++) gap += lines[j].Text.AsSpan().Trim().IsEmpty ? 0 : 1;
        return gap;
    }

    private static int ValueCount(List<MarkdownLine> lines, (int Label, int Start, int End) run)
    {
        int count = 0;
        for (int j = run.Start; j < run.End; j++) count += lines[j].Text.Trim() is "$" or "" ? 0 : 1;
        return count;
    }

    // A sentence ("Profit attributable to common shareholders.", a footnote's text) labels no row.
    internal static bool IsLabel(string text) =>
        WrappedLabels.IsLabelText(text) && !(text.TrimEnd().EndsWith('.') && text.AsSpan().Count(' ') >= 2);

    internal static bool IsValue(ReadOnlySpan<char> line)
    {
        if (line is "$") return true;
        if (line.StartsWith("$ ")) line = line[2..];
        // A value is short and starts with a digit, a sign, "(", "$" or a dash: most lines are not looked at further.
        if (line.IsEmpty || line.Length > 24 || !(char.IsAsciiDigit(line[0]) || line[0] is '(' or '$' or '.' or '-' or (>= '\u2010' and <= '\u2015') or '\u2212')) return false;
        string text = line.ToString();
        return SpacedCells.IsNumber(text) || Tables.NilDash.Is(text) || (text.EndsWith(" %") && SpacedCells.IsNumber(text[..^2]));
    }

    private static bool AllYears(List<MarkdownLine> lines, int start, int end)
    {
        for (int j = start; j < end; j++)
        {
            if (lines[j].Text.Trim() is { Length: > 0 } text && !Tables.HeaderLines.IsYear(text)) return false;
        }
        return true;
    }

    private static bool IsPageNumber(string text)
    {
        var t = text.AsSpan().Trim();
        return t.Length is >= 1 and <= 3 && !t.ContainsAnyExceptInRange('0', '9');
    }
}
