using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A 52/53-week fiscal calendar whose periods are stated in months ("Three Months Ended September 28, 2024"): the months
/// are counted in 13-week quarters, a period end the document states (the prior fiscal year end a balance sheet prints)
/// dates a start to the day, and the tables and the prose date a period the same way. A calendar of months is unchanged.
/// Fictional companies; figures foot.
/// </summary>
public class WeekCalendarTests
{
    // Revenue − cost = gross profit; gross profit − expenses = pre-tax income; pre-tax − taxes = net income, every column.
    private const string OperationsRows =
        "Revenue\t$\t45,300\t$\t40,100\t$\t130,000\t$\t118,000\n"
        + "Cost of revenue\t\t30,300\t\t27,100\t\t87,000\t\t80,000\n"
        + "Gross profit\t\t15,000\t\t13,000\t\t43,000\t\t38,000\n"
        + "Operating expenses\t\t7,000\t\t6,000\t\t20,000\t\t18,000\n"
        + "Income before income taxes\t\t8,000\t\t7,000\t\t23,000\t\t20,000\n"
        + "Income taxes\t\t2,000\t\t2,000\t\t5,000\t\t5,000\n"
        + "Net income\t$\t6,000\t$\t5,000\t$\t18,000\t$\t15,000\n";

    private static string BalanceSheet(string current, string prior) =>
        "CONDENSED CONSOLIDATED BALANCE SHEETS\n(in thousands)\n\n"
        + $"\t{current}\t{prior}\n"
        + "Cash and cash equivalents\t$\t20,000\t$\t18,000\n"
        + "Accounts receivable\t\t10,000\t\t9,000\n"
        + "Total current assets\t\t30,000\t\t27,000\n"
        + "Property and equipment, net\t\t5,000\t\t5,000\n"
        + "Total assets\t$\t35,000\t$\t32,000\n"
        + "Total current liabilities\t\t8,000\t\t7,000\n"
        + "Total liabilities\t\t8,000\t\t7,000\n"
        + "Total stockholders' equity\t\t27,000\t\t25,000\n"
        + "Total liabilities and stockholders' equity\t$\t35,000\t$\t32,000\n";

    private static string Operations(string current, string prior) =>
        "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n(in thousands)\n\n"
        + "\tThree Months Ended\tNine Months Ended\n"
        + $"\t{current}\t{prior}\t{current}\t{prior}\n"
        + OperationsRows + "\n";

    private static ExtractionResult Extract(string text) =>
        FilingExtractor.Extract(text, new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "fictional.txt" });

    private static List<Period> Periods(ExtractionResult result, string localName) =>
        result.Report.Facts.Where(f => f.Concept.LocalName == localName).Select(f => f.Period).ToList();

    // A fiscal year ending on the last Saturday of December: 2022-12-31, 2023-12-30 (52 weeks), 2024-12-28 (52 weeks).
    private const string HarborlightProse =
        "Harborlight Devices, Inc. today reported results for the third quarter ended September 28, 2024. "
        + "Revenue for the third quarter was $45.3 million, compared with $40.1 million in the third quarter of 2023. "
        + "Net income was $6.0 million, compared with $5.0 million a year ago.\n\n";

    [Fact]
    public void Quarters_and_years_to_date_stated_in_months_are_counted_in_weeks_from_the_prior_fiscal_year_end()
    {
        var result = Extract(HarborlightProse + Operations("September 28, 2024", "September 30, 2023") + BalanceSheet("September 28, 2024", "December 30, 2023"));
        Assert.Equal(
            [Period.Parse("2024-06-30/2024-09-28"), Period.Parse("2023-07-02/2023-09-30"), Period.Parse("2023-12-31/2024-09-28"), Period.Parse("2023-01-01/2023-09-30")],
            Periods(result, "Revenues"));
        // The prose dates its quarters as the table does: it confirms the table's facts, and adds no fact of another period.
        var netIncome = result.Report.Facts.Where(f => f.Concept.LocalName == "NetIncomeLoss").ToList();
        Assert.Equal(4, netIncome.Count);
        Assert.All(netIncome.Take(2), f => Assert.Contains(DecisionMethod.NarrativeMatched, f.Provenance!.Methods));
        Assert.DoesNotContain(result.Findings, f => f.RuleId is "extract.narrative-conflict" or "extract.narrative-period-ambiguous");
        Assert.Equal(
            [Period.Parse("2024-06-30/2024-09-28"), Period.Parse("2023-07-02/2023-09-30")],
            result.Report.Facts.Where(f => f.Concept.LocalName == "Revenues" && f.Provenance!.Methods.Contains(DecisionMethod.NarrativeMatched)).Select(f => f.Period));
    }

    [Fact]
    public void Without_a_stated_prior_year_end_the_months_are_thirteen_week_quarters()
    {
        var result = Extract(HarborlightProse + Operations("September 28, 2024", "September 30, 2023"));
        Assert.Equal(
            [Period.Parse("2024-06-30/2024-09-28"), Period.Parse("2023-07-02/2023-09-30"), Period.Parse("2023-12-31/2024-09-28"), Period.Parse("2023-01-01/2023-09-30")],
            Periods(result, "Revenues"));
    }

    [Fact]
    public void A_fifty_three_week_year_starts_the_day_after_the_prior_fiscal_year_end_the_balance_sheet_prints()
    {
        // Fiscal 2022 ran from December 26, 2021 to December 31, 2022: 53 weeks, its fourth quarter 14 (from September 25).
        const string text = "Lakeshore Mills, Inc. today reported results for the fourth quarter and fiscal year ended December 31, 2022, a 53-week year. "
            + "Our third quarter ended September 24, 2022.\n\n"
            + "CONSOLIDATED STATEMENTS OF OPERATIONS\n(in thousands)\n\n"
            + "\tThree Months Ended\tYear Ended\n"
            + "\tDecember 31, 2022\tDecember 25, 2021\tDecember 31, 2022\tDecember 25, 2021\n"
            + OperationsRows + "\n"
            + "CONSOLIDATED BALANCE SHEETS\n(in thousands)\n\n"
            + "\tDecember 31, 2022\tDecember 25, 2021\n"
            + "Cash and cash equivalents\t$\t20,000\t$\t18,000\n"
            + "Total assets\t$\t20,000\t$\t18,000\n";
        var result = Extract(text);
        Assert.Equal(
            [Period.Parse("2022-09-25/2022-12-31"), Period.Parse("2021-09-26/2021-12-25"), Period.Parse("2021-12-26/2022-12-31"), Period.Parse("2020-12-27/2021-12-25")],
            Periods(result, "Revenues"));
    }

    [Fact]
    public void A_prose_comparative_of_a_week_calendar_no_table_prints_is_not_a_fact_of_a_guessed_day()
    {
        // The prior-year quarter ended 52 or 53 weeks earlier: no table prints it, so its day is not known.
        const string text = "Harborlight Devices, Inc. today reported results for the third quarter ended September 28, 2024. "
            + "Revenue for the third quarter was $45.3 million, compared with $40.1 million in the third quarter of 2023.\n\n"
            + "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n(in thousands)\n\n"
            + "\tThree Months Ended\n\tSeptember 28, 2024\n"
            + "Revenue\t$\t45,300\n"
            + "Cost of revenue\t\t30,300\n"
            + "Gross profit\t$\t15,000\n";
        var result = Extract(text);
        Assert.Equal([Period.Parse("2024-06-30/2024-09-28")], Periods(result, "Revenues"));
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue == 40_100_000m);
        Assert.Contains(result.Findings, f => f.RuleId == "extract.narrative-period-ambiguous" && f.Message.Contains("$40.1 million", StringComparison.Ordinal));
    }

    [Fact]
    public void The_quarter_before_in_a_week_calendar_is_not_dated_by_a_guess()
    {
        // Control for the calendar of months, where the preceding quarter is dated (ProseChangeAndYearToDateTests): here it
        // ended 13 weeks before the reported one began, or 14, a day no table prints.
        var result = Extract(HarborlightProse.Replace("Net income was", "Revenue was $45.3 million, compared with $41.0 million in the preceding quarter. Net income was", StringComparison.Ordinal)
            + Operations("September 28, 2024", "September 30, 2023"));
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue == 41_000_000m);
        Assert.Equal(4, Periods(result, "Revenues").Count);
    }

    [Fact]
    public void A_calendar_of_months_is_dated_by_calendar_months()
    {
        // Control: a calendar-year company; a date stated in prose near a quarter's start does not move it.
        const string prose = "Birchfield Analytics Corp. today reported results for the third quarter ended September 30, 2024. "
            + "Revenue for the third quarter was $45.3 million, compared with $40.1 million in the third quarter of 2023. "
            + "The offering closed on the day the period ending July 3, 2024 began.\n\n";
        var result = Extract(prose + Operations("September 30, 2024", "September 30, 2023") + BalanceSheet("September 30, 2024", "December 31, 2023"));
        Assert.Equal(
            [Period.Parse("2024-07-01/2024-09-30"), Period.Parse("2023-07-01/2023-09-30"), Period.Parse("2024-01-01/2024-09-30"), Period.Parse("2023-01-01/2023-09-30")],
            Periods(result, "Revenues"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId is "extract.narrative-conflict" or "extract.narrative-period-ambiguous");
    }
}
