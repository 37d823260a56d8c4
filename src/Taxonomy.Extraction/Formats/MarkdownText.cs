namespace Taxonomy.Extraction.Formats;

/// <summary>One output line of <see cref="MarkdownText"/> and the source offset it came from.</summary>
internal readonly record struct MarkdownLine(string Text, int Offset);

/// <summary>
/// Converts markdown (usually a PDF converted to text) into the pipeline's plain-text form: one table row per line, cells
/// TAB-separated, paragraphs separated by a blank line.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>A YAML front matter block (between <c>---</c> lines at the very top) is metadata of the conversion and is dropped;
/// horizontal rules become blank lines.</item>
/// <item>HTML comments on lines of their own are dropped, a page break's becoming a form feed (<see cref="MarkdownComments"/>).</item>
/// <item>Embedded HTML tables (<c>&lt;table&gt;</c> … <c>&lt;/table&gt;</c>) are converted by <see cref="HtmlToText"/>.</item>
/// <item>Pipe tables are read by <see cref="PipeTable"/>.</item>
/// <item>Other lines lose their markup (<see cref="MarkdownInline"/>); a line that ends in a run of numbers separated by single
/// spaces is split into cells (<see cref="SpacedCells"/>), and so is a header line of column titles printed side by side
/// (<see cref="SpacedHeaders"/>).</item>
/// <item>Page furniture (form feeds, page numbers, running headers) is dropped (<see cref="PageFurniture"/>).</item>
/// <item>A table read cell by cell, every cell on a line of its own, has its rows rejoined (<see cref="CellLines"/>).</item>
/// <item>Labels wrapped over several lines are joined (<see cref="WrappedLabels"/>), and footnote markers printed between a
/// label and its values go back to the label (<see cref="RunFootnotes"/>).</item>
/// </list>
/// </remarks>
public static class MarkdownText
{
    /// <summary>Converts <paramref name="text"/>; line offsets are positions in it plus <paramref name="baseOffset"/>.</summary>
    public static ConvertedText Convert(string text, int baseOffset = 0)
    {
        ArgumentNullException.ThrowIfNull(text);
        var source = SourceLines(text);
        MarkdownComments.Replace(source);
        PageFurniture.Remove(source);
        var output = new List<MarkdownLine>(source.Count);
        int i = SkipFrontMatter(source);
        while (i < source.Count)
        {
            var (line, offset) = source[i];
            if (line.AsSpan().TrimStart().StartsWith("<table", StringComparison.OrdinalIgnoreCase))
            {
                i = HtmlTable(text, source, i, baseOffset, output);
                continue;
            }
            if (PipeTable.IsRow(line) && HeaderRowsAbove(source, i) is int headerRows)
            {
                i = Pipes(source, i, headerRows, baseOffset, output);
                continue;
            }
            if (MarkdownInline.IsRule(line))
            {
                Add(output, "", baseOffset + offset);
                i++;
                continue;
            }
            string clean = MarkdownInline.CleanLine(line);
            Add(output, SpacedCells.Split(clean) ?? SpacedHeaders.Split(clean) ?? clean, baseOffset + offset);
            i++;
        }
        CellLines.Join(output);
        LoneValueRows.Split(output);
        WrappedLabels.Join(output);
        RunFootnotes.Restore(output);
        return Build(output);
    }

    private static int HtmlTable(string text, List<(string Text, int Offset)> source, int start, int baseOffset, List<MarkdownLine> output)
    {
        int end = start;
        while (end < source.Count && !source[end].Text.Contains("</table>", StringComparison.OrdinalIgnoreCase)) end++;
        if (end == source.Count) end = source.Count - 1;
        int from = source[start].Offset;
        int to = source[end].Offset + source[end].Text.Length;
        ConvertedText converted = HtmlToText.Convert(text[from..to], baseOffset + from);
        Add(output, "", baseOffset + from);
        var lines = converted.Lines;
        for (int k = 0; k < lines.Count; k++) Add(output, lines[k], converted.LineOffsets[k]);
        Add(output, "", baseOffset + from);
        return end + 1;
    }

    /// <summary>
    /// How many rows from <paramref name="start"/> on sit above a pipe table's delimiter row, or null when no delimiter follows:
    /// a converter prints a merged header ("| | Three Months Ended | | Nine Months Ended |" over "| | 2025 | 2024 | 2025 | 2024 |")
    /// as several rows above the one delimiter.
    /// </summary>
    private static int? HeaderRowsAbove(List<(string Text, int Offset)> source, int start)
    {
        if (PipeTable.IsDelimiter(source[start].Text)) return null;
        for (int i = start + 1; i < source.Count && i - start <= MaxHeaderRows; i++)
        {
            if (PipeTable.IsDelimiter(source[i].Text)) return i - start;
            if (!PipeTable.IsRow(source[i].Text)) return null;
        }
        return null;
    }

    private const int MaxHeaderRows = 6;

    private static int Pipes(List<(string Text, int Offset)> source, int start, int headerRows, int baseOffset, List<MarkdownLine> output)
    {
        Add(output, "", baseOffset + source[start].Offset);
        int i = start;
        while (i < source.Count && PipeTable.IsRow(source[i].Text))
        {
            var (line, offset) = source[i];
            if (!PipeTable.IsDelimiter(line))
            {
                foreach (string row in PipeTable.Read(line, headerRow: i < start + headerRows)) Add(output, row, baseOffset + offset);
            }
            i++;
        }
        Add(output, "", baseOffset + source[Math.Min(i, source.Count) - 1].Offset);
        return i;
    }

    private static int SkipFrontMatter(List<(string Text, int Offset)> source)
    {
        if (source.Count == 0 || !source[0].Text.AsSpan().Trim().SequenceEqual("---")) return 0;
        for (int i = 1; i < source.Count && i < 60; i++)
        {
            string t = source[i].Text.Trim();
            if (t == "---") return i + 1;
            if (t.Length > 0 && !t.Contains(':', StringComparison.Ordinal)) return 0;
        }
        return 0;
    }

    private static List<(string Text, int Offset)> SourceLines(string text)
    {
        var lines = new List<(string, int)>(text.AsSpan().Count('\n') + 1);
        int start = 0;
        while (start < text.Length)
        {
            int newline = text.IndexOf('\n', start);
            int end = newline < 0 ? text.Length : newline;
            lines.Add((text[start..end].TrimEnd('\r'), start));
            start = end + 1;
        }
        return lines;
    }

    private static void Add(List<MarkdownLine> output, string line, int offset)
    {
        if (line.AsSpan().Trim().IsEmpty)
        {
            if (output.Count == 0 || output[^1].Text.Length == 0) return;
            output.Add(new MarkdownLine("", offset));
            return;
        }
        output.Add(new MarkdownLine(line, offset));
    }

    private static ConvertedText Build(List<MarkdownLine> output)
    {
        int count = output.Count;
        while (count > 0 && output[count - 1].Text.Length == 0) count--;
        var lines = new string[count];
        var offsets = new List<int>(count);
        for (int k = 0; k < count; k++)
        {
            lines[k] = output[k].Text;
            offsets.Add(output[k].Offset);
        }
        return new ConvertedText(string.Join('\n', lines), offsets);
    }
}
