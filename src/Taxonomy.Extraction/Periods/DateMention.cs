using System.Globalization;

namespace Taxonomy.Extraction.Periods;

/// <summary>A date written in words ("September 30, 2008", "Sept. 30", "June 30,"), year optional, or in figures (<see cref="NumericDate"/>).</summary>
internal sealed record DateMention(int Month, int Day, int? Year, int Offset, int Length)
{
    // Month names in the order a reader tries them: a longer spelling before its own prefix ("September", "Sept", "Sep").
    private static readonly (string Name, int Month)[] Names =
    [
        ("january", 1), ("february", 2), ("march", 3), ("april", 4), ("may", 5), ("june", 6), ("july", 7), ("august", 8),
        ("september", 9), ("october", 10), ("november", 11), ("december", 12),
        ("jan", 1), ("feb", 2), ("mar", 3), ("apr", 4), ("jun", 6), ("jul", 7), ("aug", 8), ("sept", 9), ("sep", 9),
        ("oct", 10), ("nov", 11), ("dec", 12),
    ];

    private const int WordCategories = 1 << (int)UnicodeCategory.UppercaseLetter | 1 << (int)UnicodeCategory.LowercaseLetter
        | 1 << (int)UnicodeCategory.TitlecaseLetter | 1 << (int)UnicodeCategory.ModifierLetter | 1 << (int)UnicodeCategory.OtherLetter
        | 1 << (int)UnicodeCategory.NonSpacingMark | 1 << (int)UnicodeCategory.DecimalDigitNumber | 1 << (int)UnicodeCategory.ConnectorPunctuation;

    private static readonly System.Buffers.SearchValues<char> MonthInitials = System.Buffers.SearchValues.Create("JFMASONDjfmasond");

    /// <summary>The date, when the year is known and the day exists.</summary>
    public DateOnly? Date => Year is { } y && Day <= DateTime.DaysInMonth(y, Month) ? new DateOnly(y, Month, Day) : null;

    /// <summary>Every date mention in <paramref name="text"/>; offsets are relative to <paramref name="baseOffset"/>.</summary>
    /// <remarks>
    /// A month name at the start of a word, an optional period, white space, a day of one or two digits (not the start of a
    /// longer number: "December 2004" holds no day) with an optional ordinal suffix, then optionally a comma, white space and a four-digit year. Read by hand rather than by a regular
    /// expression: every header cell and sentence is scanned, and a scan that skips to the next month initial costs a
    /// fraction of a regex match.
    /// </remarks>
    public static List<DateMention> FindAll(string text, int baseOffset = 0)
    {
        var result = new List<DateMention>();
        if (!HasDigit(text)) return result;
        int i = 0;
        while (Next(text, ref i, out int month, out int day, out int? year, out int start, out int length))
        {
            result.Add(new DateMention(month, day, year, baseOffset + start, length));
        }
        int words = result.Count;
        NumericDate.AddAll(text, baseOffset, result);
        if (words > 0 && result.Count > words) result.Sort((a, b) => a.Offset.CompareTo(b.Offset));
        return result;
    }

    /// <summary>
    /// True when <paramref name="text"/> holds a date mention (with a year when <paramref name="withYear"/>): what
    /// <see cref="FindAll"/> would find, without building the list.
    /// </summary>
    public static bool Any(string text, bool withYear = false)
    {
        if (!HasDigit(text)) return false;
        int i = 0;
        while (Next(text, ref i, out _, out _, out int? year, out _, out _))
        {
            if (!withYear || year is not null) return true;
        }
        return NumericDate.Any(text);
    }

    // Every mention has a day: text without a digit holds none (most sentences and labels), and is not scanned.
    private static bool HasDigit(string text) => text.AsSpan().ContainsAnyInRange('0', '9');

    /// <summary>The next mention at or after <paramref name="i"/>, which moves past it.</summary>
    private static bool Next(string text, ref int i, out int month, out int day, out int? year, out int start, out int length)
    {
        while (i < text.Length)
        {
            int next = text.AsSpan(i).IndexOfAny(MonthInitials);
            if (next < 0) break;
            start = i + next;
            if (start > 0 && IsWordChar(text[start - 1]) || !TryRead(text, start, out month, out day, out year, out int end))
            {
                // No mention starts inside a word: the scan goes on after the word this letter belongs to.
                i = start + 1;
                while (i < text.Length && IsWordChar(text[i - 1])) i++;
                continue;
            }
            i = end;
            if (day is >= 1 and <= 31)
            {
                length = end - start;
                return true;
            }
        }
        month = day = start = length = 0;
        year = null;
        return false;
    }

    private static bool TryRead(string text, int start, out int month, out int day, out int? year, out int end)
    {
        month = day = 0;
        year = null;
        end = start;
        // A month's name is a whole run of letters followed by a period or white space: a longer or shorter word, or one
        // followed by anything else, names none, and the spellings are not tried.
        int letters = start;
        while (letters < text.Length && char.IsAsciiLetter(text[letters])) letters++;
        if (letters - start is < 3 or > 9 || letters == text.Length || !(text[letters] == '.' || char.IsWhiteSpace(text[letters]))) return false;
        foreach (var (name, number) in Names)
        {
            if (name.Length != letters - start || !StartsWithIgnoringCase(text, start, name)) continue;
            int at = start + name.Length;
            if (at < text.Length && text[at] == '.') at++;
            int spaces = at;
            while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
            if (at == spaces || !IsDigit(text, at)) continue;
            day = text[at++] - '0';
            if (IsDigit(text, at)) day = day * 10 + (text[at++] - '0');
            // "December 2004" names a month and a year, not a day.
            if (IsDigit(text, at)) continue;
            if (at + 1 < text.Length && IsOrdinalSuffix(text[at], text[at + 1])) at += 2;
            int beforeYear = at;
            if (at < text.Length && text[at] == ',') at++;
            while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
            if (IsDigit(text, at) && IsDigit(text, at + 1) && IsDigit(text, at + 2) && IsDigit(text, at + 3))
            {
                year = (text[at] - '0') * 1000 + (text[at + 1] - '0') * 100 + (text[at + 2] - '0') * 10 + (text[at + 3] - '0');
                at += 4;
            }
            else
            {
                at = beforeYear;
            }
            month = number;
            end = at;
            return true;
        }
        return false;
    }

    private static bool StartsWithIgnoringCase(string text, int start, string lowerName)
    {
        if (start + lowerName.Length > text.Length) return false;
        for (int k = 0; k < lowerName.Length; k++)
        {
            if ((text[start + k] | 0x20) != lowerName[k]) return false;
        }
        return true;
    }

    private static bool IsDigit(string text, int at) => at < text.Length && char.IsAsciiDigit(text[at]);

    private static bool IsOrdinalSuffix(char a, char b) => ((a | 0x20), (b | 0x20)) is ('s', 't') or ('n', 'd') or ('r', 'd') or ('t', 'h');

    // A word character as regular expressions' \b sees one (letters, non-spacing marks, decimal digits, connector
    // punctuation, zero-width joiners), so "Summary 3" holds no date.
    private static bool IsWordChar(char c) =>
        char.IsAscii(c) ? char.IsAsciiLetterOrDigit(c) || c == '_' : (WordCategories & (1 << (int)char.GetUnicodeCategory(c))) != 0 || c is '\u200C' or '\u200D';

    /// <summary>
    /// True when two words of split text are a month and a day without the year ("October 28,", "Sept. 3"): the month's
    /// whole name or abbreviation (a trailing period allowed), then one or two digits (a trailing comma allowed).
    /// </summary>
    internal static bool IsMonthAndDay(string month, string day)
    {
        var digits = day.AsSpan().TrimEnd(',');
        return digits.Length is 1 or 2 && !digits.ContainsAnyExceptInRange('0', '9') && IsMonth(month);
    }

    /// <summary>True when a word of split text names a month ("October", "Sept."), whatever its case.</summary>
    internal static bool IsMonth(string word) => MonthNamed(word.TrimEnd('.').ToLowerInvariant()) is not null;

    /// <summary>The month a whole word names ("september", "sept", "sep"), lower case; null for any other word.</summary>
    internal static int? MonthNamed(string word)
    {
        foreach (var (name, month) in Names)
        {
            if (name == word) return month;
        }
        return null;
    }

    /// <summary>The month whose name <paramref name="name"/> begins with its first three letters ("Sept." is 9), or 0.</summary>
    public static int MonthNumber(ReadOnlySpan<char> name)
    {
        // Every spelling of a month begins with the month's first three letters.
        foreach (var (spelling, month) in Names)
        {
            if (name.StartsWith(spelling.AsSpan(0, 3), StringComparison.OrdinalIgnoreCase)) return month;
        }
        return 0;
    }

    /// <summary>True when <paramref name="word"/> is a spelling of a month name this reader knows ("September", "sept"), whatever its case.</summary>
    internal static bool IsMonthSpelling(ReadOnlySpan<char> word)
    {
        foreach (var (name, _) in Names)
        {
            if (word.Equals(name, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>Every spelling of a month name this reader knows ("september", "sept", "sep"), lower case.</summary>
    internal static IEnumerable<string> MonthSpellings
    {
        get
        {
            foreach (var (name, _) in Names) yield return name;
        }
    }
}
