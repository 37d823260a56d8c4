using System.Globalization;

namespace Taxonomy.Extraction.Periods;

/// <summary>
/// A column title that names a fiscal period instead of dating it: a quarter ("Q3 2025", "Q3 FY25", "3Q25", "Q3 '25",
/// "Third Quarter 2025"), the year to date ("YTD 2025", "9M 2025", "Nine Months 2025", "H1 2025") or a whole year
/// ("FY 2025", "FY25", "Fiscal 2025", "Full Year 2025"). Its dates come from the fiscal calendar.
/// </summary>
/// <param name="Quarter">The fiscal quarter the period ends with (1-4); 0 when the label leaves it to the table ("YTD",
/// "Nine Months": the quarter the other columns or the narrative report).</param>
/// <param name="Cumulative">Whether the period runs from the start of the fiscal year (year to date, a half, a whole year).</param>
/// <param name="Months">The length a label names in months ("9M", "Nine Months"), which ends with the quarter; 0 otherwise.</param>
/// <param name="Year">The year as printed (a two-digit year read as <see cref="NumericDate.FullYear"/> reads it).</param>
internal readonly record struct FiscalPeriodLabel(int Quarter, bool Cumulative, int Months, int Year)
{
    /// <summary>The label <paramref name="cell"/> is made of, or null when the cell holds anything else.</summary>
    public static FiscalPeriodLabel? Read(string cell)
    {
        // Every label holds its year: most cells (labels, amounts' words) are passed over without being read.
        if (cell.Length is < 3 or > 40 || !cell.AsSpan().ContainsAnyInRange('0', '9')
            || !(cell.AsSpan().ContainsAnyInRange('A', 'Z') || cell.AsSpan().ContainsAnyInRange('a', 'z'))) return null;
        var tokens = Tokens(cell, out bool spaced);
        if (tokens.Count < 2) return null;
        int year = 0, quarter = -1, length = 0;
        bool cumulative = false, fiscalMark = false;
        for (int i = 0; i < tokens.Count; i++)
        {
            string t = tokens[i];
            string? next = i + 1 < tokens.Count ? tokens[i + 1] : null;
            if (IsDigits(t, 4) && year == 0)
            {
                year = int.Parse(t, CultureInfo.InvariantCulture);
                if (year is < 1950 or > 2100) return null;
            }
            else if (IsDigits(t, 2) && year == 0 && (fiscalMark || (i > 0 && tokens[i - 1] == "'") || !spaced))
            {
                year = NumericDate.FullYear(int.Parse(t, CultureInfo.InvariantCulture));
            }
            else if (t == "'" && next is not null && IsDigits(next, 2)) continue;
            else if (t is "fy" or "fiscal") fiscalMark = true;
            else if (quarter < 0 && t == "q" && next is ['1' or '2' or '3' or '4'])
            {
                quarter = next[0] - '0';
                i++;
            }
            else if (quarter < 0 && t is ['1' or '2' or '3' or '4'] && next is "q")
            {
                quarter = t[0] - '0';
                i++;
            }
            else if (quarter < 0 && DocumentCalendar.Ordinal(t) is > 0 and var ordinal && next is "quarter")
            {
                quarter = ordinal;
                i++;
            }
            else if (quarter < 0 && t is "ytd")
            {
                (quarter, cumulative) = (0, true);
            }
            else if (quarter < 0 && t is "year" && next is "to" && i + 2 < tokens.Count && tokens[i + 2] == "date")
            {
                (quarter, cumulative) = (0, true);
                i += 2;
            }
            else if (quarter < 0 && MonthsToDate(t, next) is { } months)
            {
                (quarter, length) = (0, months);
                i++;
            }
            else if (quarter < 0 && (t, next) is ("h", "1") or ("1", "h") or ("first", "half"))
            {
                (quarter, cumulative) = (2, true);
                i++;
            }
            else if (quarter < 0 && (t, next) is ("full", "year"))
            {
                (quarter, cumulative) = (4, true);
                i++;
            }
            else if (t is "quarter" or "year") continue;
            else return null;
        }
        if (year == 0) return null;
        if (quarter < 0)
        {
            // "FY 2025", "Fiscal 2025": the whole fiscal year; a bare year is no fiscal period label.
            if (!fiscalMark) return null;
            return new FiscalPeriodLabel(4, true, 0, year) { FiscalYearOnly = true };
        }
        return new FiscalPeriodLabel(quarter, cumulative, length, year);
    }

    /// <summary>
    /// True for a fiscal year named with nothing else ("FY 2025", "Fiscal 2025"): the whole year, unless another header
    /// line names the columns' length ("Third Quarter" over "Fiscal 2025 · Fiscal 2024"), when it only names the year.
    /// </summary>
    public bool FiscalYearOnly { get; init; }

    /// <summary>"9M", "nine months", "6 months": a length in whole quarters.</summary>
    private static int? MonthsToDate(string word, string? next)
    {
        if (next is not ("m" or "months")) return null;
        int months = word switch
        {
            "3" or "three" => 3, "6" or "six" => 6, "9" or "nine" => 9, "12" or "twelve" => 12, _ => 0,
        };
        return months > 0 ? months : null;
    }

    private static bool IsDigits(string token, int length) => token.Length == length && !token.AsSpan().ContainsAnyExceptInRange('0', '9');

    /// <summary>Lower-case runs of letters and of digits, and apostrophes; <paramref name="spaced"/> when words are separated.</summary>
    private static List<string> Tokens(string cell, out bool spaced)
    {
        var tokens = new List<string>();
        spaced = false;
        int i = 0;
        while (i < cell.Length)
        {
            char c = cell[i];
            if (char.IsAsciiLetter(c) || char.IsAsciiDigit(c))
            {
                bool letters = char.IsAsciiLetter(c);
                int start = i;
                while (i < cell.Length && (letters ? char.IsAsciiLetter(cell[i]) : char.IsAsciiDigit(cell[i]))) i++;
                tokens.Add(cell[start..i].ToLowerInvariant());
                continue;
            }
            if (c is '\'' or '\u2019') tokens.Add("'");
            else if (char.IsWhiteSpace(c) || c is '-' or '\u2013') spaced = true;
            else return [];
            i++;
        }
        return tokens;
    }
}
