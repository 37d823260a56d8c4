namespace Taxonomy.Extraction.Narrative;

/// <summary>
/// An amount stated in prose: its magnitude in base units and precision ("$9.4 million" is 9,400,000 at decimals −5),
/// the concept its phrase names (or the unknown phrase, kept for naming extension concepts), and the period it is for.
/// </summary>
internal sealed record ProseAmount(
    decimal Magnitude,
    Decimals Decimals,
    bool PerShare,
    ProseConcept? Concept,
    string? UnknownPhrase,
    Period? Duration,
    Period? Instant,
    bool Comparative,
    int Offset,
    int Length,
    string Text)
{
    /// <summary>
    /// True when the duration comes from a period phrase of the amount's own sentence ("for the six months ended …",
    /// "same period last year" after such a phrase); false when it is the document's current period taken by default.
    /// </summary>
    public bool DurationStated { get; init; } = true;

    /// <summary>
    /// For a duration taken by default, another period it may be as well: the quarter, when the document reports on the
    /// quarter and the year ending the same day (<see cref="Periods.DocumentCalendar.ReportsQuarterAndYear"/>). Null otherwise.
    /// </summary>
    public Period? OtherDefault { get; init; }

    /// <summary>
    /// True when the document does not date the duration to the day: a 52/53-week calendar's quarter or year no period it
    /// states ends with (it may end a week earlier or later), or a year to date or fiscal quarter of a fiscal year whose end it
    /// does not state ("year to date", "the first nine months of 2024", "the first quarter of fiscal 2032"). Such an amount confirms a table fact of that period (or ending near it), and
    /// is not a fact of its own.
    /// </summary>
    public bool Nominal { get; init; }

    /// <summary>True when the figure is printed negative ("$(0.19)"): its value is negative whatever its phrase's sign.</summary>
    public bool Negative { get; init; }

    /// <summary>The value with the phrase's sign applied, or negative when printed so.</summary>
    public decimal Value => Negative ? -Magnitude : Concept is null ? Magnitude : Magnitude * Concept.Sign;

    /// <summary>The period for the concept's period type.</summary>
    public Period? Period => Concept?.PeriodType == PeriodType.Instant ? Instant : Duration;

    /// <summary>True when a value reported with <paramref name="decimals"/> agrees with this amount within both roundings.</summary>
    public bool Agrees(decimal value, Decimals decimals, bool signed = true)
    {
        decimal mine = signed ? Value : Magnitude;
        decimal other = signed ? value : Math.Abs(value);
        return Math.Abs(mine - other) <= Decimals.HalfUnit + decimals.HalfUnit;
    }
}
