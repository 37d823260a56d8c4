using Taxonomy.Extraction.Segmentation;

namespace Taxonomy.Extraction.Tables;

/// <summary>Recognises column-header lines: dates, years, and period phrases ("Three Months Ended").</summary>
internal static class HeaderLines
{
    private static readonly System.Collections.Frozen.FrozenSet<string> Words = System.Collections.Frozen.FrozenSet.ToFrozenSet(
    [
        .. Periods.DateMention.MonthSpellings,
        "months", "month", "weeks", "week", "quarter", "quarters", "ended", "ending", "year", "years", "fiscal", "period",
        "to", "date", "ytd", // "Year To Date" column groups
    ], StringComparer.Ordinal);

    public static bool IsHeader(TextLine line)
    {
        var filled = line.Filled;
        if (IsHeaderCells(filled, 0)) return true;
        // A header whose first cell is a caption ("ASSETS", then the balance-sheet dates; "(In thousands)", then the periods).
        if (filled.Count < 2 || !filled[0].HasLetters) return false;
        bool dated = IsScaleCaption(filled[0].Clean);
        for (int k = 1; k < filled.Count && !dated; k++) dated = Periods.DateMention.Any(filled[k].Clean, withYear: true);
        return dated && IsHeaderCells(filled, 1);
    }

    /// <summary>A caption in parentheses stating the table's scale ("(In thousands, except per share amounts)").</summary>
    private static bool IsScaleCaption(string text)
    {
        var trimmed = text.AsSpan().Trim();
        return trimmed.Length > 2 && trimmed[0] == '(' && trimmed[^1] == ')' && Periods.ScalePhrase.Find(text) is not null;
    }

    /// <summary>
    /// A line that names periods among other column titles ("2014", "% of Revenues", "2013", "% Change"): it has a
    /// year, a date or a period length, and no amount. Read as a header only above the first row of values.
    /// </summary>
    public static bool NamesPeriods(TextLine line)
    {
        bool period = false;
        // A row's label followed by numbers that look like years is not a header.
        Cell? first = null;
        foreach (var cell in line.Cells)
        {
            if (cell.Clean.Length > 0 || cell.Raw.Length > 0)
            {
                first = cell;
                break;
            }
        }
        if (first is not null && first.HasLetters && !IsPeriodCell(first.Clean)) return false;
        foreach (var cell in line.Filled)
        {
            string text = cell.Clean;
            if (text.Length == 0) continue;
            if (IsPeriodCell(text))
            {
                period = true;
                continue;
            }
            if (!cell.HasLetters && !text.Contains('%')) return false;
        }
        return period;
    }

    private static bool IsPeriodCell(string text) =>
        IsYear(text) || Periods.DateMention.Any(text) || Periods.DurationLength.Find(text) is not null || Periods.FiscalPeriodLabel.Read(text) is not null;

    /// <summary>Whether the cells from <paramref name="from"/> on are all column titles.</summary>
    private static bool IsHeaderCells(IReadOnlyList<Cell> cells, int from)
    {
        bool sawWord = false;
        bool allYears = true;
        for (int k = from; k < cells.Count; k++)
        {
            var cell = cells[k];
            if (!(cell.Clean.Length == 0 || IsYear(cell.Clean))) allYears = false;
            string text = cell.Clean;
            if (text.Length == 0) continue;
            if (IsYear(text)) continue;
            switch (TitleWords(text))
            {
                case null: return false;
                case true: sawWord = true; break;
            }
        }
        return sawWord || allYears;
    }

    /// <summary>
    /// Whether <paramref name="text"/> is made of column-title words (months, period words, small numbers and joining
    /// words) and numbers: null when it is not, true when it holds a period word ("ended", "weeks", a month) or starts a
    /// stacked phrase ("For the 13"), false when it holds only numbers and joining words.
    /// </summary>
    internal static bool? TitleWords(string text)
    {
        // Most cells are no column title and their first word says so: it is read without normalizing the whole text.
        if (FirstWordIsNoTitleWord(text)) return null;
        bool sawWord = false;
        string normalized = Taxonomy.Concepts.LabelNormalizer.Normalize(text);
        foreach (var range in normalized.AsSpan().Split(' '))
        {
            var word = normalized.AsSpan(range);
            if (word.IsEmpty) continue;
            bool known = WordLookup.Contains(word);
            if (known || !word.ContainsAnyExceptInRange('0', '9') || IsHeaderWord(word))
            {
                // "For the 13": the first line of a period phrase stacked over several lines.
                if (known || word is "for" or "the") sawWord = true;
                continue;
            }
            return null;
        }
        return sawWord;
    }

    /// <summary>
    /// Whether the first word of <paramref name="text"/> normalized (<see cref="Taxonomy.Concepts.LabelNormalizer"/>: a
    /// run of letters and digits in lower case, apostrophes dropped, "&amp;" a word of its own) is no column-title word.
    /// </summary>
    private static bool FirstWordIsNoTitleWord(string text)
    {
        Span<char> word = stackalloc char[24];
        int length = 0;
        foreach (char c in text)
        {
            if (c is '\'' or '\u2019' or '\u2018') continue;
            if (char.IsLetterOrDigit(c))
            {
                if (length == word.Length) return false;
                word[length++] = char.ToLowerInvariant(c);
                continue;
            }
            // "&" reads "and", a joining word.
            if (c == '&' && length == 0) return false;
            if (length > 0) break;
        }
        var first = word[..length];
        return length > 0 && !WordLookup.Contains(first) && first.ContainsAnyExceptInRange('0', '9') && !IsHeaderWord(first);
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WordLookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsHeaderWord(ReadOnlySpan<char> word) => word is "and" or "as" or "of" or "at" or "for" or "the" or "unaudited"
        or "first" or "second" or "third" or "fourth" or "full" // "Fourth Quarter", "Full Year"
        or "one" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten" or "eleven" or "twelve"
        or "thirteen" or "fourteen" or "twenty" or "thirty" or "forty" or "fifty";

    public static bool IsYear(string text) =>
        text.Length == 4 && !text.AsSpan().ContainsAnyExceptInRange('0', '9')
        && (text[0] - '0') * 1000 + (text[1] - '0') * 100 + (text[2] - '0') * 10 + (text[3] - '0') is >= 1950 and <= 2100;
}
