namespace Taxonomy;

/// <summary>XBRL period type of a concept: a point in time or a span of time.</summary>
public enum PeriodType
{
    /// <summary>A balance at a date (XBRL <c>instant</c>).</summary>
    Instant,
    /// <summary>A flow over a span of dates (XBRL <c>duration</c>).</summary>
    Duration,
}
