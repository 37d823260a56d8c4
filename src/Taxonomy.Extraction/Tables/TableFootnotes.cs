using Taxonomy.Extraction.Segmentation;

namespace Taxonomy.Extraction.Tables;

/// <summary>A footnote printed under a table's rows: its marker ("(1)", "(a)", "*") and its text after the marker.</summary>
internal sealed record TableFootnote(string Marker, string Text, TextLine Line);

/// <summary>
/// The footnotes printed under a table's last row of values ("(1) Basic and diluted net income per share are the same
/// because …"): each line that starts with a marker, with the lines of running text that carry its sentence on. They end
/// at the first line that is neither (a row of values, a title, a paragraph after a blank line).
/// </summary>
internal static class TableFootnotes
{
    private const int MostLines = 16;

    public static IReadOnlyList<TableFootnote> Below(IReadOnlyList<TextLine> lines, int from)
    {
        var notes = new List<TableFootnote>();
        bool carried = false; // the line before was part of a footnote, with no blank line between
        for (int j = from, seen = 0; j < lines.Count && seen < MostLines; j++)
        {
            var line = lines[j];
            if (line.Kind == LineKind.Blank)
            {
                carried = false;
                continue;
            }
            seen++;
            string text = line.Text.Trim();
            int marker = FootnoteMarker.LengthAtStart(text);
            if (marker > 0 && marker < text.Length)
            {
                notes.Add(new TableFootnote(text[..marker], text[marker..].Trim(), line));
                carried = true;
                continue;
            }
            if (carried && line.Kind != LineKind.Tabular)
            {
                notes[^1] = notes[^1] with { Text = notes[^1].Text + " " + text };
                continue;
            }
            break;
        }
        return notes;
    }
}
