using System.Globalization;

namespace Taxonomy.Extraction.Periods;

/// <summary>
/// The fiscal year and period a document reports on (dei DocumentFiscalYearFocus, DocumentFiscalPeriodFocus), each
/// decided from evidence or left undecided with the reason (<see cref="Undecided"/>), never defaulted:
/// <list type="bullet">
/// <item>A year-long period is the fiscal year ("FY"). A shorter one is the fiscal quarter (year to date: the quarter it
/// runs to) whose end it falls on, within a week either side: a 52/53-week year ends on the weekday nearest its nominal
/// date.</item>
/// <item>Without a known fiscal year end (stated in the text, in the submission header, implied by a year-to-date column
/// ending with the period, or by the first fiscal quarter the text names ending with a quarter-long period) a quarter counts only when the text names that calendar
/// quarter and year: "second quarter 2004".</item>
/// <item>A fiscal year spanning two calendar years is named by the year it ends in or, by some companies, the year it
/// begins in: the year the text names for the quarter ("third quarter of fiscal 2024") decides; with none, a year ending in
/// January or February (most of it in the year it begins) is undecided.</item>
/// </list>
/// </summary>
internal readonly record struct FiscalFocus(int? Year, string? Period, bool YearStated, string? Undecided)
{
    private const int WeekYearSlack = 7;

    public static FiscalFocus Of(Period period, FiscalCalendar? known, IReadOnlyList<QuarterMention> mentions, IEnumerable<Period> tablePeriods)
    {
        bool yearLong = period.Days > 300;
        known ??= YearToDateEvidence(period, tablePeriods);
        // A quarter-long period and the first fiscal quarter the text names ("fourth quarter of fiscal 2014") imply the year end.
        if (known is null && period.Days is >= 80 and <= 100 && mentions.FirstOrDefault(m => m.Fiscal) is { Quarter: > 0 } named)
        {
            known = FiscalCalendar.EndingQuarter(named.Quarter, period.End);
        }
        // A year-long period is a fiscal year: without a stated year end, it is the one that ends with the period.
        var stated = known ?? (yearLong ? new FiscalCalendar(period.End.Month, period.End.Day) : FiscalCalendar.Calendar);
        string yearEnd = string.Create(CultureInfo.InvariantCulture, $"--{stated.EndMonth:00}-{stated.EndDay:00}");
        // A year ending in the first week of January (52/53 weeks) is the calendar year it covers, and named by it.
        var fiscal = stated.EndMonth == 1 && stated.EndDay <= WeekYearSlack ? FiscalCalendar.Calendar : stated;
        if (fiscal.QuarterNear(period.End, WeekYearSlack) is not { } nominal || (yearLong && nominal.Quarter != 4))
        {
            return new FiscalFocus(null, null, false, known is null
                ? $"the reported period {period} ends on no calendar quarter end, and the document states no fiscal year end"
                : $"the reported period {period} ends on no {(yearLong ? "" : "quarter ")}end of a fiscal year ending {yearEnd}");
        }
        string focus = yearLong ? "FY" : "Q" + nominal.Quarter.ToString(CultureInfo.InvariantCulture);
        if (known is null && !yearLong && !mentions.Any(m => m.Quarter == nominal.Quarter && m.Year == nominal.Year))
        {
            return new FiscalFocus(null, null, false,
                $"the document states no fiscal year end, and names no quarter agreeing with the calendar quarter its period {period} ends");
        }
        return Named(nominal.Year, nominal.Quarter, focus, fiscal, mentions);
    }

    /// <summary>
    /// The fiscal year a year-to-date column implies: printed beside the period and ending with it ("Six Months Ended",
    /// "Twelve Months Ended"), the longest such column runs from the start of the fiscal year. Null when none is printed.
    /// </summary>
    private static FiscalCalendar? YearToDateEvidence(Period period, IEnumerable<Period> tablePeriods)
    {
        Period? longest = null;
        foreach (var p in tablePeriods)
        {
            if (p.IsInstant || p.End != period.End || p.Days <= period.Days + 20 || p.Days > 371) continue;
            if (longest is null || p.Days > longest.Value.Days) longest = p;
        }
        if (longest?.Start is not { } start) return null;
        var yearEnd = start.AddDays(-1);
        return new FiscalCalendar(yearEnd.Month, yearEnd.Day);
    }

    /// <summary>The fiscal year's name: the year it ends in, or the one the text names for this quarter.</summary>
    private static FiscalFocus Named(int endingYear, int quarter, string focus, FiscalCalendar fiscal, IReadOnlyList<QuarterMention> mentions)
    {
        bool spans = !(fiscal.EndMonth == 12 && fiscal.EndDay == 31);
        if (!spans) return new FiscalFocus(endingYear, focus, false, null);
        foreach (var mention in mentions)
        {
            if (mention.Fiscal && !mention.Comparative && mention.Quarter == quarter && (mention.Year == endingYear || mention.Year == endingYear - 1))
            {
                return new FiscalFocus(mention.Year, focus, true, null);
            }
        }
        if (fiscal.EndMonth <= 2)
        {
            return new FiscalFocus(null, focus, false,
                string.Create(CultureInfo.InvariantCulture, $"a fiscal year ending in {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(fiscal.EndMonth)} is named {endingYear} or {endingYear - 1} by different companies, and the document names neither for this period"));
        }
        return new FiscalFocus(endingYear, focus, false, null);
    }
}
