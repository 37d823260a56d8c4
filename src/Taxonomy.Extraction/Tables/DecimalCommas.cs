namespace Taxonomy.Extraction.Tables;

/// <summary>
/// Figures printed with a decimal comma ("0,45", "312,4", "1.234,5", "2 100,0"): a European format the number reader
/// does not read (a comma before one or two digits is no thousands separator). They are counted so that a finding says
/// why a row's figures are not reported. A comma before three digits ("1,250") is read as a thousands comma and not counted.
/// </summary>
internal static class DecimalCommas
{
    /// <summary>How many whitespace-separated figures in <paramref name="text"/> end in a decimal comma and one or two digits.</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        if (text.IndexOf(',') < 0) return 0;
        int count = 0;
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && IsGap(text[i])) i++;
            int start = i;
            while (i < text.Length && !IsGap(text[i])) i++;
            if (IsDecimalCommaFigure(text[start..i].Trim("$€£()-"))) count++;
        }
        return count;
    }

    private static bool IsGap(char c) => c is ' ' or '\t';

    private static bool IsDecimalCommaFigure(ReadOnlySpan<char> token)
    {
        int comma = token.LastIndexOf(',');
        if (comma < 1 || token.Length - comma - 1 is < 1 or > 2) return false;
        foreach (char c in token[(comma + 1)..])
        {
            if (!char.IsAsciiDigit(c)) return false;
        }
        if (!char.IsAsciiDigit(token[0]) || !char.IsAsciiDigit(token[comma - 1])) return false;
        foreach (char c in token[..comma])
        {
            if (!(char.IsAsciiDigit(c) || c is '.' or '\u00A0' or '\u202F' or '\u2009')) return false;
        }
        return true;
    }
}
