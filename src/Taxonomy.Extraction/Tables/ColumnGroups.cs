using Taxonomy.Extraction.Segmentation;

namespace Taxonomy.Extraction.Tables;

/// <summary>
/// A header line naming the table's columns as entities rather than periods ("Consolidated", a business segment,
/// "Consolidating Adjustments"). Only the consolidated column reports the filer's own figures; the others are
/// segment or supplemental data, kept apart from them.
/// </summary>
internal sealed record ColumnGroups(IReadOnlyList<string> Names, int? Consolidated)
{
    /// <summary>The column groups a header line names, or null when it is not such a line.</summary>
    public static ColumnGroups? Find(TextLine line)
    {
        if (line.Filled.Count < 2) return null;
        var cells = line.Filled.Where(c => c.Clean.Length > 0).Select(c => c.Clean).ToList();
        if (cells.Count < 2 || cells.Any(c => !c.Any(char.IsLetter) || NumberParser.ParseSingle(c, 0) is not null)) return null;
        if (cells.Any(c => Periods.DateMention.Any(c) || Periods.DurationLength.Find(c) is not null)) return null;
        int? consolidated = null;
        bool grouping = false;
        for (int i = 0; i < cells.Count; i++)
        {
            string name = Taxonomy.Concepts.LabelNormalizer.Normalize(cells[i]);
            if (name is "consolidated" or "consolidated total" or "total consolidated" or "total company") consolidated ??= i;
            if (name.Contains("consolidat", StringComparison.Ordinal) || name.Contains("elimination", StringComparison.Ordinal)
                || name.Contains("segment", StringComparison.Ordinal) || name.Contains("adjustments", StringComparison.Ordinal))
            {
                grouping = true;
            }
        }
        return grouping ? new ColumnGroups(cells, consolidated) : null;
    }

    /// <summary>The names of the columns not kept.</summary>
    public IEnumerable<string> Skipped => Names.Where((_, i) => i != Consolidated);
}
