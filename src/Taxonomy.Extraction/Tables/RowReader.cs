using Taxonomy.Extraction.Segmentation;

namespace Taxonomy.Extraction.Tables;

/// <summary>Reads a table line into a label and value slots, or into a second printing (a run of numbers in one cell).</summary>
internal static class RowReader
{
    public static (TableRow? Row, IReadOnlyList<NumberRun> Runs) Read(TextLine line)
    {
        string? label = null;
        int labelOffset = line.Offset;
        var slots = new List<ValueSlot>();
        var runs = new List<NumberRun>();
        bool lastWasDebris = false;
        foreach (var cell in line.Cells)
        {
            string text = cell.Clean;
            if (cell.IsDebris)
            {
                if (!lastWasDebris) slots.Add(new ValueSlot(null, Lost: true, cell.Offset, cell.Raw));
                lastWasDebris = true;
                continue;
            }
            if (text.Length == 0 || text == "$") continue;
            lastWasDebris = false;
            int cleanOffset = cell.Offset + Math.Max(0, cell.Raw.IndexOf(text.Length > 0 ? text[0] : ' '));
            if (NumberParser.ParseSingle(text, cleanOffset) is { } number)
            {
                slots.Add(new ValueSlot(number, false, number.Offset, number.Text));
                continue;
            }
            if (text is "-" or "\u2013" or "\u2014" or "--" or "$-" or "$ -" or "$\u2014" or "$ \u2014")
            {
                slots.Add(new ValueSlot(null, false, cleanOffset, text));
                continue;
            }
            if (NumberParser.ParseRun(text, cleanOffset, allowSpaceGroups: false) is { Count: >= 3 } run)
            {
                runs.Add(new NumberRun(line, run));
                continue;
            }
            if (cell.HasLetters && slots.Count == 0 && label is null)
            {
                label = text;
                labelOffset = cell.Offset;
            }
        }
        if (runs.Count > 0) return (null, runs);
        // Debris after the last number says nothing about a lost column.
        while (slots.Count > 0 && slots[^1].Lost) slots.RemoveAt(slots.Count - 1);
        return (new TableRow(line, label, labelOffset, slots), []);
    }
}
