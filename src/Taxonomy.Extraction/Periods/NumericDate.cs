namespace Taxonomy.Extraction.Periods;

/// <summary>
/// A date written in figures, as column headers of some releases print it: "9/30/2025", "09/30/25" (month first, as
/// US filings write it), "2025-09-30", "30-Sep-25". Always with its year; a two-digit year below 50 is 20xx, else 19xx.
/// Figures that run on into more digits, slashes or dashes ("1/2/3/4", "2025-09-30-1") are no date.
/// </summary>
internal static class NumericDate
{
    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create("/-");

    /// <summary>Adds every numeric date in <paramref name="text"/> to <paramref name="result"/>, offsets relative to <paramref name="baseOffset"/>.</summary>
    public static void AddAll(string text, int baseOffset, List<DateMention> result)
    {
        int from = 0;
        while (Next(text, ref from) is { } found) result.Add(found with { Offset = baseOffset + found.Offset });
    }

    /// <summary>True when <paramref name="text"/> holds a numeric date.</summary>
    public static bool Any(string text)
    {
        int from = 0;
        return Next(text, ref from) is not null;
    }

    private static DateMention? Next(string text, ref int from)
    {
        while (from < text.Length)
        {
            int sep = text.AsSpan(from).IndexOfAny(Separators);
            if (sep < 0) return null;
            sep += from;
            from = sep + 1;
            // The date's first field ends at the separator: find where it starts.
            int start = sep;
            while (start > 0 && char.IsAsciiLetterOrDigit(text[start - 1])) start--;
            if (start == sep || (start > 0 && text[start - 1] is '/' or '-' or '.' or ',')) continue;
            if (Read(text, start, text[sep]) is { } date)
            {
                from = date.Offset + date.Length;
                return date;
            }
        }
        return null;
    }

    private static DateMention? Read(string text, int start, char separator)
    {
        int at = start;
        var first = Field(text, ref at);
        if (at >= text.Length || text[at] != separator) return null;
        at++;
        var second = Field(text, ref at);
        if (at >= text.Length || text[at] != separator) return null;
        at++;
        var third = Field(text, ref at);
        if (at < text.Length && (char.IsAsciiLetterOrDigit(text[at]) || (text[at] is '/' or '-' && at + 1 < text.Length && char.IsAsciiDigit(text[at + 1])))) return null;
        int month, day, year;
        if (separator == '/' && first.Digits is 1 or 2 && second.Digits is 1 or 2 && third.Digits is 2 or 4)
        {
            (month, day, year) = (first.Value, second.Value, Year(third));
        }
        else if (separator == '-' && first.Digits == 4 && second.Digits == 2 && third.Digits == 2)
        {
            (year, month, day) = (first.Value, second.Value, third.Value);
        }
        else if (separator == '-' && first.Digits is 1 or 2 && second.Month > 0 && third.Digits is 2 or 4)
        {
            (day, month, year) = (first.Value, second.Month, Year(third));
        }
        else
        {
            return null;
        }
        if (month is < 1 or > 12 || year is < 1950 or > 2100 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateMention(month, day, year, start, at - start);
    }

    private static int Year(Part field) => field.Digits == 4 ? field.Value : FullYear(field.Value);

    /// <summary>The year a two-digit year names: below 50 in this century ("25" is 2025), else in the last ("98" is 1998).</summary>
    internal static int FullYear(int twoDigits) => twoDigits < 50 ? 2000 + twoDigits : 1900 + twoDigits;

    /// <summary>A field of digits (its value and count) or a month's name (its number).</summary>
    private readonly record struct Part(int Value, int Digits, int Month);

    private static Part Field(string text, ref int at)
    {
        int start = at;
        if (at < text.Length && char.IsAsciiLetter(text[at]))
        {
            while (at < text.Length && char.IsAsciiLetter(text[at])) at++;
            return new Part(0, 0, DateMention.MonthNamed(text[start..at].ToLowerInvariant()) ?? 0);
        }
        int value = 0;
        while (at < text.Length && char.IsAsciiDigit(text[at]) && at - start < 5) value = value * 10 + (text[at++] - '0');
        return new Part(value, at - start, 0);
    }
}
