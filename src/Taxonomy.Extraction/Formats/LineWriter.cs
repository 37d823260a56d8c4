using System.Text;

namespace Taxonomy.Extraction.Formats;

/// <summary>Builds the output lines with their source offsets; collapses whitespace and repeated blank lines.</summary>
internal sealed class LineWriter
{
    private readonly StringBuilder text = new();
    private readonly List<int> offsets = [];
    private readonly CollapsingText line = new();
    private int lineOffset;
    private bool lastWasBlank = true;
    private readonly List<int> tableStarts = [];
    private bool tableStarting;

    /// <summary>Notes that the next whole line added is the first row of a data table.</summary>
    public void StartTable() => tableStarting = true;

    /// <summary>Appends inline text to the current line; <paramref name="offset"/> is used when the line starts here.</summary>
    public void Append(string value, int offset) => Append(value.AsSpan(), offset);

    /// <summary>Appends inline text to the current line; <paramref name="offset"/> is used when the line starts here.</summary>
    public void Append(ReadOnlySpan<char> value, int offset)
    {
        if (line.IsEmpty) lineOffset = offset;
        line.Append(value);
    }

    /// <summary>Ends the current line, if any text is on it.</summary>
    public void EndLine()
    {
        if (line.IsEmpty) return;
        AddLine(line.Take(), lineOffset);
    }

    /// <summary>Ends the current line and separates what follows by one blank line.</summary>
    public void EndParagraph()
    {
        EndLine();
        if (lastWasBlank) return;
        Add("", offsets.Count > 0 ? offsets[^1] : 0);
        lastWasBlank = true;
    }

    /// <summary>Adds a whole line (a table row or a preformatted line) after ending the current one.</summary>
    public void AddLine(string value, int offset)
    {
        if (value.Length == 0)
        {
            EndParagraph();
            return;
        }
        Add(value, offset);
        lastWasBlank = false;
    }

    /// <summary>Adds a whole non-empty line held in <paramref name="value"/>.</summary>
    public void AddLine(StringBuilder value, int offset)
    {
        if (tableStarting) tableStarts.Add(offsets.Count);
        tableStarting = false;
        if (offsets.Count > 0) text.Append('\n');
        text.Append(value);
        offsets.Add(offset);
        lastWasBlank = false;
    }

    public ConvertedText Build()
    {
        EndLine();
        if (lastWasBlank && offsets.Count > 0)
        {
            // Drop the trailing blank line.
            text.Length -= 1;
            offsets.RemoveAt(offsets.Count - 1);
        }
        if (text.Length > 0 && text[^1] == '\n') text.Length -= 1;
        return new ConvertedText(text.ToString(), offsets) { TableStarts = tableStarts };
    }

    private void Add(string value, int offset)
    {
        if (offsets.Count > 0) text.Append('\n');
        text.Append(value);
        offsets.Add(offset);
    }
}
