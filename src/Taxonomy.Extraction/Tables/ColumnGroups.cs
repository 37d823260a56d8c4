using Taxonomy.Extraction.Segmentation;

namespace Taxonomy.Extraction.Tables;

/// <summary>
/// A header line naming the table's columns as entities or measures rather than periods ("Consolidated", a business
/// segment, "Consolidating Adjustments"; "GAAP", "Adjustments", "Non-GAAP"). Only the consolidated (GAAP, as reported)
/// column reports the filer's own figures; the others are segment, supplemental or non-GAAP data, kept apart from them.
/// </summary>
internal sealed record ColumnGroups(IReadOnlyList<string> Names, int? Consolidated)
{
    /// <summary>The column groups a header line names, or null when it is not such a line.</summary>
    public static ColumnGroups? Find(TextLine line)
    {
        if (line.Filled.Count < 2 || !AllWords(line.Filled)) return null;
        var cells = line.Filled.Where(c => c.Clean.Length > 0).Select(c => c.Clean).ToList();
        if (cells.Count < 2) return null;
        if (cells.Any(c => Periods.DateMention.Any(c) || Periods.DurationLength.Find(c) is not null)) return null;
        int? consolidated = null;
        bool grouping = false;
        for (int i = 0; i < cells.Count; i++)
        {
            string name = Taxonomy.Concepts.LabelNormalizer.Normalize(cells[i]);
            // "GAAP · Adjustments · Non-GAAP": the GAAP (as reported) column is the filer's statement.
            if (name is "consolidated" or "consolidated total" or "total consolidated" or "total company"
                or "gaap" or "us gaap" or "u s gaap" or "as reported" or "gaap as reported" or "reported") consolidated ??= i;
            if (name.Contains("consolidat", StringComparison.Ordinal) || name.Contains("elimination", StringComparison.Ordinal)
                || name.Contains("segment", StringComparison.Ordinal) || name.Contains("adjustments", StringComparison.Ordinal)
                || name.Contains("non gaap", StringComparison.Ordinal))
            {
                grouping = true;
            }
        }
        return grouping ? new ColumnGroups(cells, consolidated) : null;
    }

    /// <summary>
    /// Whether every cell with text holds a letter and is no number: a line of figures (most lines a table's rows are read
    /// from) names no columns, and is not read further.
    /// </summary>
    private static bool AllWords(IReadOnlyList<Cell> filled)
    {
        for (int k = 0; k < filled.Count; k++)
        {
            string text = filled[k].Clean;
            if (text.Length > 0 && (!text.Any(char.IsLetter) || NumberParser.ParseSingle(text, 0) is not null)) return false;
        }
        return true;
    }

    /// <summary>The names of the columns not kept.</summary>
    public IEnumerable<string> Skipped => Names.Where((_, i) => i != Consolidated);
}
