namespace Taxonomy.Extraction.Periods;

/// <summary>Pattern fragments of the period phrases that titles, headers and prose share.</summary>
internal static class PeriodPhrases
{
    /// <summary>A date printed as month name, day and year: "June 30, 2025", "Sept. 30 2025".</summary>
    public const string MonthDayYear = @"[A-Za-z]+\.?\s+\d{1,2},?\s*\d{4}";

    /// <summary>"first quarter of ", "third quarter ": the ordinal of a quarter (group 1) before the year it is of.</summary>
    public const string OrdinalQuarter = @"\b(first|second|third|fourth)\s+quarter\s+(?:of\s+)?";

    /// <summary>"fiscal ", "fiscal year ": the words before the number of a fiscal year.</summary>
    public const string FiscalYear = @"fiscal\s+(?:year\s+)?";
}
