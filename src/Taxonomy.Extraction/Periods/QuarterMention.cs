using System.Globalization;
using System.Text.RegularExpressions;

namespace Taxonomy.Extraction.Periods;

/// <summary>
/// A quarter the narrative names with its year: "second quarter 2004", "third quarter of fiscal 2024", "fiscal 2011 first
/// quarter", "Q2 2025", "fiscal 2014 Q4", "first quarter of the 2009 fiscal year". <see cref="Fiscal"/> when the wording says the year is a fiscal year
/// ("fiscal", "FY"): only then does the year name a fiscal year that spans two calendar years.
/// </summary>
internal readonly partial record struct QuarterMention(int Quarter, int Year, bool Fiscal)
{
    private const string Ordinal = @"(?:(?:first|second|third|fourth)\s+(?:fiscal\s+)?quarter|Q[1-4])";
    private const string FiscalYear = @"(?:fiscal\s+(?:year\s+)?|FY\s*)";

    [GeneratedRegex(
        @"\b" + Ordinal + @"\s+(?:of\s+)?(?:the\s+)?(?:company'?s\s+)?" + FiscalYear + @"?[0-9]{4}\b(?:\s+fiscal\s+year)?"
        + @"|\b" + FiscalYear + @"[0-9]{4}\s+" + Ordinal + @"\b",
        Patterns.TimedIgnoreCase, matchTimeoutMilliseconds: Patterns.MatchTimeoutMilliseconds)]
    private static partial Regex Pattern { get; }

    /// <summary>
    /// Adds the quarters <paramref name="text"/> names, in order. <paramref name="lead"/> is the sentence's words on the lines
    /// before when <paramref name="text"/> continues them (a release wrapped to a width): they stand before the quarter too.
    /// </summary>
    public static void AddAll(string text, List<QuarterMention> mentions, string lead = "")
    {
        if (!Patterns.MayContainAny(text, "quarter", "q1", "q2", "q3", "q4") || !HoldsFourDigits(text)) return;
        foreach (var m in Pattern.EnumerateMatches(text))
        {
            if (Read(text.AsSpan(m.Index, m.Length)) is { Quarter: > 0, Year: > 0 } mention) mentions.Add(mention with { Comparative = AfterComparison(text, m.Index, lead) });
        }
    }

    /// <summary>
    /// True when the quarter is named as a comparative: a <see cref="ComparisonPhrase"/> ("compared with", "versus"), "vs."
    /// or the "from" of a change stands before it in its sentence ("…, compared with $40.2 million in the fourth quarter of
    /// fiscal 2030"). Such a quarter names the year before's, not the reported one: it says nothing of how the document
    /// names its own year.
    /// </summary>
    public bool Comparative { get; init; }

    private static readonly string[] OtherComparisonWords = [" vs.", " from "];

    private static bool AfterComparison(string text, int at, string lead)
    {
        int stop = text.LastIndexOf(". ", Math.Max(0, at - 1), StringComparison.Ordinal);
        int sentence = Math.Max(0, stop);
        if (Compares(text.AsSpan(sentence, at - sentence))) return true;
        // "…, compared with $2.8 million, or 19 cents a share,\nin the fourth quarter of 2030.": the comparison is on a line before.
        return stop < 0 && lead.Length > 0 && Compares(lead.AsSpan(lead.LastIndexOf(". ", StringComparison.Ordinal) + 1));
    }

    private static bool Compares(ReadOnlySpan<char> before)
    {
        if (ComparisonPhrase.Pattern.IsMatch(before)) return true;
        foreach (string word in OtherComparisonWords)
        {
            if (before.Contains(word, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>
    /// Whether <paramref name="text"/> holds four ASCII digits in a row, as every match of <see cref="Pattern"/> does (its
    /// year, <c>[0-9]{4}</c>, has no other case): a line that names a quarter without a year is not searched.
    /// </summary>
    internal static bool HoldsFourDigits(ReadOnlySpan<char> text)
    {
        int run = 0;
        for (int at = text.IndexOfAnyInRange('0', '9'); at >= 0 && at < text.Length; at++)
        {
            if (char.IsAsciiDigit(text[at]))
            {
                if (++run == 4) return true;
                continue;
            }
            run = 0;
            int next = text[at..].IndexOfAnyInRange('0', '9');
            if (next < 0) return false;
            at += next - 1;
        }
        return false;
    }

    // The pattern captures nothing (NonBacktracking pays a second pass per match for groups): its parts are read here,
    // the year as the four-digit run, the quarter as the digit after "Q" or the ordinal word.
    private static QuarterMention Read(ReadOnlySpan<char> match)
    {
        int year = 0, quarter = 0;
        for (int i = 0; i < match.Length; i++)
        {
            if (char.IsAsciiDigit(match[i]) && i + 4 <= match.Length && !match[i..(i + 4)].ContainsAnyExceptInRange('0', '9'))
            {
                year = int.Parse(match.Slice(i, 4), NumberStyles.None, CultureInfo.InvariantCulture);
                i += 3;
            }
            else if (match[i] is 'Q' or 'q' && i + 1 < match.Length && match[i + 1] is >= '1' and <= '4' && (i == 0 || !char.IsAsciiLetter(match[i - 1])))
            {
                quarter = match[i + 1] - '0';
            }
            else if (quarter == 0 && char.IsAsciiLetter(match[i]) && (i == 0 || !char.IsAsciiLetter(match[i - 1])))
            {
                quarter = DocumentCalendar.Ordinal(FirstWord(match[i..]));
            }
        }
        bool fiscal = match.Contains("fiscal", StringComparison.OrdinalIgnoreCase) || match.Contains("FY", StringComparison.OrdinalIgnoreCase);
        return new QuarterMention(quarter, year, fiscal);
    }

    private static string FirstWord(ReadOnlySpan<char> text)
    {
        int end = 0;
        while (end < text.Length && char.IsAsciiLetter(text[end])) end++;
        return text[..end].ToString();
    }
}
