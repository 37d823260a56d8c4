using Taxonomy.Extraction.Tests.Support;
using Taxonomy.Concepts;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// Prose wordings read beside a table that prints the same figures: "grew from X to Y" (Y the reported period, X its
/// comparative), sequential comparisons (the quarter before, never the year before), and years to date ("for the first
/// nine months of 2024", "year to date"). A prose amount that disagrees with the table never wins. Fictional company.
/// </summary>
public class ProseChangeAndYearToDateTests
{
    private const string Opening = "Birchfield Analytics Corp. today reported results for the third quarter ended September 30, 2024. ";

    // Revenue − cost = gross profit, every column.
    private static string Table(bool yearToDate = true) =>
        "\n\nCONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n(in thousands)\n\n"
        + (yearToDate
            ? "\tThree Months Ended\tNine Months Ended\n\tSeptember 30, 2024\tSeptember 30, 2023\tSeptember 30, 2024\tSeptember 30, 2023\n"
              + "Revenue\t$\t45,300\t$\t40,100\t$\t130,000\t$\t118,000\n"
              + "Cost of revenue\t\t30,300\t\t27,100\t\t87,000\t\t80,000\n"
              + "Gross profit\t$\t15,000\t$\t13,000\t$\t43,000\t$\t38,000\n"
            : "\tThree Months Ended\n\tSeptember 30, 2024\tSeptember 30, 2023\n"
              + "Revenue\t$\t45,300\t$\t40,100\n"
              + "Cost of revenue\t\t30,300\t\t27,100\n"
              + "Gross profit\t$\t15,000\t$\t13,000\n");

    private static ExtractionResult Extract(string prose, bool yearToDate = true, string opening = Opening) =>
        FilingExtractor.Extract(opening + prose + Table(yearToDate), new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "fictional.txt" });

    // The reported quarter named by no ordinal: the quarter ended September 30 may be any quarter of a fiscal year.
    private const string NoOrdinal = "Birchfield Analytics Corp. today reported results for the quarter ended September 30, 2024. ";

    private static List<Period> Confirmed(ExtractionResult result) =>
        result.Report.Facts.Where(f => f.Concept.LocalName == "Revenues" && f.Provenance!.Methods.Contains(DecisionMethod.NarrativeMatched)).Select(f => f.Period).Order().ToList();

    private static bool Narrative(ValidationFinding f) => f.RuleId is "extract.narrative-conflict" or "extract.narrative-period-ambiguous";

    [Fact]
    public void Grew_from_x_to_y_reads_y_as_the_reported_quarter_and_x_as_its_prior_year()
    {
        var result = Extract("Revenue grew from $40.1 million to $45.3 million.");
        Assert.Equal([Period.Parse("2023-07-01/2023-09-30"), Period.Parse("2024-07-01/2024-09-30")], Confirmed(result));
        Assert.DoesNotContain(result.Findings, Narrative);
    }

    [Fact]
    public void A_figure_changed_from_that_the_table_does_not_print_is_a_finding_not_a_fact()
    {
        var result = Extract("Revenue grew from $40.5 million to $45.3 million.");
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue == 40_500_000m);
        Assert.Equal(40_100_000m, result.Report.Facts.Single(f => f.Concept.LocalName == "Revenues" && f.Period == Period.Parse("2023-07-01/2023-09-30")).NumericValue);
        Assert.Contains(result.Findings, f => Narrative(f) && f.Message.Contains("$40.5 million", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Revenue grew sequentially from $41.0 million to $45.3 million.")]
    [InlineData("Revenue grew from $41.0 million in the preceding quarter to $45.3 million.")]
    public void A_sequential_change_is_never_dated_as_the_prior_year(string sentence)
    {
        // A calendar of months dates the quarter before: the figure changed from is that quarter's.
        var result = Extract(sentence);
        Assert.Equal(Period.Parse("2024-04-01/2024-06-30"), result.Report.Facts.Single(f => f.NumericValue == 41_000_000m).Period);
        Assert.DoesNotContain(Period.Parse("2023-07-01/2023-09-30"), Confirmed(result));
        Assert.Contains(Period.Parse("2024-07-01/2024-09-30"), Confirmed(result));
    }

    [Fact]
    public void The_preceding_quarter_of_a_calendar_of_months_is_the_quarter_before()
    {
        var result = Extract("Revenue was $45.3 million, compared with $41.0 million in the preceding quarter.");
        Assert.Equal(Period.Parse("2024-04-01/2024-06-30"), result.Report.Facts.Single(f => f.NumericValue == 41_000_000m).Period);
    }

    [Fact]
    public void The_first_nine_months_of_a_year_is_the_year_to_date()
    {
        var result = Extract("For the first nine months of 2024, revenue was $130.0 million, compared with $118.0 million for the first nine months of 2023.");
        Assert.Equal([Period.Parse("2023-01-01/2023-09-30"), Period.Parse("2024-01-01/2024-09-30")], Confirmed(result));
        Assert.DoesNotContain(result.Findings, Narrative);
    }

    [Fact]
    public void Year_to_date_in_its_own_clause_is_the_year_to_date_and_the_quarter_stays_the_quarter()
    {
        var result = Extract("For the third quarter, revenue was $45.3 million, and year-to-date revenue was $130.0 million.");
        Assert.Equal([Period.Parse("2024-01-01/2024-09-30"), Period.Parse("2024-07-01/2024-09-30")], Confirmed(result));
        Assert.DoesNotContain(result.Findings, Narrative);
    }

    [Fact]
    public void A_year_to_date_amount_that_disagrees_with_the_table_is_a_finding()
    {
        var result = Extract("For the first nine months of 2024, revenue was $131.0 million.");
        Assert.Equal(130_000_000m, result.Report.Facts.Single(f => f.Concept.LocalName == "Revenues" && f.Period == Period.Parse("2024-01-01/2024-09-30")).NumericValue);
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue == 131_000_000m);
        Assert.Contains(result.Findings, f => f.RuleId == "extract.narrative-conflict");
    }

    [Fact]
    public void A_year_to_date_of_a_fiscal_year_the_document_does_not_state_is_not_a_fact_of_its_own()
    {
        // No table prints the year to date, and the year's start is only the calendar's guess.
        var result = Extract("Year to date, revenue was $130.0 million.", yearToDate: false, opening: NoOrdinal);
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue == 130_000_000m);
        Assert.Contains(result.Findings, f => f.RuleId == "extract.narrative-period-ambiguous" && f.Message.Contains("$130.0 million", StringComparison.Ordinal));
        // Control: with the fiscal year end stated, the year to date is dated and reported.
        var stated = Extract("Our fiscal year ends December 31. Year to date, revenue was $130.0 million.", yearToDate: false, opening: NoOrdinal);
        Assert.Equal(Period.Parse("2024-01-01/2024-09-30"), stated.Report.Facts.Single(f => f.NumericValue == 130_000_000m).Period);
    }

    [Theory]
    [InlineData("Year to date, revenue was $130.0 million, compared with $118.0 million for the same period last year.")]
    [InlineData("Revenue for the first nine months was $130.0 million, compared with $118.0 million for the same period last year.")]
    public void At_a_quarter_the_document_calls_its_third_the_year_to_date_is_the_nine_months_ending_there(string prose)
    {
        // The fiscal year end is not stated, but the third quarter ended September 30 is nine months into its year.
        var result = Extract(prose, yearToDate: false);
        Assert.Equal(130_000_000m, result.Value("Revenues", "2024-01-01/2024-09-30"));
        Assert.Equal(118_000_000m, result.Value("Revenues", "2023-01-01/2023-09-30"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "extract.narrative-period-ambiguous");
    }

    [Fact]
    public void The_first_six_months_at_a_third_quarter_are_not_the_year_to_date()
    {
        var result = Extract("Revenue for the first six months was $84.7 million.", yearToDate: false);
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue == 84_700_000m);
        Assert.Equal(45_300_000m, result.Value("Revenues", "2024-07-01/2024-09-30"));
    }
}
