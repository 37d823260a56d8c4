using System.Globalization;

namespace Taxonomy.Xbrl;

/// <summary>
/// The OIM period string: an instant is one date-time, a duration two separated by <c>/</c>. XBRL 2.1 dates are
/// inclusive days, while OIM date-times are points in time, so the end of a day is written as midnight of the next
/// day: the instant 2008-09-30 is <c>2008-10-01T00:00:00</c> and the quarter 2008-07-01..2008-09-30 is
/// <c>2008-07-01T00:00:00/2008-10-01T00:00:00</c>.
/// </summary>
public static class OimPeriodFormat
{
    /// <summary>The OIM form of <paramref name="period"/>.</summary>
    public static string Format(Period period)
    {
        string end = EndOfDay(period.End);
        return period.Start is { } start ? StartOfDay(start) + "/" + end : end;
    }

    /// <summary>
    /// Parses an OIM period. Each date-time is <c>YYYY-MM-DDThh:mm:ss</c> at midnight (<c>T00:00:00</c>, or
    /// <c>T24:00:00</c> meaning the end of that day), or a date alone, which as XBRL 2.1 reads it means the start of
    /// the day for a duration's start and the end of the day for an end or an instant.
    /// </summary>
    /// <exception cref="FormatException">The text is not such a period, has a time other than midnight or a time
    /// zone (which a day-based period cannot represent), or ends before it starts.</exception>
    public static Period Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int slash = text.IndexOf('/');
        if (slash < 0) return Period.Instant(ParseEnd(text, text));
        if (text.IndexOf('/', slash + 1) >= 0) throw Invalid(text, "more than one '/'");
        var start = ParseStart(text[..slash], text);
        var end = ParseEnd(text[(slash + 1)..], text);
        if (end < start) throw Invalid(text, "the duration ends before it starts");
        return Period.Duration(start, end);
    }

    private static string StartOfDay(DateOnly date) => Period.Format(date) + "T00:00:00";

    private static string EndOfDay(DateOnly date) =>
        date == DateOnly.MaxValue ? Period.Format(date) + "T24:00:00" : Period.Format(date.AddDays(1)) + "T00:00:00";

    // The first whole day at or after the point in time.
    private static DateOnly ParseStart(string part, string whole)
    {
        var (date, time) = Split(part, whole);
        return time switch
        {
            null or "00:00:00" => date,
            "24:00:00" => NextDay(date, whole),
            _ => throw Invalid(whole, $"time '{time}' is not midnight"),
        };
    }

    // The last whole day before the point in time.
    private static DateOnly ParseEnd(string part, string whole)
    {
        var (date, time) = Split(part, whole);
        return time switch
        {
            null or "24:00:00" => date,
            "00:00:00" => date == DateOnly.MinValue ? throw Invalid(whole, "no day ends before 0001-01-01") : date.AddDays(-1),
            _ => throw Invalid(whole, $"time '{time}' is not midnight"),
        };
    }

    private static (DateOnly Date, string? Time) Split(string part, string whole)
    {
        int t = part.IndexOf('T');
        string datePart = t < 0 ? part : part[..t];
        string? time = t < 0 ? null : part[(t + 1)..];
        if (datePart.Length != 10 || !DateOnly.TryParseExact(datePart, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw Invalid(whole, $"'{datePart}' is not a date YYYY-MM-DD");
        if (time is not null && (time.EndsWith('Z') || time.Contains('+') || time.Contains('-')))
            throw Invalid(whole, "time zones are not supported");
        return (date, time);
    }

    private static DateOnly NextDay(DateOnly date, string whole) =>
        date == DateOnly.MaxValue ? throw Invalid(whole, "no day starts after 9999-12-31") : date.AddDays(1);

    private static FormatException Invalid(string text, string reason) =>
        new($"'{text}' is not an OIM period this library can read: {reason}.");
}
