using System.Globalization;
using Taxonomy.Extraction.Tables;

namespace Taxonomy.Extraction.Periods;

/// <summary>
/// Resolves each column of a table to an XBRL period from its header lines (split, late, or partly lost),
/// falling back on the narrative and the fiscal calendar for what the header does not say.
/// </summary>
internal static class ColumnPeriodResolver
{
    private static readonly char[] WordSeparators = [' ', ','];

    public static IReadOnlyList<ColumnPeriod> Resolve(StatementTable table, PeriodType periodType, DocumentCalendar calendar)
    {
        int columns = table.ColumnCount;
        var dates = new List<DateMention>();
        var years = new List<int>();
        var text = new System.Text.StringBuilder();
        int dateLines = 0, unplacedDateLines = 0;
        foreach (var line in table.HeaderLines)
        {
            text.Append(line.Text).Append('\n');
            int before = dates.Count;
            dates.AddRange(DateMention.FindAll(line.Text));
            if (dates.Count > before)
            {
                dateLines++;
                if (line.Filled is [var only] && only.Offset == line.Offset) unplacedDateLines++;
            }
            foreach (var cell in line.Filled)
            {
                foreach (var word in cell.Clean.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries))
                {
                    if (HeaderLines.IsYear(word)) years.Add(int.Parse(word, CultureInfo.InvariantCulture));
                }
            }
        }
        if (dates.Count == 0 && columns > 0 && years.Count == columns && TitlePeriods.Yearless(TitlePeriods.TitleText(table), periodType == PeriodType.Instant) is { } yearless)
        {
            // Columns headed only by years under a title stating their period without one ("Statements of Operations (Year
            // ended December 31)", "Balance Sheets (December 31)"): the title's phrase heads every column, as a header line
            // printing it would.
            dates.Add(yearless.End);
            if (DurationLength.FindAll(text.ToString()).Count == 0) text.Append(yearless.Phrase).Append('\n');
        }
        var ends = EndDates(dates, years, columns);
        if (ends.Count > 0 && ends.Count < columns && dateLines > 0 && unplacedDateLines == dateLines)
        {
            // Fewer dates than columns, each on a line of its own where a row's label would stand (a conversion printing every
            // cell on a line): nothing shows which columns they head, so none is taken to head the first ones.
            ends = [];
        }
        if (ends.Count == 0 && dates.Count == 0 && years.Count >= columns && MonthEnd.Month(text.ToString()) is { } month)
        {
            // "Three Months Ended December" over the years: each column ends on the last day of the month in its year.
            ends = years.Take(columns).Select(y => MonthEnd.LastDay(y, month)).ToList();
        }
        bool endsFromNarrative = false;
        if (columns > 0 && ends.Count == 0 && dates.Count == 0 && years.Count == columns && calendar.CurrentDuration is { } reported
            && years[0] == reported.End.Year && years.Max() == reported.End.Year
            && reported.End.Day == DateTime.DaysInMonth(reported.End.Year, reported.End.Month)
            && PeriodGroups.Find(table, columns) is not null && TitlePeriods.Find(TitlePeriods.TitleText(table), calendar.Dating).Count == 0)
        {
            // "Fourth Quarter · Full Year" over "2025 2024 2025 2024", no date in the header or the title, and the narrative
            // reporting on the first column's year: each column ends on the day the narrative's period ends, in its own
            // year. Only for periods ending on a month's last day: a 52/53-week year's prior period ends on another day.
            ends = years.Select(y => DocumentCalendar.YearsEarlier(reported.End, reported.End.Year - y)).ToList();
            endsFromNarrative = true;
        }
        var named = DurationLength.FindAll(text.ToString());
        if (ColumnHeaderLayout.ColumnTexts(table) is { } byColumn && byColumn.Select(ColumnHeaderLayout.EndDate).ToList() is var laidOut && laidOut.All(d => d is not null))
        {
            // A fixed-width header read column by column says each column's own end and length.
            ends = laidOut.Select(d => d!.Value).ToList();
            var own = byColumn.Select(DurationLength.Find).ToList();
            if (own.All(l => l is not null)) named = own.Select(l => l!.Value).ToList();
        }
        if (ends.Count < columns && FiscalPeriodColumns.Resolve(table, periodType, calendar) is { } byFiscalTitle) return Distinct(byFiscalTitle.ToList(), table);
        if (periodType == PeriodType.Instant) return Distinct(Enumerable.Range(0, columns).Select(c => Instant(c < ends.Count ? ends[c] : null, c, ends, calendar)).ToList(), table);
        // One length per column: a header line whose cells each name a length (a quarter, the year to date) groups the
        // columns; otherwise the lengths named anywhere in the header split the columns evenly.
        var lengths = PeriodGroups.Find(table, columns) ?? EvenSplit(named, columns);
        var stated = TitlePeriods.Find(TitlePeriods.TitleText(table), calendar.Dating);
        var byTitle = ends.Count < columns ? TitlePeriods.ForColumns(stated, years, columns) : null;
        var result = new List<ColumnPeriod>();
        // A restatement's basis ("As Reported · As Restated") names columns of periods; column groups are read elsewhere.
        string? namesColumns = table.ColumnGroups is null && ColumnNames(table, columns) is { } names && RestatedColumns.Basis(table, columns) is null ? names : null;
        int quarters = lengths?.Select(l => l.Ordinal).Where(o => o > 0).Distinct().Count() ?? 0;
        // Columns headed by several quarters' ordinals ("First Quarter · Second Quarter · … · Year") under fewer dates than
        // columns: a date ("… year ended December 31, 2025") ends the year or its last quarter, not the first column.
        bool endsPlaced = quarters < 2 || ends.Count >= columns;
        for (int c = 0; c < columns; c++)
        {
            DateOnly? end = c < ends.Count && endsPlaced ? ends[c] : null;
            var length = lengths?[c];
            if (byTitle is not null)
            {
                // The header prints only years; the title states the periods (the header's length, when it names one, decides).
                result.Add(byTitle[c] is { } titled ? new ColumnPeriod(length is { Named: true } ? length.Ending(titled.End, calendar) : titled, false, null)
                    : new ColumnPeriod(null, false, string.Create(CultureInfo.InvariantCulture, $"column {c + 1}: the title states no single period ending in {years[c]}")));
                continue;
            }
            if (end is { } known && length is { Named: false } && stated.Where(p => p.End == known).ToList() is { Count: 1 } ending)
            {
                result.Add(new ColumnPeriod(ending[0], false, null));
                continue;
            }
            if (length is null)
            {
                result.Add(new ColumnPeriod(null, false, string.Create(CultureInfo.InvariantCulture,
                    $"column {c + 1}: the header names {named.Count} period lengths over {columns} columns, which do not divide into equal groups")));
                continue;
            }
            var column = namesColumns is not null
                ? new ColumnPeriod(null, false, $"column {c + 1}: the header names the columns ({namesColumns}), not their periods: segment, forecast or other figures beside the filer's")
                : Duration(new ColumnHeading(c, columns, end, length, years.Count == columns ? years[c] : years.Count > 0 ? -1 : null, c == 1 ? lengths![0] : null, quarters), calendar, result);
            if (endsFromNarrative && column is { Period: { } dated, Inferred: false })
            {
                column = new ColumnPeriod(dated, true, string.Create(CultureInfo.InvariantCulture,
                    $"column {c + 1} prints only its year; inferred {dated} from the day the narrative's period ends"));
            }
            result.Add(column);
        }
        return Distinct(result, table);
    }

    /// <summary>
    /// The names a header line gives the columns when it names each by words and none by a period ("Industrial · Medical ·
    /// Total", "Actual · Guidance"), quoted and joined, or null. The columns are then not the filer's figures of the periods
    /// the header or the narrative name (a segment's figures, a forecast): no column takes one.
    /// </summary>
    private static string? ColumnNames(StatementTable table, int columns)
    {
        if (columns < 2) return null;
        // The header line, or a line above the first figures the table reader took for a caption.
        var captions = table.Rows.TakeWhile(r => r.Values.Count == 0).Select(r => r.Line);
        foreach (var line in table.HeaderLines.Concat(captions))
        {
            var cells = line.Filled.Where(c => c.Clean.Length > 0).ToList();
            if (cells.Count != columns || !cells.All(c => c.HasLetters && NumberParser.ParseSingle(c.Clean, 0) is null && !IsPeriodText(c.Clean))) continue;
            return string.Join(", ", cells.Select(c => "'" + c.Clean + "'"));
        }
        return null;
    }

    private static bool IsPeriodText(string text) =>
        text.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries).Any(HeaderLines.IsYear) || DateMention.Any(text)
        || DurationLength.Find(text) is not null || FiscalPeriodLabel.Read(text) is not null || MonthEnd.Month(text) is not null;

    /// <summary>
    /// Two columns of one table never report the same period: when they resolve to one, neither is reported, unless one
    /// is the period restated and the others its figures as previously reported (<see cref="RestatedColumns"/>).
    /// </summary>
    private static List<ColumnPeriod> Distinct(List<ColumnPeriod> columns, StatementTable table)
    {
        var repeated = columns.Where(c => c.Period is not null).GroupBy(c => c.Period).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        if (repeated.Count == 0) return columns;
        var basis = RestatedColumns.Basis(table, columns.Count);
        return columns.Select((c, i) =>
        {
            if (c.Period is not { } p || !repeated.Contains(p)) return c;
            var same = Enumerable.Range(0, columns.Count).Where(k => columns[k].Period == p).ToList();
            if (basis is not null && same.Count(k => basis[k] > 0) == 1 && same.All(k => basis[k] != 0))
            {
                int restated = same.Single(k => basis[k] > 0);
                return i == restated ? c : new ColumnPeriod(null, false, string.Create(CultureInfo.InvariantCulture,
                    $"column {i + 1} prints {p} as previously reported, beside the restated column {restated + 1}"));
            }
            return new ColumnPeriod(null, false, string.Create(CultureInfo.InvariantCulture, $"column {i + 1} resolves to {p}, the period of another column of the table"));
        }).ToList();
    }

    /// <summary>
    /// The length of each column when no header line groups them: a header naming several lengths ("Three Months Ended",
    /// "Nine Months Ended") spans them over equal groups of columns, left to right; one length (or the same one repeated)
    /// covers every column; no length leaves every column unnamed. Null when the groups are not equal.
    /// </summary>
    internal static IReadOnlyList<PeriodGroups.GroupLength>? EvenSplit(IReadOnlyList<DurationLength> named, int columns)
    {
        if (named.Count == 0) return Enumerable.Repeat(PeriodGroups.GroupLength.Unnamed, columns).ToList();
        if (named.Distinct().Count() == 1) return Enumerable.Repeat(new PeriodGroups.GroupLength(named[0], false), columns).ToList();
        if (columns % named.Count != 0) return null;
        return Enumerable.Range(0, columns).Select(c => new PeriodGroups.GroupLength(named[c / (columns / named.Count)], false)).ToList();
    }

    private static List<DateOnly> EndDates(List<DateMention> dates, List<int> years, int columns)
    {
        var full = dates.Where(d => d.Date is not null).Select(d => d.Date!.Value).ToList();
        // A row of years under the dates decides the order when each year names one date ("2004  2003  2004  2003").
        if (years.Count == columns && full.Count >= columns)
        {
            var byYear = full.GroupBy(d => d.Year).ToDictionary(g => g.Key, g => g.Distinct().ToList());
            if (years.All(y => byYear.TryGetValue(y, out var only) && only.Count == 1)) return years.Select(y => byYear[y][0]).ToList();
        }
        if (full.Count >= columns) return full.Take(columns).ToList();
        // Month and day over each column on one line, the years on the next ("July 3,  June 28,  January 3," then "2004  2003  2004").
        var yearless = dates.Where(d => d.Year is null).ToList();
        if (full.Count == 0 && yearless.Count == columns && years.Count == columns
            && yearless.Zip(years).All(p => p.First.Day <= DateTime.DaysInMonth(p.Second, p.First.Month)))
        {
            return yearless.Zip(years).Select(p => new DateOnly(p.Second, p.First.Month, p.First.Day)).ToList();
        }
        var monthDays = dates.Select(d => (d.Month, d.Day)).Distinct().ToList();
        if (monthDays.Count == 1 && years.Count >= columns)
        {
            var (month, day) = monthDays[0];
            return years.Take(columns).Where(y => day <= DateTime.DaysInMonth(y, month)).Select(y => new DateOnly(y, month, day)).ToList();
        }
        return full;
    }

    private static ColumnPeriod Instant(DateOnly? end, int column, List<DateOnly> known, DocumentCalendar calendar)
    {
        if (end is { } e) return new ColumnPeriod(Period.Instant(e), false, null);
        if (known.Count == 0) return new ColumnPeriod(null, false, "no date in the column header");
        var first = known[0];
        var narrative = calendar.AsOfDates.Where(d => d < first && !known.Contains(d)).ToList();
        DateOnly? fiscal = calendar.FiscalStated ? calendar.Fiscal.PriorYearEnd(first) : null;
        if (fiscal is { } f && narrative.Contains(f))
        {
            return Inferred(f, column, "the narrative names it and it is the prior fiscal year end");
        }
        if (narrative.Count == 1) return Inferred(narrative[0], column, "the narrative names it");
        if (fiscal is { } only && narrative.Count == 0) return Inferred(only, column, "it is the prior fiscal year end");
        return new ColumnPeriod(null, false, "the column header is missing and the document does not determine it");
    }

    private static ColumnPeriod Inferred(DateOnly date, int column, string why) =>
        new(Period.Instant(date), true, string.Create(CultureInfo.InvariantCulture,
            $"column {column + 1} has no header; inferred {date:yyyy-MM-dd} because {why}"));

    /// <summary>A period of whole weeks that is not whole months (a retailer's "thirteen weeks ended August 2").</summary>
    private static bool CountedInWeeks(Period period) =>
        period.Start is { } start && period.Days % 7 == 0 && !(start.Day == 1 && period.End.Day == DateTime.DaysInMonth(period.End.Year, period.End.Month));

    /// <summary>The period of a duration column from what its header says (<paramref name="heading"/>), the narrative, and the columns <paramref name="before"/> it.</summary>
    private static ColumnPeriod Duration(ColumnHeading heading, DocumentCalendar calendar, List<ColumnPeriod> before)
    {
        var (column, columns, end, length, headerYear, firstLength, quarters) = heading;
        if (end is { } e && length.Named) return new ColumnPeriod(length.Ending(e, calendar), false, null);
        if (end is { } e2 && calendar.CurrentDuration is { } current && current.End.Month == e2.Month && current.End.Day == e2.Day)
        {
            var months = new DurationLength((int)Math.Round(current.Days / 30.4), 0);
            return new ColumnPeriod(months.Ending(e2, calendar.Dating), true, string.Create(CultureInfo.InvariantCulture,
                $"column {column + 1} names no period length; inferred {months.Months} months from the narrative"));
        }
        if (end is null && calendar.CurrentDuration is { } doc)
        {
            // No header at all: the first column is the period the narrative reports on and, in a table of two columns, the
            // second its prior-year comparative. With more columns the others may be years to date, in either order: not guessed.
            if (column == 1 && columns == 2 && before[^1].Period is { } weeks && CountedInWeeks(weeks))
            {
                // A 52–53-week year: the prior year's quarter ends 52 or 53 weeks earlier, a date the narrative does not give.
                return new ColumnPeriod(null, false, string.Create(CultureInfo.InvariantCulture,
                    $"column {column + 1} has no header, and the period before it is counted in weeks: the year before's may end 52 or 53 weeks earlier; not guessed"));
            }
            if (length.Ordinal > 0 && (NarratedQuarter(calendar) is > 0 and var reportedQuarter ? length.Ordinal != reportedQuarter : quarters > 1))
            {
                // "First Quarter · Second Quarter · …": a column headed by another quarter than the one the narrative reports
                // on is not its period, and the header prints no end to date it by.
                return new ColumnPeriod(null, false, string.Create(CultureInfo.InvariantCulture,
                    $"column {column + 1} is headed by a quarter's ordinal ({length.Ordinal}) and no date, and the narrative reports on another period"));
            }
            // The second of two columns is the first's prior-year comparative when both are of one length; of another length
            // ("Fourth Quarter · Full Year", "Three Months · Twelve Months"), it ends when the first does.
            bool otherLength = firstLength is { Named: true } first && length.Named && !first.SameLength(length);
            var period = column == 0 ? doc
                : column == 1 && columns == 2 && before[^1].Period is { } p ? (otherLength ? p : DocumentCalendar.PriorYear(p)) : (Period?)null;
            if (period is { } fits && headerYear is { } year && year != fits.End.Year)
            {
                // A header that prints years is not missing: the narrative's period does not fit this column's year.
                return new ColumnPeriod(null, false, string.Create(CultureInfo.InvariantCulture,
                    $"column {column + 1}: the header prints only years and the document does not say which period of {(year > 0 ? year.ToString(CultureInfo.InvariantCulture) : "them")} it reports"));
            }
            if (period is { } narrated)
            {
                // The narrative gives the end; a length the header names decides the start.
                var pp = length.Named ? length.Ending(narrated.End, calendar) : narrated;
                return new ColumnPeriod(pp, true, otherLength
                    ? string.Create(CultureInfo.InvariantCulture, $"column {column + 1} names its length and no date; inferred {pp}, ending with column 1's period")
                    : string.Create(CultureInfo.InvariantCulture, $"column {column + 1} has no header; inferred {pp} from the narrative"));
            }
        }
        return new ColumnPeriod(null, false, "the column's period cannot be determined");
    }

    /// <summary>The ordinal of the quarter the narrative reports on ("third quarter ended"; the fourth when it reports a quarter and its year), or 0.</summary>
    private static int NarratedQuarter(DocumentCalendar calendar) => calendar.ReportedOrdinal > 0 ? calendar.ReportedOrdinal : calendar.ReportsQuarterAndYear ? 4 : 0;
}
