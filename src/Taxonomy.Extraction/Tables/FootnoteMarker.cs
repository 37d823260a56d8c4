namespace Taxonomy.Extraction.Tables;

/// <summary>
/// A footnote marker a conversion left at the end of a row label as a plain digit, the superscript flattened: "Profit 1",
/// "Diluted 2". A digit after a word that numbers things ("Series 2", "Tier 1", "Page 3") or after a joining word ("Page 3
/// of 5", "1 to 5") is part of the text. Also the shapes a marker takes where PDF text prints it apart from the label.
/// </summary>
internal static class FootnoteMarker
{
    private static readonly HashSet<string> NumberingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "series", "class", "tier", "level", "phase", "note", "notes", "no", "number", "item", "stage", "step", "type", "unit",
        "units", "section", "part", "plan", "fund", "facility", "tranche", "year", "years", "quarter", "quarters", "month",
        "months", "week", "weeks", "day", "days", "segment", "region", "division", "group", "pool", "trust", "vie", "page",
        "of", "and", "or", "to", "per", "in", "at", "by", "for", "from", "with", "than", "the", "a", "an",
    };

    /// <summary>The label without a trailing footnote digit (1–9 after a space, a word before it), or the label itself.</summary>
    public static string Strip(string label)
    {
        var text = label.AsSpan().TrimEnd();
        if (text.Length < 3 || text[^1] is < '1' or > '9' || text[^2] != ' ') return label;
        var before = text[..^2].TrimEnd();
        if (before.IsEmpty || !(char.IsLetter(before[^1]) || before[^1] == ')')) return label;
        var word = before[(before.LastIndexOf(' ') + 1)..].TrimStart('(').TrimEnd(')');
        if (word.IsEmpty || NumberingWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)) return label;
        return before.ToString();
    }

    /// <summary>
    /// True for a cell that is a footnote digit (1–9), bare or, when <paramref name="parenthesized"/>, in parentheses:
    /// what PDF text leaves between a label and its values ("Cost of sales (1) 16,443").
    /// </summary>
    public static bool IsDigit(ReadOnlySpan<char> cell, bool parenthesized = true) =>
        cell is [>= '1' and <= '9'] || (parenthesized && cell is ['(', >= '1' and <= '9', ')']);

    /// <summary>The length of a footnote marker at the start of <paramref name="text"/> ("(1)", "(a)", "*"), or 0.</summary>
    public static int LengthAtStart(string text)
    {
        if (text.StartsWith('*')) return text.TakeWhile(c => c == '*').Count();
        if (text.Length >= 3 && text[0] == '(' && text.IndexOf(')') is int close and > 1 and <= 3
            && text.AsSpan(1, close - 1).ToString().All(char.IsAsciiLetterOrDigit))
        {
            return close + 1;
        }
        return 0;
    }

    /// <summary>
    /// The label without the footnote markers that end it ("Net income per share (1)", "Net loss per share(a)", "… per
    /// share*"), and those markers in printed order; the label itself and none when it ends in none. A marker in
    /// parentheses holds one or two digits or one letter, so "(loss)" is no marker.
    /// </summary>
    public static string StripAtEnd(string label, out IReadOnlyList<string> markers)
    {
        var found = new List<string>();
        string rest = label.TrimEnd();
        while (true)
        {
            int length = 0;
            int open = rest.LastIndexOf('(');
            if (rest.EndsWith('*')) length = rest.Length - rest.TrimEnd('*').Length;
            else if (rest.EndsWith(')') && open >= 1 && rest.Length - open is 3 or 4 && IsMarkerInside(rest.AsSpan(open + 1, rest.Length - open - 2))) length = rest.Length - open;
            if (length == 0 || length >= rest.Length) break;
            found.Insert(0, rest[^length..]);
            rest = rest[..^length].TrimEnd();
        }
        markers = found;
        return found.Count == 0 ? label : rest;
    }

    private static bool IsMarkerInside(ReadOnlySpan<char> inside) =>
        inside is [>= '0' and <= '9'] or [>= '0' and <= '9', >= '0' and <= '9'] or [>= 'a' and <= 'z'];
}
