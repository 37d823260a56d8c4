namespace Taxonomy.Extraction.Narrative;

/// <summary>
/// A year named alone near an amount ("2021 sales and revenues of $51.0 billion", "revenues in 2003 of $41.1 billion",
/// "$9.0 million for fiscal 2024"): it names a whole (fiscal) year. When the reader has no period phrase for the amount
/// and would take a default one, such a year tells that the default is not the amount's period unless it is that year.
/// A year inside a quarter, month or date phrase ("first quarter of 2022", "First-quarter 2022", "September 2008",
/// "March 31, 2022", "fiscal 2011 first quarter") names a part of a year, not a year.
/// </summary>
internal static class YearNamed
{
    private static readonly string[] PartWords =
    [
        "quarter", "month", "months", "half", "week", "weeks", "ended", "ending", "q1", "q2", "q3", "q4",
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august",
        "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december",
    ];

    private static readonly string[] PartAfter = ["first", "second", "third", "fourth", "quarter", "quarters", "half", "q1", "q2", "q3", "q4"];

    /// <summary>
    /// True when the segment before the amount, or its clause after it (to the next comma, semicolon or full stop), names a
    /// year alone that <paramref name="assumed"/> is not (it is a year only when it lasts about one and starts or ends in it).
    /// </summary>
    public static bool Other(string text, int segStart, int amountStart, int amountEnd, Period assumed)
    {
        int clauseEnd = amountEnd;
        while (clauseEnd < text.Length && !(text[clauseEnd] is ',' or ';' || text[clauseEnd] == '.' && !(clauseEnd + 1 < text.Length && char.IsAsciiDigit(text[clauseEnd + 1])))) clauseEnd++;
        return OtherIn(text, segStart, amountStart, assumed) || OtherIn(text, amountEnd, clauseEnd, assumed);
    }

    private static bool OtherIn(string text, int from, int to, Period assumed)
    {
        for (int i = from; i + 4 <= to; i++)
        {
            if (!IsYearAt(text, i, out int year)) continue;
            if (InPartPhrase(text, from, i, to)) continue;
            bool isThatYear = assumed.Days >= 350 && (assumed.End.Year == year || assumed.Start?.Year == year);
            if (!isThatYear) return true;
        }
        return false;
    }

    /// <summary>Four ASCII digits from 1900 to 2099 standing alone: not part of a longer number, an amount or a thousands group.</summary>
    internal static bool IsYearAt(string text, int i, out int year)
    {
        year = 0;
        for (int k = 0; k < 4; k++)
        {
            if (!char.IsAsciiDigit(text[i + k])) return false;
            year = year * 10 + (text[i + k] - '0');
        }
        if (year is < 1900 or > 2099) return false;
        if (i > 0 && (char.IsAsciiDigit(text[i - 1]) || text[i - 1] is '$' or '.' or ',')) return false;
        int after = i + 4;
        if (after < text.Length && (char.IsAsciiDigit(text[after]) || text[after] == '%')) return false;
        if (after + 1 < text.Length && text[after] is ',' or '.' && char.IsAsciiDigit(text[after + 1])) return false;
        return true;
    }

    /// <summary>True when a word of the three before the year, or of the two after it, makes it part of a quarter, month or date phrase.</summary>
    private static bool InPartPhrase(string text, int from, int yearStart, int to)
    {
        var words = text[Math.Max(from, yearStart - 40)..yearStart].Split(WordsBefore, StringSplitOptions.RemoveEmptyEntries);
        for (int k = words.Length - 1; k >= 0 && k >= words.Length - 3; k--)
        {
            string w = words[k].TrimEnd(Punctuation).ToLowerInvariant();
            if (PartWords.Contains(w)) return true;
            // "March 31, 2022": a day of the month before the year.
            if (k == words.Length - 1 && words[k].EndsWith(',') && w.Length is 1 or 2 && w.All(char.IsAsciiDigit)) return true;
        }
        var next = text[(yearStart + 4)..Math.Min(to, yearStart + 30)].Split(WordsAfter, StringSplitOptions.RemoveEmptyEntries);
        return next.Take(2).Any(w => PartAfter.Contains(w.TrimEnd(Punctuation).ToLowerInvariant()));
    }

    private static readonly char[] WordsBefore = [' ', '-', '\u00A0', '\u2013'];
    private static readonly char[] WordsAfter = [' ', '-', '\u00A0'];
    private static readonly char[] Punctuation = [',', '.'];
}
