using Taxonomy.Extraction.Segmentation;

namespace Taxonomy.Extraction.Tables;

/// <summary>A row of a statement table: its label (null when the conversion lost it) and one slot per column.</summary>
internal sealed record TableRow(TextLine Line, string? Label, int LabelOffset, IReadOnlyList<ValueSlot> Values)
{
    /// <summary>True when the row has a label.</summary>
    public bool HasLabel => !string.IsNullOrWhiteSpace(Label);

    /// <summary>How many percentage cells (change or ratio columns) the row printed; they are not value slots.</summary>
    public int SkippedPercents { get; init; }

    /// <summary>The power of ten the row's label states for its own amounts ("Average shares (in millions)"), or null.</summary>
    public int? StatedPower { get; init; }

    /// <summary>True when the label states its amounts are in pence: hundredths of the pound sterling, whatever the table's currency.</summary>
    public bool InPence { get; init; }

    /// <summary>
    /// True when the row prints fewer figures than the table has columns and nothing on its line says which columns they
    /// are under (a line split at single spaces); its figures are placed by the statement's calculations, or not reported.
    /// </summary>
    public bool Unplaced { get; init; }
}

/// <summary>A run of numbers printed on one line (a second printing of a column), in order.</summary>
internal sealed record NumberRun(TextLine Line, IReadOnlyList<NumberReading> Numbers);
