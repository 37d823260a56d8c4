using Taxonomy.Extraction.Periods;
using Taxonomy.Extraction.Tables;

namespace Taxonomy.Extraction.Formats;

/// <summary>
/// Splits a header line of PDF text, whose column titles are printed side by side with single spaces, into one cell per
/// title: dates (<c>November 2, 2024 October 28, 2023</c>, each title's words before its date and footnote marker after it
/// kept with it, a caption first such as <c>ASSETS</c> a cell of its own), or period phrases
/// (<c>Thirteen Weeks Ended Thirty-Nine Weeks Ended</c>, <c>Quarter Ended June 30, Six Months Ended June 30,</c>), or period
/// titles among percent-column titles (<c>2014 % of Revenues 2013 % of Revenues</c>).
/// </summary>
/// <remarks>
/// A line is split only when every word outside the dates is a column-title word (<see cref="HeaderLines.TitleWords"/>) or a
/// footnote marker, apart from a caption of a few words before the first title: a sentence that names two dates
/// ("compared with the quarter ended …") stays whole.
/// </remarks>
internal static class SpacedHeaders
{
    private const int MaxCaptionWords = 4;
    private const int MaxTitleWords = 24;

    /// <summary>The line as TAB-separated cells, or null when it is not a header of two or more column titles.</summary>
    public static string? Split(string line)
    {
        if (line.Contains('\t', StringComparison.Ordinal)) return null;
        // Each reading needs what most lines lack: two years (dates), "ended" twice (phrases), a "%" word (percent titles).
        return (YearsAtLeastTwo(line) ? ByDates(line) : null) ?? (EndsTwice(line) ? ByPhrases(line) : null) ?? (PercentWord(line) ? ByPercentTitles(line) : null);
    }

    /// <summary>Two dates with years need two four-digit numbers: counted without reading the dates.</summary>
    private static bool YearsAtLeastTwo(string line)
    {
        int years = 0, run = 0;
        for (int i = 0; i <= line.Length; i++)
        {
            if (i < line.Length && char.IsAsciiDigit(line[i])) { run++; continue; }
            if (run == 4 && ++years == 2) return true;
            run = 0;
        }
        return false;
    }

    private static bool EndsTwice(string line) => Count(line, "ended") + Count(line, "ending") >= 2;

    private static int Count(string line, string word)
    {
        int count = 0;
        for (int at = line.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = line.IndexOf(word, at + word.Length, StringComparison.OrdinalIgnoreCase)) count++;
        return count;
    }

    private static bool PercentWord(string line)
    {
        int at = line.IndexOf('%', StringComparison.Ordinal);
        while (at >= 0)
        {
            if ((at == 0 || line[at - 1] == ' ') && (at + 1 == line.Length || line[at + 1] == ' ')) return true;
            at = line.IndexOf('%', at + 1);
        }
        return false;
    }

    private static string? ByDates(string line)
    {
        var dates = DateMention.FindAll(line).Where(d => d.Year is not null).ToList();
        if (dates.Count < 2) return null;
        var cells = new List<string>();
        string before = line[..dates[0].Offset].Trim();
        string? prefix = null;
        if (before.Length > 0)
        {
            if (HeaderLines.TitleWords(before) is not null) prefix = before;
            else if (IsCaption(before)) cells.Add(before);
            else return null;
        }
        for (int k = 0; k < dates.Count; k++)
        {
            int end = dates[k].Offset + dates[k].Length;
            string date = line[dates[k].Offset..end];
            string between = (k + 1 < dates.Count ? line[end..dates[k + 1].Offset] : line[end..]).Trim();
            // What follows a date: its footnote marker, then the next title's leading words ("As of").
            string marker = "";
            if (FootnoteMarker.LengthAtStart(between) is int length and > 0)
            {
                marker = " " + between[..length];
                between = between[length..].Trim();
            }
            cells.Add((prefix is null ? "" : prefix + " ") + date + marker);
            prefix = null;
            if (between.Length == 0) continue;
            // "January 3, 2031 to October 4, 2031" is one range, not two titles.
            if (HeaderLines.TitleWords(between) is null || RangeWords.Contains(between)) return null;
            if (k + 1 < dates.Count) prefix = between;
            else cells[^1] += " " + between;
        }
        return string.Join('\t', cells);
    }

    /// <summary>Two or more phrases ending in "Ended" (or "Ending"), each with the date that may follow it.</summary>
    private static string? ByPhrases(string line)
    {
        if (HeaderLines.TitleWords(line) is not true) return null;
        string[] words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var cells = new List<string>();
        int start = 0;
        for (int i = 0; i < words.Length; i++)
        {
            if (!IsEnding(words[i])) continue;
            int end = i + 1;
            // "Ended June 30," or "Ended June 30, 2024" (or "Ended June 2024"): the date belongs to this title.
            if (end + 1 < words.Length && DateMention.IsMonth(words[end]) && words[end + 1].TrimEnd(',').All(char.IsAsciiDigit))
            {
                end += 2;
                if (end < words.Length && HeaderLines.IsYear(words[end])) end++;
            }
            cells.Add(string.Join(' ', words, start, end - start));
            start = end;
            i = end - 1;
        }
        if (cells.Count < 2) return null;
        if (start < words.Length) cells[^1] += " " + string.Join(' ', words, start, words.Length - start);
        return string.Join('\t', cells);
    }

    /// <summary>
    /// Period titles among percent-column titles ("Three Months Ended May 31, % Increase % Change", "2014 % of Revenues 2013
    /// % of Revenues", "Q3 2031 Q3 2030 Change % Change"): a cell starts at each "%" word and at each year printed alone (with
    /// the words before it that name a fiscal period with it: "Q3 2031"), and the words after a year start the next one. Only a short line that names a period (a year or a length) and has a "%" word of its own is split.
    /// </summary>
    private static string? ByPercentTitles(string line)
    {
        string[] words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > MaxTitleWords || !words.Contains("%") || line.TrimEnd().EndsWith('.')) return null;
        bool year = words.Any(HeaderLines.IsYear);
        if (!year && DurationLength.Find(line) is null) return null;
        var cells = new List<string>();
        var cell = new List<string>();
        for (int i = 0; i < words.Length; i++)
        {
            bool alone = HeaderLines.IsYear(words[i]) && !(i >= 2 && words[i - 1].EndsWith(',') && DateMention.IsMonthAndDay(words[i - 2], words[i - 1]));
            if (alone && FiscalLabelEnd(cell, words[i]) is int take)
            {
                // "Q3 2031", "Fiscal 2031": the words before the year name the period with it.
                if (cell.Count > take) cells.Add(string.Join(' ', cell.Take(cell.Count - take)));
                cells.Add(string.Join(' ', cell.Skip(cell.Count - take)) + " " + words[i]);
                cell.Clear();
                continue;
            }
            if ((words[i] == "%" || alone) && cell.Count > 0)
            {
                cells.Add(string.Join(' ', cell));
                cell.Clear();
            }
            cell.Add(words[i]);
            if (alone)
            {
                cells.Add(words[i]);
                cell.Clear();
            }
        }
        if (cell.Count > 0) cells.Add(string.Join(' ', cell));
        return cells.Count >= 2 ? string.Join('\t', cells) : null;
    }

    /// <summary>How many of the last words of <paramref name="cell"/> (one or two) name a fiscal period with <paramref name="year"/> ("Q3", "Third Quarter"), or null.</summary>
    private static int? FiscalLabelEnd(List<string> cell, string year)
    {
        for (int take = Math.Min(2, cell.Count); take >= 1; take--)
        {
            if (FiscalPeriodLabel.Read(string.Join(' ', cell.Skip(cell.Count - take)) + " " + year) is not null) return take;
        }
        return null;
    }

    private static bool IsEnding(string word) =>
        word.TrimEnd(',').Equals("ended", StringComparison.OrdinalIgnoreCase) || word.TrimEnd(',').Equals("ending", StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> RangeWords = new(StringComparer.OrdinalIgnoreCase) { "to", "through", "and", "-", "\u2013", "\u2014" };

    // A caption names the rows ("ASSETS"); words that lead into a date ("sold lanterns from") belong to a sentence.
    private static readonly HashSet<string> LeadingWords = new(StringComparer.OrdinalIgnoreCase) { "from", "to", "on", "since", "until", "through", "between", "after", "before", "by" };

    private static bool IsCaption(string text)
    {
        if (LeadingWords.Contains(text[(text.LastIndexOf(' ') + 1)..])) return false;
        int words = 0;
        foreach (var range in text.AsSpan().Split(' '))
        {
            if (text.AsSpan(range).IsEmpty) continue;
            if (++words > MaxCaptionWords) return false;
        }
        return !text.AsSpan().ContainsAnyInRange('0', '9');
    }
}
