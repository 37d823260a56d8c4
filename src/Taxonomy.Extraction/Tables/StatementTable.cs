using Taxonomy.Concepts;
using Taxonomy.Extraction.Segmentation;

namespace Taxonomy.Extraction.Tables;

/// <summary>
/// A statement table found in the document: its title line, kind, the header lines (wherever printed),
/// data rows, second printings of columns, and the lines just above it where scale phrases live.
/// </summary>
internal sealed record StatementTable(
    TextLine Title,
    StatementKind Kind,
    IReadOnlyList<TextLine> HeaderLines,
    IReadOnlyList<TableRow> Rows,
    IReadOnlyList<NumberRun> SecondPrintings,
    IReadOnlyList<TextLine> Preamble,
    int ColumnCount,
    IReadOnlyList<TextLine> NoiseLines)
{
    /// <summary>
    /// True when only headings separate this table from the previous one (they share a caption such as the scale), or running
    /// text when this one is marked as continuing the same statement and no other table of figures lies between.
    /// </summary>
    public bool ContinuesPrevious { get; init; }

    /// <summary>
    /// A short line of text without figures printed right below the table ("Amounts in millions, except …"), where a
    /// statement that states its scale nowhere above may state it; null when the next line is anything else.
    /// </summary>
    public TextLine? NoteBelow { get; init; }

    /// <summary>The entity columns (consolidated, segments, adjustments) the header names, when it names them instead of periods.</summary>
    public ColumnGroups? ColumnGroups { get; init; }

    /// <summary>Why the table's numbers are not reported (segment figures, a non-GAAP reconciliation), or null.</summary>
    public string? SkippedBecause { get; init; }

    /// <summary>True when <see cref="SkippedBecause"/> names a layout that is not read rather than figures that are not the filer's statement.</summary>
    public bool SkippedLayout { get; init; }

    /// <summary>The table kept without its values, for <paramref name="reason"/>: its labelled rows stay, so a finding can say why its numbers are not reported.</summary>
    public StatementTable Skipped(string reason) =>
        this with { Rows = Rows.Where(r => r.HasLabel).Select(r => r with { Values = [] }).ToList(), ColumnCount = 0, SkippedBecause = reason };

    /// <summary>Why columns printed in the table are not among its <see cref="ColumnCount"/> columns (change columns).</summary>
    public IReadOnlyList<string> ColumnNotes { get; init; } = [];

    /// <summary>The footnotes printed under the table's rows, which its row labels point to by their markers.</summary>
    public IReadOnlyList<TableFootnote> Footnotes { get; init; } = [];

    /// <summary>What was decided about single rows before their concepts were matched (skipped rows, rows read under another label).</summary>
    public IReadOnlyList<RowNote> RowNotes { get; init; } = [];
}
