using System.Text;

namespace Taxonomy.Cli.Output;

/// <summary>A plain-text table with aligned columns: text left-aligned, numbers right-aligned.</summary>
internal sealed class TextTable
{
    private readonly string[] _headers;
    private readonly bool[] _rightAligned;
    private readonly List<string[]> _rows = [];

    public TextTable(IReadOnlyList<string> headers, IReadOnlyList<bool> rightAligned)
    {
        if (headers.Count != rightAligned.Count) throw new ArgumentException("One alignment per column.", nameof(rightAligned));
        _headers = headers.ToArray();
        _rightAligned = rightAligned.ToArray();
    }

    public int RowCount => _rows.Count;

    public void Add(params string[] cells)
    {
        if (cells.Length != _headers.Length) throw new ArgumentException($"Expected {_headers.Length} cells, got {cells.Length}.", nameof(cells));
        _rows.Add(cells);
    }

    /// <summary>Appends the table, each line ending in <c>\n</c> with no trailing spaces.</summary>
    public void AppendTo(StringBuilder output)
    {
        int[] widths = new int[_headers.Length];
        foreach (var row in _rows.Prepend(_headers))
        {
            for (int i = 0; i < row.Length; i++) widths[i] = Math.Max(widths[i], row[i].Length);
        }
        AppendRow(output, _headers, widths);
        AppendRow(output, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in _rows) AppendRow(output, row, widths);
    }

    private void AppendRow(StringBuilder output, string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (int i = 0; i < cells.Length; i++)
        {
            if (i > 0) line.Append("  ");
            line.Append(_rightAligned[i] ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]));
        }
        output.Append(line.ToString().TrimEnd()).Append('\n');
    }
}
