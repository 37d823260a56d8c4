using System.Text.RegularExpressions;

namespace Taxonomy.Extraction.Periods;

/// <summary>The length of a reporting period named in words: "Three Months Ended", "13 weeks ended", "Year Ended", "first quarter".</summary>
internal readonly partial record struct DurationLength(int Months, int Weeks)
{
    [GeneratedRegex(
        @"\b(?:(?:twenty|thirty|forty|fifty)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|\d{1,2})[\s-]+(?:months?|weeks?)\b|\b(?:years?|fiscal years?|twelve months)\s+ended\b|\bquarters?\s+ended\b",
        Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern { get; }

    /// <summary>The first period length named in <paramref name="text"/>, or null.</summary>
    public static DurationLength? Find(string text)
    {
        if (!MayName(text)) return null;
        foreach (var m in Pattern.EnumerateMatches(text)) return Read(text.AsSpan(m.Index, m.Length));
        return null;
    }

    /// <summary>Every period length named in <paramref name="text"/>, in order (the column groups of a header).</summary>
    public static List<DurationLength> FindAll(string text)
    {
        var result = new List<DurationLength>();
        if (!MayName(text)) return result;
        foreach (var m in Pattern.EnumerateMatches(text))
        {
            if (Read(text.AsSpan(m.Index, m.Length)) is { } length) result.Add(length);
        }
        return result;
    }

    // Every match of the pattern holds one of these words; most text holds none, and the pattern is not run on it.
    private static bool MayName(string text) => Patterns.MayContainAny(text, "month", "week", "ended");

    /// <summary>
    /// The length a match of <see cref="Pattern"/> names. The pattern captures nothing (NonBacktracking pays a second
    /// pass per match for groups); its parts are read here: "… ended" is a year unless it starts with "quarter",
    /// else the match is a number and a unit ("twenty-six weeks", "13-week"), the unit after the last separator.
    /// </summary>
    private static DurationLength? Read(ReadOnlySpan<char> match)
    {
        if (match.EndsWith("ended", StringComparison.OrdinalIgnoreCase))
        {
            return match.StartsWith("quarter", StringComparison.OrdinalIgnoreCase) ? new DurationLength(3, 0) : new DurationLength(12, 0);
        }
        int unitStart = match.Length;
        while (unitStart > 0 && !IsSeparator(match[unitStart - 1])) unitStart--;
        int numberEnd = unitStart;
        while (numberEnd > 0 && IsSeparator(match[numberEnd - 1])) numberEnd--;
        int n = Number(match[..numberEnd].ToString().ToLowerInvariant());
        if (n <= 0) return null;
        return match[unitStart..].StartsWith("week", StringComparison.OrdinalIgnoreCase) ? new DurationLength(0, n) : new DurationLength(n, 0);
    }

    private static bool IsSeparator(char c) => c == '-' || char.IsWhiteSpace(c);

    /// <summary>The period of this length ending on <paramref name="end"/> (inclusive dates); months are dated by <paramref name="dating"/>'s rule.</summary>
    public Period Ending(DateOnly end, PeriodDating dating) =>
        Weeks > 0 ? Period.Duration(end.AddDays(1 - 7 * Weeks), end) : dating.Ending(end, Months);

    // Every length a header may name, whichever the calendar ("Five Months Ended" a transition period, "Sixteen Weeks
    // Ended" a grocer's first quarter): a length the pattern did not know would leave its columns to another length.
    private static readonly string[] Units =
        ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty"];

    private static int Number(string word)
    {
        if (int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n)) return n;
        int dash = word.IndexOf('-');
        int tens = Array.IndexOf(Tens, dash < 0 ? word : word[..dash]);
        if (tens >= 2) return 10 * tens + (dash < 0 ? 0 : Math.Max(0, Array.IndexOf(Units, word[(dash + 1)..])));
        return Math.Max(0, Array.IndexOf(Units, word));
    }
}
