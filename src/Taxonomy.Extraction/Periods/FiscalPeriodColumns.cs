using System.Globalization;
using Taxonomy.Extraction.Tables;

namespace Taxonomy.Extraction.Periods;

/// <summary>
/// Columns titled by fiscal period ("Q3 FY25 · Q3 FY24 · YTD FY25 · YTD FY24") rather than by date. The fiscal calendar
/// turns each title into dates, and only when the document pins that calendar down: one column must come out as exactly
/// the period the narrative reports on, or, when the narrative names none, the fiscal year end must be stated. In a calendar
/// of 52/53-week years a column is dated only when the document states the day its period ends (the narrative's period,
/// a balance sheet date): the others are left undetermined rather than guessed.
/// </summary>
internal static class FiscalPeriodColumns
{
    /// <summary>The period of each column, or null when no header line titles every column by fiscal period.</summary>
    public static IReadOnlyList<ColumnPeriod>? Resolve(StatementTable table, PeriodType periodType, DocumentCalendar calendar)
    {
        if (Titles(table) is not { } found) return null;
        var (titles, titleLine) = found;
        if (titles.All(t => t.FiscalYearOnly) && table.HeaderLines.Concat(table.Preamble).Append(table.Title).Any(l => l != titleLine && NamesLength(l.Text))) return null;
        var current = calendar.CurrentDuration;
        int? contextQuarter = titles.Where(t => t.Quarter > 0 && !t.Cumulative).Select(t => t.Quarter).Distinct().ToList() is [var only] ? only
            : current is { } c && calendar.Fiscal.QuarterNear(c.End, 0) is { } q ? q.Quarter : null;
        var periods = new List<Period?>();
        foreach (var title in titles)
        {
            int quarter = title.Quarter > 0 ? title.Quarter : contextQuarter ?? 0;
            if (quarter == 0 || title.Months > 3 * quarter)
            {
                periods.Add(null);
                continue;
            }
            var period = title.Months > 0 && title.Months < 3 * quarter
                ? new DurationLength(title.Months, 0).Ending(calendar.FiscalQuarter(title.Year, quarter, false).End, calendar.Dating)
                : calendar.FiscalQuarter(title.Year, quarter, title.Cumulative || title.Months > 0);
            // A 52/53-week calendar dates a quarter to the day only when the document states the day it ends.
            bool dated = !calendar.Dating.InWeeks || calendar.Dating.StatedEnds.Contains(period.End) || current?.End == period.End;
            periods.Add(!dated ? null : periodType == PeriodType.Instant ? Period.Instant(period.End) : period);
        }
        bool pinned = current is { } reported
            ? periods.Any(p => p is { } x && (periodType == PeriodType.Instant ? x.End == reported.End : x == reported))
            : calendar.FiscalStated;
        if (!pinned)
        {
            string header = string.Join(" · ", table.HeaderLines.SelectMany(l => l.Filled).Select(f => f.Clean).Where(t => FiscalPeriodLabel.Read(t) is not null));
            // Titles printed under their year ("Q1 · Q2 · … · FY" under "2025") are named as printed.
            if (header.Length == 0) header = string.Join(" · ", titleLine.Filled.Select(f => f.Clean).Where(t => t.Length > 0));
            // The titles name fiscal periods the document does not date: none is guessed.
            return titles.Select((_, i) => new ColumnPeriod(null, false, string.Create(CultureInfo.InvariantCulture,
                $"column {i + 1}: the header names fiscal periods ({header}) whose dates the document does not pin down"))).ToList();
        }
        return periods.Select((p, i) => p is null
            ? new ColumnPeriod(null, false, string.Create(CultureInfo.InvariantCulture, $"column {i + 1}: the header's '{Describe(titles[i])}' ends with no quarter the table or the narrative names"))
            : new ColumnPeriod(p, false, null)).ToList();
    }

    /// <summary>The fiscal period titling each column, from the one header line that titles them all.</summary>
    private static (List<FiscalPeriodLabel> Titles, Segmentation.TextLine Line)? Titles(StatementTable table)
    {
        int columns = table.ColumnCount;
        if (columns == 0) return null;
        foreach (var line in table.HeaderLines)
        {
            var titles = new List<FiscalPeriodLabel>(columns);
            bool captioned = false, other = false;
            foreach (var cell in line.Filled)
            {
                string text = cell.Clean;
                if (text.Length == 0) continue;
                if (FiscalPeriodLabel.Read(text) is { } title) titles.Add(title);
                // Titles of change columns ("% Change") are no value columns of the table.
                else if (text.Contains('%') || ChangeColumns.NamesChange(text)) continue;
                // A caption may come first ("ASSETS", "(In millions)"); any other cell is no title.
                else if (titles.Count == 0 && !captioned) captioned = true;
                else other = true;
            }
            if (!other && titles.Count == columns) return (titles, line);
        }
        return UnderYear(table, columns);
    }

    /// <summary>
    /// Titles printed without their year under one line naming it ("2025" or "Fiscal 2025" over "Q1 · Q2 · Q3 · Q4 · FY",
    /// or over "First Quarter · … · Full Year"): each title is read with that year.
    /// </summary>
    private static (List<FiscalPeriodLabel> Titles, Segmentation.TextLine Line)? UnderYear(StatementTable table, int columns)
    {
        int? year = null;
        var lines = table.HeaderLines.Concat(table.Rows.TakeWhile(r => r.Values.Count == 0).Select(r => r.Line)).ToList();
        foreach (var line in lines)
        {
            var cells = line.Filled.Select(c => c.Clean).Where(c => c.Length > 0).ToList();
            if (cells is [var only] && YearOf(only) is { } named)
            {
                year = named;
                continue;
            }
            if (year is not { } y || cells.Count != columns) continue;
            var titles = cells.Select(c => FiscalPeriodLabel.Read(c) is not null ? null : FiscalPeriodLabel.Read(c + " " + y.ToString(CultureInfo.InvariantCulture))).ToList();
            if (titles.All(t => t is not null)) return (titles.Select(t => t!.Value).ToList(), line);
        }
        return null;
    }

    /// <summary>The year a header cell names alone ("2025", "Fiscal 2025", "Fiscal Year 2025", "FY 2025"), or null.</summary>
    private static int? YearOf(string cell)
    {
        if (HeaderLines.IsYear(cell)) return int.Parse(cell, CultureInfo.InvariantCulture);
        return FiscalPeriodLabel.Read(cell) is { FiscalYearOnly: true } whole && cell.Length <= 20 ? whole.Year : null;
    }

    private static bool NamesLength(string text) =>
        PeriodGroups.LengthOf(text) is not null || text.Contains("quarter", StringComparison.OrdinalIgnoreCase);

    private static string Describe(FiscalPeriodLabel title) => title.Months > 0
        ? string.Create(CultureInfo.InvariantCulture, $"{title.Months} months {title.Year}")
        : string.Create(CultureInfo.InvariantCulture, $"year to date {title.Year}");
}
