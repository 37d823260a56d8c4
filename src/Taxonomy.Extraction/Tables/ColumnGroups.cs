using Taxonomy.Extraction.Segmentation;

namespace Taxonomy.Extraction.Tables;

/// <summary>
/// A header line naming the table's columns as entities or measures rather than periods ("Consolidated", a business
/// segment, "Consolidating Adjustments"; "GAAP", "Adjustments", "Non-GAAP"). Only the consolidated (GAAP, as reported)
/// column reports the filer's own figures; the others are segment, supplemental or non-GAAP data, kept apart from them.
/// When the names repeat under each period of the header ("GAAP · Non-GAAP" under 2026, then under 2025), the GAAP
/// column of every period is kept (see <see cref="ColumnGroupPeriods"/>).
/// </summary>
internal sealed record ColumnGroups(IReadOnlyList<string> Names, int? Consolidated)
{
    /// <summary>Where each name starts: its tab cell on a tab-separated line, its character column on a spaced one.</summary>
    public IReadOnlyList<int> Positions { get; init; } = [];

    /// <summary>The line naming the groups.</summary>
    public TextLine? Line { get; init; }

    /// <summary>The columns kept (indexes into <see cref="Names"/>): the consolidated one, or one per period.</summary>
    public IReadOnlyList<int> Kept { get; init; } = [];

    /// <summary>The column groups a header line names, or null when it is not such a line.</summary>
    public static ColumnGroups? Find(TextLine line)
    {
        if (line.Filled.Count < 2 || !AllWords(line.Filled)) return null;
        var filled = line.Filled.Where(c => c.Clean.Length > 0).ToList();
        var cells = filled.Select(c => c.Clean).ToList();
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
        if (!grouping) return null;
        return new ColumnGroups(cells, consolidated)
        {
            Positions = filled.Select(c => ColumnGroupPeriods.Position(line, c)).ToList(),
            Line = line,
            Kept = consolidated is { } k ? [k] : [],
        };
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
    public IEnumerable<string> Skipped => Names.Where((_, i) => !Kept.Contains(i));
}
