using System.Globalization;
using Taxonomy.Extraction.Segmentation;
using Taxonomy.Extraction.Tables;

namespace Taxonomy.Extraction.Periods;

/// <summary>
/// Reads the header of a fixed-width text table column by column: each header fragment belongs to the value columns
/// printed under it, so a header stacked over several lines ("For the 13" / "Weeks Ended" / "July 3, 2004 and" /
/// "June 28, 2003" / "2004") reads as one phrase per column. Used only when every column gets an end date this way.
/// </summary>
internal static class ColumnHeaderLayout
{
    /// <summary>Per column: the header text over it, or null when the table is not fixed-width or a column has no values.</summary>
    public static List<string>? ColumnTexts(StatementTable table)
    {
        int columns = table.ColumnCount;
        if (columns == 0 || table.HeaderLines.Count == 0 || table.HeaderLines.Any(l => l.Text.Contains('\t'))) return null;
        var full = table.Rows.Where(r => r.Values.Count == columns && !r.Line.Text.Contains('\t')).ToList();
        if (full.Count == 0) return null;
        var spans = new (int Left, int Right)[columns];
        for (int c = 0; c < columns; c++)
        {
            var starts = full.Select(r => r.Values[c].Offset - r.Line.Offset).Order().ToList();
            var ends = full.Select(r => r.Values[c].Offset - r.Line.Offset + r.Values[c].Text.Length).Order().ToList();
            spans[c] = (starts[0], ends[ends.Count / 2]);
        }
        var texts = Enumerable.Range(0, columns).Select(_ => new System.Text.StringBuilder()).ToArray();
        foreach (var line in table.HeaderLines)
        {
            foreach (var cell in line.Filled)
            {
                int start = cell.Offset - line.Offset;
                var over = Over(spans, start, start + cell.Raw.Length);
                if (Dates(cell.Raw, over.Count) is not { } pieces)
                {
                    foreach (int c in over) texts[c].Append(Markup.Strip(cell.Raw).Trim()).Append(' ');
                    continue;
                }
                foreach (var (at, text) in pieces)
                {
                    foreach (int c in Over(spans, start + at, start + at + text.Length)) texts[c].Append(Markup.Strip(text).Trim()).Append(' ');
                }
            }
        }
        return texts.Select(t => t.ToString().Trim()).ToList();
    }

    /// <summary>The columns a fragment printed from <paramref name="start"/> to <paramref name="end"/> is over; one between columns belongs to the nearest.</summary>
    private static List<int> Over((int Left, int Right)[] spans, int start, int end)
    {
        var over = Enumerable.Range(0, spans.Length).Where(c => start < spans[c].Right && spans[c].Left < end).ToList();
        if (over.Count > 0) return over;
        int middle = (start + end) / 2;
        return [Enumerable.Range(0, spans.Length).OrderBy(c => Math.Abs((spans[c].Left + spans[c].Right) / 2 - middle)).First()];
    }

    /// <summary>
    /// A header cell over several columns cut into one date each when it holds as many dates as columns (dates a single
    /// space apart, "September 30, December 31,", read as one cell): each date then heads the column it is printed over.
    /// Null for any other cell, which heads every column it is printed over.
    /// </summary>
    private static IEnumerable<(int At, string Text)>? Dates(string raw, int columns)
    {
        var dates = columns > 1 ? DateMention.FindAll(raw) : [];
        if (dates.Count != columns) return null;
        return dates.Select((d, i) =>
        {
            int from = i == 0 ? 0 : d.Offset, to = i + 1 < dates.Count ? dates[i + 1].Offset : raw.Length;
            return (from, raw[from..to]);
        });
    }

    /// <summary>
    /// The column's end date: its only date, or the one of the year printed alone at the bottom of the column; a month named
    /// without a day ends the period on that month's last day (<see cref="MonthEnd"/>).
    /// </summary>
    public static DateOnly? EndDate(string text)
    {
        var dates = DateMention.FindAll(text).Where(d => d.Date is not null).Select(d => d.Date!.Value).Distinct().ToList();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int? year = words.Length > 0 && HeaderLines.IsYear(words[^1]) ? int.Parse(words[^1], CultureInfo.InvariantCulture) : null;
        if (dates.Count == 1 && (year is null || dates[0].Year == year)) return dates[0];
        if (year is { } y && dates.Count(d => d.Year == y) == 1) return dates.Single(d => d.Year == y);
        if (dates.Count == 0 && year is { } only)
        {
            var monthDay = DateMention.FindAll(text).Select(d => (d.Month, d.Day)).Distinct().ToList();
            if (monthDay.Count == 1 && monthDay[0].Day <= DateTime.DaysInMonth(only, monthDay[0].Month)) return new DateOnly(only, monthDay[0].Month, monthDay[0].Day);
        }
        return DateMention.FindAll(text).Count == 0 ? MonthEnd.Of(text) : null;
    }
}
