using System.Globalization;

namespace Taxonomy.Extraction.Periods;

/// <summary>
/// A column header that names a month but no day ("3 Months Ended December" over "2004", "Year Ended June 2025"): the
/// period ends on the last day of that month. Read only when the header names one month, without a day, right after
/// "ended" (or "ending", "through") or right before its year; a header naming no month gives no end.
/// </summary>
internal static class MonthEnd
{
    private static readonly char[] YearSeparators = [' ', ',', '\t'];

    /// <summary>The month (1–12) the text names without a day, or null when it names none, several, or one with a day.</summary>
    public static int? Month(string text)
    {
        var words = Taxonomy.Concepts.LabelNormalizer.Normalize(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int? found = null;
        for (int i = 0; i < words.Length; i++)
        {
            if (DateMention.MonthNamed(words[i]) is not { } month) continue;
            bool day = i + 1 < words.Length && words[i + 1].Length <= 2 && words[i + 1].All(char.IsAsciiDigit);
            if (day) return null;
            bool afterEnded = i > 0 && words[i - 1] is "ended" or "ending" or "through";
            bool beforeYear = i + 1 < words.Length && Tables.HeaderLines.IsYear(words[i + 1]);
            if (!afterEnded && !beforeYear) continue;
            if (found is { } other && other != month) return null;
            found = month;
        }
        return found;
    }

    /// <summary>
    /// The end of the period a single column's header text names with a month and no day: the last day of that month in the
    /// one year the text prints; null when it names no such month, no year or several years.
    /// </summary>
    public static DateOnly? Of(string columnText)
    {
        if (Month(columnText) is not { } month) return null;
        var years = columnText.Split(YearSeparators, StringSplitOptions.RemoveEmptyEntries).Where(Tables.HeaderLines.IsYear).Distinct().ToList();
        if (years.Count != 1) return null;
        return LastDay(int.Parse(years[0], CultureInfo.InvariantCulture), month);
    }

    /// <summary>The last day of <paramref name="month"/> in <paramref name="year"/>.</summary>
    public static DateOnly LastDay(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));
}
