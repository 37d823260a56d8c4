using System.Globalization;
using System.Text.RegularExpressions;
using Taxonomy.Extraction.Segmentation;

namespace Taxonomy.Extraction.Periods;

/// <summary>
/// What the narrative says about time: the fiscal calendar, the period the document reports on
/// ("for the three-month period ended September 30, 2008"), the balance dates it names ("as of June 30, 2008") and the
/// quarters it names with their years ("third quarter of fiscal 2024").
/// </summary>
internal sealed record DocumentCalendar(FiscalCalendar Fiscal, bool FiscalStated, Period? CurrentDuration, IReadOnlyList<DateOnly> AsOfDates, IReadOnlyList<QuarterMention> Quarters)
{
    private static Regex QuarterOfFiscal => field ??= new(
        PeriodPhrases.OrdinalQuarterUncaptured + @"(?:the\s+)?(?:company'?s\s+)?(?:" + PeriodPhrases.FiscalYear + @"\d{4}|\d{4}\s+fiscal\s+year)",
        Patterns.NonBacktrackingIgnoreCase);

    private static Regex AsOf => field ??= new(@"\b(?:as\s+of|at)\s+$", Patterns.NonBacktrackingIgnoreCase);

    public static DocumentCalendar Build(IReadOnlyList<TextLine> lines)
    {
        FiscalCalendar? fiscal = null;
        Period? current = null;
        var asOf = new List<DateOnly>();
        (int Quarter, int Year)? quarterMention = null;
        var quarters = new List<QuarterMention>();
        foreach (var line in lines)
        {
            if (line.Kind != LineKind.Prose) continue;
            string text = line.Text;
            fiscal ??= FiscalCalendar.Find(text);
            QuarterMention.AddAll(text, quarters);
            // \d also matches other scripts' digits, which name no year here.
            if (quarterMention is null && Patterns.MayContain(text, "quarter")) quarterMention = QuarterOfFiscalYear(text);
            foreach (var date in DateMention.FindAll(text))
            {
                if (date.Date is not { } d) continue;
                string before = text[Math.Max(0, date.Offset - 40)..date.Offset];
                if (current is null && before.Contains("ended", StringComparison.OrdinalIgnoreCase) && DurationLength.Find(before) is { } length && !NamesOtherReport(before))
                {
                    current = length.Ending(d);
                }
                if (AsOf.IsMatch(before) && !asOf.Contains(d)) asOf.Add(d);
            }
        }
        bool stated = fiscal is not null;
        if (fiscal is null && quarterMention is { } qm && current is { } c)
        {
            fiscal = FiscalCalendar.EndingQuarter(qm.Quarter, c.End);
            stated = true;
        }
        return new DocumentCalendar(fiscal ?? FiscalCalendar.Calendar, stated, current, asOf, quarters);
    }

    /// <summary>
    /// The quarter and fiscal year of the first match of <see cref="QuarterOfFiscal"/> in <paramref name="text"/>, or null.
    /// The pattern captures nothing (NonBacktracking pays a second pass per match for groups): a match starts with the
    /// ordinal word, and the year is its first digits (four), as no word before them holds one.
    /// </summary>
    private static (int Quarter, int Year)? QuarterOfFiscalYear(string text)
    {
        foreach (var m in QuarterOfFiscal.EnumerateMatches(text))
        {
            var match = text.AsSpan(m.Index, m.Length);
            int yearStart = 0;
            while (!char.IsDigit(match[yearStart])) yearStart++;
            // \d also matches other scripts' digits, which name no year here.
            if (!int.TryParse(match.Slice(yearStart, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year)) return null;
            int wordEnd = 0;
            while (!char.IsWhiteSpace(match[wordEnd])) wordEnd++;
            return (Ordinal(match[..wordEnd].ToString()), year);
        }
        return null;
    }

    private static readonly string[] OtherReports = ["form 10-k", "form 10k", "form 10-q", "form 10q", "annual report", "quarterly report"];

    /// <summary>
    /// "… discussed in the Annual Report on Form 10-K for the year ended December 31, 2003": the period of another report
    /// (cited in forward-looking boilerplate), not the one this document reports on.
    /// </summary>
    private static bool NamesOtherReport(string before) => OtherReports.Any(r => before.Contains(r, StringComparison.OrdinalIgnoreCase));

    /// <summary>The same period one year earlier (the usual comparative).</summary>
    public static Period PriorYear(Period period) =>
        period.Start is { } s ? Period.Duration(s.AddYears(-1), LastDayAware(period.End)) : Period.Instant(LastDayAware(period.End));

    private static DateOnly LastDayAware(DateOnly end)
    {
        var prior = end.AddYears(-1);
        bool monthEnd = end.Day == DateTime.DaysInMonth(end.Year, end.Month);
        return monthEnd ? new DateOnly(prior.Year, prior.Month, DateTime.DaysInMonth(prior.Year, prior.Month)) : prior;
    }

    internal static int Ordinal(string word) => word.ToLowerInvariant() switch
    {
        "first" => 1, "second" => 2, "third" => 3, "fourth" => 4, _ => 0,
    };
}
