using System.Globalization;

namespace Taxonomy;

/// <summary>
/// An XBRL period. Dates are XBRL 2.1 dates: both ends inclusive, so the first quarter of a fiscal
/// year starting July 1 is <c>2008-07-01..2008-09-30</c>. In OIM (xBRL-JSON) the same period is written
/// with end-of-day datetimes, that is midnight of the following day.
/// </summary>
public readonly record struct Period : IComparable<Period>
{
    private Period(PeriodType type, DateOnly? start, DateOnly end)
    {
        Type = type;
        Start = start;
        End = end;
    }

    /// <summary>Instant or duration.</summary>
    public PeriodType Type { get; }

    /// <summary>First day of a duration (inclusive); <see langword="null"/> for an instant.</summary>
    public DateOnly? Start { get; }

    /// <summary>The instant's date, or the last day of a duration (inclusive).</summary>
    public DateOnly End { get; }

    /// <summary>True for an instant.</summary>
    public bool IsInstant => Type == PeriodType.Instant;

    /// <summary>A balance at the end of <paramref name="date"/>.</summary>
    public static Period Instant(DateOnly date) => new(PeriodType.Instant, null, date);

    /// <summary>A span from <paramref name="start"/> to <paramref name="end"/>, both inclusive.</summary>
    public static Period Duration(DateOnly start, DateOnly end)
    {
        if (end < start) throw new ArgumentException($"Duration end {end:yyyy-MM-dd} is before its start {start:yyyy-MM-dd}.", nameof(end));
        return new(PeriodType.Duration, start, end);
    }

    /// <summary>The instant at which a duration starts (the day before its first day), as balance sheets date opening balances.</summary>
    public Period StartInstant => Start is { } s ? Instant(s.AddDays(-1)) : this;

    /// <summary>The instant at which this period ends.</summary>
    public Period EndInstant => Instant(End);

    /// <summary>Number of days covered, inclusive; 0 for an instant.</summary>
    public int Days => Start is { } s ? End.DayNumber - s.DayNumber + 1 : 0;

    /// <summary>Parses the truth-file form: <c>YYYY-MM-DD</c> for an instant, <c>YYYY-MM-DD/YYYY-MM-DD</c> (inclusive) for a duration.</summary>
    public static Period Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int slash = text.IndexOf('/');
        if (slash < 0) return Instant(ParseDate(text));
        return Duration(ParseDate(text[..slash]), ParseDate(text[(slash + 1)..]));
    }

    /// <summary>The truth-file form: <c>YYYY-MM-DD</c> or <c>YYYY-MM-DD/YYYY-MM-DD</c>, inclusive dates.</summary>
    public override string ToString() =>
        Start is { } s ? Format(s) + "/" + Format(End) : Format(End);

    /// <inheritdoc />
    public int CompareTo(Period other)
    {
        int c = End.CompareTo(other.End);
        if (c != 0) return c;
        c = Type.CompareTo(other.Type);
        if (c != 0) return c;
        return (Start ?? End).CompareTo(other.Start ?? other.End);
    }

    internal static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly ParseDate(string text) =>
        DateOnly.ParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
