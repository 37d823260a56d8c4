namespace Taxonomy.Extraction.Formats;

/// <summary>
/// Tells PDF text from fixed-width text by its rows of figures. A line that ends in two or more figures is a table row in
/// either; a fixed-width converter pads its cells apart (two or more spaces, or a tab, somewhere between the label and the
/// last figure), PDF text extraction separates them by single spaces (<c>Net sales $ 1,204 $ 998</c>).
/// </summary>
internal static class SpacedRuns
{
    private const int MinimumRows = 5;

    /// <summary>True when single-spaced rows of figures are at least <see cref="MinimumRows"/> and outnumber padded ones four to one.</summary>
    public static bool Dominate(string content)
    {
        int spaced = 0, padded = 0;
        foreach (var range in content.AsSpan().Split('\n'))
        {
            var line = content.AsSpan(range).TrimEnd("\r ");
            if (line.Length == 0 || !(char.IsAsciiDigit(line[^1]) || line[^1] is ')' or '%')) continue;
            switch (Classify(line))
            {
                case 1: spaced++; break;
                case 2: padded++; break;
            }
        }
        return spaced >= MinimumRows && spaced >= 4 * padded;
    }

    /// <summary>0: no row of figures; 1: figures after single spaces only; 2: a gap of two or more spaces or a tab before the last figure.</summary>
    private static int Classify(ReadOnlySpan<char> line)
    {
        line = line.TrimStart(' ');
        int figures = 0, end = line.Length;
        bool padded = false;
        while (end > 0)
        {
            int start = end;
            while (start > 0 && line[start - 1] is not (' ' or '\t')) start--;
            var token = line[start..end];
            // "$" stands before its figure and "%" after it ("8.9 %", a change column's); anything else that is no figure ends the run.
            if (token is not ("$" or "%"))
            {
                if (!IsFigure(token)) break;
                figures++;
            }
            int gap = start;
            while (gap > 0 && line[gap - 1] is ' ' or '\t') gap--;
            if (start - gap >= 2 || line[gap..start].Contains('\t')) padded = true;
            if (gap == 0) break;
            end = gap;
        }
        if (figures < 2) return 0;
        return padded ? 2 : 1;
    }

    private static bool IsFigure(ReadOnlySpan<char> token)
    {
        bool digit = false;
        foreach (char c in token)
        {
            if (char.IsAsciiDigit(c)) digit = true;
            else if (c is not (',' or '.' or '(' or ')' or '$' or '-' or '%')) return false;
        }
        return digit;
    }
}
