using System.Globalization;
using System.Text.RegularExpressions;

namespace Taxonomy.Extraction.Periods;

/// <summary>A date written in words ("September 30, 2008", "Sept. 30", "June 30,"), year optional.</summary>
internal sealed record DateMention(int Month, int Day, int? Year, int Offset, int Length)
{
    private static readonly Regex Pattern = new(
        @"\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s*(\d{4}))?",
        RegexOptions.IgnoreCase | RegexOptions.NonBacktracking | RegexOptions.CultureInvariant);

    /// <summary>The date, when the year is known and the day exists.</summary>
    public DateOnly? Date => Year is { } y && Day <= DateTime.DaysInMonth(y, Month) ? new DateOnly(y, Month, Day) : null;

    /// <summary>Every date mention in <paramref name="text"/>; offsets are relative to <paramref name="baseOffset"/>.</summary>
    public static List<DateMention> FindAll(string text, int baseOffset = 0)
    {
        var result = new List<DateMention>();
        foreach (Match m in Pattern.Matches(text))
        {
            int month = MonthNumber(m.Groups[1].Value);
            int day = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            if (day is < 1 or > 31) continue;
            int? year = m.Groups[3].Success ? int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture) : null;
            result.Add(new DateMention(month, day, year, baseOffset + m.Index, m.Length));
        }
        return result;
    }

    public static int MonthNumber(string name)
    {
        string key = name.ToLowerInvariant();
        string[] months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
        for (int i = 0; i < months.Length; i++)
        {
            if (key.StartsWith(months[i], StringComparison.Ordinal)) return i + 1;
        }
        return 0;
    }
}
