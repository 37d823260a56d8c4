using Taxonomy.Concepts;
using Taxonomy.Extraction.Tables;

namespace Taxonomy.Extraction.Periods;

/// <summary>
/// A period printed twice, restated beside its figures as previously reported ("2030 As Adjusted" · "2030 As Previously
/// Reported"): the restated column is the period's figures (the ones the filer's own XBRL tags for it), the other is
/// history. Read from the words over each column; any other pair of columns of one period stays unreported.
/// </summary>
internal static class RestatedColumns
{
    private static readonly string[] Restated = ["as adjusted", "adjusted", "as restated", "restated", "as recast", "recast", "as revised", "revised"];

    private static readonly string[] AsReported = ["as previously reported", "previously reported", "as originally reported", "originally reported", "as reported", "as previously filed"];

    /// <summary>Per column: +1 when its header calls it restated, −1 when previously reported, 0 otherwise; null when the header cannot be read column by column.</summary>
    public static int[]? Basis(StatementTable table, int columns)
    {
        if (PerColumn(table, columns) is not { } texts) return null;
        var basis = new int[columns];
        for (int c = 0; c < columns; c++)
        {
            string words = " " + LabelNormalizer.Normalize(texts[c]) + " ";
            if (AsReported.Any(w => words.Contains(" " + w + " ", StringComparison.Ordinal))) basis[c] = -1;
            else if (Restated.Any(w => words.Contains(" " + w + " ", StringComparison.Ordinal))) basis[c] = 1;
        }
        return basis;
    }

    /// <summary>The header text over each column: laid out by position, or a header line with one cell per column.</summary>
    private static List<string>? PerColumn(StatementTable table, int columns)
    {
        if (ColumnHeaderLayout.ColumnTexts(table) is { } laidOut) return laidOut;
        var texts = Enumerable.Range(0, columns).Select(_ => new System.Text.StringBuilder()).ToArray();
        bool any = false;
        foreach (var line in table.HeaderLines)
        {
            var cells = line.Filled.Where(c => c.Clean.Length > 0).ToList();
            if (cells.Count != columns) continue;
            for (int c = 0; c < columns; c++) texts[c].Append(cells[c].Clean).Append(' ');
            any = true;
        }
        return any ? texts.Select(t => t.ToString()).ToList() : null;
    }
}
