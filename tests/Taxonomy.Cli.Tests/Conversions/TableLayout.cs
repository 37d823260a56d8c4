namespace Taxonomy.Cli.Tests.Conversions;

/// <summary>How <see cref="TextRendering"/> prints a table.</summary>
public enum TableLayout
{
    /// <summary>Fixed-width columns; a long label wraps, its values on its last line (bottom-aligned, as most converters do).</summary>
    FixedWidthValuesLast,
    /// <summary>Fixed-width columns; a long label wraps, its values on its first line (top-aligned).</summary>
    FixedWidthValuesFirst,
    /// <summary>One row a line, cells separated by tabs; "$" joined to its amount, ")" and "%" to theirs.</summary>
    Tabs,
    /// <summary>A Markdown pipe table, cells as in <see cref="Tabs"/> (no column spans: header and rows need not line up).</summary>
    MarkdownPipes,
    /// <summary>
    /// As PDF text extraction prints a table: one row a line, cells separated by single spaces with no alignment, "$" a
    /// word of its own; a long label wraps, its values on its last line.
    /// </summary>
    PdfTextRuns,
    /// <summary>As PDF text extraction prints a table read cell by cell: every cell on a line of its own, "$" with its amount.</summary>
    PdfTextCells,
}
