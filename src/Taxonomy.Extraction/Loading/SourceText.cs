namespace Taxonomy.Extraction.Loading;

/// <summary>A decoded document with a line index, so any offset maps to a line and column.</summary>
internal sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string text)
    {
        Text = text;
        // Sized for lines of about 40 characters, and the breaks found by a vectorized search rather than char by char.
        var starts = new List<int>(text.Length / 40 + 2) { 0 };
        for (int i = text.AsSpan().IndexOfAny('\n', '\r'); i >= 0; i = NextBreak(text, i + 1))
        {
            // A lone CR (classic Mac files, some converters) ends a line as LF and CRLF do.
            if (text[i] == '\n' || i + 1 == text.Length || text[i + 1] != '\n') starts.Add(i + 1);
        }
        _lineStarts = starts.ToArray();
    }

    public string Text { get; }

    private static int NextBreak(string text, int from)
    {
        int next = text.AsSpan(from).IndexOfAny('\n', '\r');
        return next < 0 ? -1 : from + next;
    }

    public int LineCount => _lineStarts.Length;

    /// <summary>The 0-based start offset of 0-based line <paramref name="line"/>.</summary>
    public int LineStart(int line) => _lineStarts[line];

    /// <summary>The text of 0-based line <paramref name="line"/> without its line break.</summary>
    public string LineText(int line)
    {
        int start = _lineStarts[line];
        int end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] - 1 : Text.Length;
        if (end > start && Text[end - 1] == '\r') end--;
        return Text.Substring(start, Math.Max(0, end - start));
    }

    /// <summary>The span (1-based line and column) of <paramref name="length"/> characters at <paramref name="offset"/>.</summary>
    public SourceSpan Span(int offset, int length)
    {
        int line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0) line = ~line - 1;
        return new SourceSpan(line + 1, offset - _lineStarts[line] + 1, offset, length);
    }
}
