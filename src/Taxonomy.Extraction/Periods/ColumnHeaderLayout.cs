using System.Globalization;
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
                int start = cell.Offset - line.Offset, end = start + cell.Raw.Length;
                var over = Enumerable.Range(0, columns).Where(c => start < spans[c].Right && spans[c].Left < end).ToList();
                if (over.Count == 0)
                {
                    // A fragment between columns belongs to the nearest one.
                    int middle = (start + end) / 2;
                    over = [Enumerable.Range(0, columns).OrderBy(c => Math.Abs((spans[c].Left + spans[c].Right) / 2 - middle)).First()];
                }
                foreach (int c in over) texts[c].Append(cell.Clean).Append(' ');
            }
        }
        return texts.Select(t => t.ToString().Trim()).ToList();
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
