using Taxonomy.Extraction.Segmentation;

namespace Taxonomy.Extraction.Tables;

/// <summary>Recognises column-header lines: dates, years, and period phrases ("Three Months Ended").</summary>
internal static class HeaderLines
{
    private static readonly string[] Words =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "months", "month", "weeks", "week", "quarter", "quarters", "ended", "ending", "year", "years", "fiscal", "period",
        "to", "date", "ytd", // "Year To Date" column groups
    ];

    public static bool IsHeader(TextLine line)
    {
        bool sawWord = false;
        foreach (var cell in line.Filled)
        {
            string text = cell.Clean;
            if (text.Length == 0) continue;
            if (IsYear(text)) continue;
            var words = Taxonomy.Concepts.LabelNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var word in words)
            {
                if (Words.Contains(word) || word.All(char.IsAsciiDigit) || word is "and" or "as" or "of" or "at" or "three" or "six" or "nine" or "twelve" or "thirteen" or "fifty" or "two" or "unaudited") 
                {
                    if (Words.Contains(word)) sawWord = true;
                    continue;
                }
                return false;
            }
        }
        return sawWord || line.Filled.All(c => c.Clean.Length == 0 || IsYear(c.Clean));
    }

    public static bool IsYear(string text) =>
        text.Length == 4 && text.All(char.IsAsciiDigit) && int.Parse(text, System.Globalization.CultureInfo.InvariantCulture) is >= 1950 and <= 2100;
}
