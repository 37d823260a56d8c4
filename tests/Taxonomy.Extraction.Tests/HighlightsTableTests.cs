using Taxonomy.Concepts;
using Taxonomy.Extraction.Periods;
using Xunit;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A 1990s fixed-width "Financial Highlights" table of a fictional utility: business-line earnings that add up to a net
/// income excluding special items, the as-reported figures under it, a per-share pair under a caption, revenues, an
/// average share count stating its own scale, and a period-end share count printed only under the year-to-date columns.
/// </summary>
public class HighlightsTableTests
{
    // Fictional: Lantern Ridge Power Co.; the business lines add up to the figures excluding special items, and each
    // per-share amount is net income over the average shares, rounded.
    private const string Highlights = """
                                                                          Exhibit 99.2
                                    Lantern Ridge Power Co.
                                      Financial Highlights
                  (In Millions of Dollars Except Share and Per Share Data)


        <TABLE>
        <CAPTION>

                                                       3 Months Ended June     6 Months Ended June
                                                       -------------------     -------------------
                                                          2025       2024        2025        2024
                                                          ----       ----        ----        ----
        Earnings by Business-
        (See Notes)
        <S>                                              <C>        <C>         <C>         <C>
        Grid Services                                    $   50     $   45      $   98      $   90
        Merchant Energy                                      12          9          20          17
                                                         ------     ------      ------      ------
        Total                                                62         54         118         107
        Holding Company and Other                            (2)        (4)         (5)         (7)
                                                         ------     ------      ------      ------
        Net Income - Excluding Special Items (See Notes) $   60     $   50      $  113      $  100
                                                         ======     ======      ======      ======
          - As Reported                                  $   55     $   52      $  108      $  102
                                                         ======     ======      ======      ======

        Diluted Earnings Per Share-(Notes)

        - - Excluding Special Items (See Notes)            $ 0.30     $ 0.25      $ 0.57      $ 0.51
        - - As Reported                                    $ 0.28     $ 0.26      $ 0.54      $ 0.52

        Operating Revenues                               $  910     $  850      $1,820      $1,700
        Average Shares Outstanding (in millions)            200        198         199         197
        End of Period Shares Outstanding (in millions)                             201         199
        </TABLE>

        Notes

        - -   Excludes a one-time charge for storm restoration in each period.
        """;

    // Fictional: a fixed-width income statement whose "Other income, net" is printed only under the 2024 column.
    private const string IncomeWithShortRow = """
                                    Lantern Ridge Power Co.
                                      STATEMENTS OF INCOME
                                        (in thousands)
        <TABLE>
        <CAPTION>
                                                          Year Ended December 31,
                                                          -----------------------
                                                            2025          2024
                                                            ----          ----
        <S>                                               <C>           <C>
        Revenues                                          $  500        $  400
        Cost of revenues                                     300           250
                                                          ------        ------
        Operating income                                     200           150
        Other income, net                                                   10
                                                          ------        ------
        Income before income taxes                           200           160
        Income tax expense                                    50            40
                                                          ------        ------
        Net income                                        $  150        $  120
                                                          ======        ======
        </TABLE>
        """;

    private static ExtractionResult Extract(string text) =>
        FilingExtractor.Extract(text, new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "fictional.txt" });

    private static decimal? Value(ExtractionResult result, string localName, string period) => result.Value(localName, period);

    private const string Q2025 = "2025-04-01/2025-06-30", Q2024 = "2024-04-01/2024-06-30", H2025 = "2025-01-01/2025-06-30", H2024 = "2024-01-01/2024-06-30";

    [Fact]
    public void A_highlights_table_reports_the_as_reported_figures_for_periods_ending_at_the_end_of_the_month_its_header_names()
    {
        var result = Extract(Highlights);
        Assert.Equal(55_000_000m, Value(result, "NetIncomeLoss", Q2025));
        Assert.Equal(52_000_000m, Value(result, "NetIncomeLoss", Q2024));
        Assert.Equal(108_000_000m, Value(result, "NetIncomeLoss", H2025));
        Assert.Equal(102_000_000m, Value(result, "NetIncomeLoss", H2024));
        Assert.Equal(0.28m, Value(result, "EarningsPerShareDiluted", Q2025));
        Assert.Equal(0.52m, Value(result, "EarningsPerShareDiluted", H2024));
        Assert.Equal(910_000_000m, Value(result, "Revenues", Q2025));
        Assert.Equal(1_700_000_000m, Value(result, "Revenues", H2024));
    }

    [Fact]
    public void Share_counts_take_the_scale_their_label_states_and_an_unqualified_average_is_the_one_the_per_share_rows_divide_by()
    {
        var result = Extract(Highlights);
        // The heading excepts share data from "millions"; the rows say "(in millions)" themselves.
        Assert.Equal(200_000_000m, Value(result, "WeightedAverageNumberOfDilutedSharesOutstanding", Q2025));
        Assert.Equal(197_000_000m, Value(result, "WeightedAverageNumberOfDilutedSharesOutstanding", H2024));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "WeightedAverageNumberOfSharesOutstandingBasic");
        var average = result.Report.Facts.First(f => f.Concept.LocalName == "WeightedAverageNumberOfDilutedSharesOutstanding");
        Assert.Equal(-6, average.Decimals!.Value.Value);
    }

    [Fact]
    public void A_period_end_share_count_printed_under_the_year_to_date_columns_is_shares_outstanding_at_their_ends()
    {
        var result = Extract(Highlights);
        Assert.Equal(201_000_000m, Value(result, "CommonStockSharesOutstanding", "2025-06-30"));
        Assert.Equal(199_000_000m, Value(result, "CommonStockSharesOutstanding", "2024-06-30"));
        Assert.Equal(2, result.Report.Facts.Count(f => f.Concept.LocalName == "CommonStockSharesOutstanding"));
    }

    [Fact]
    public void Figures_excluding_special_items_and_the_business_lines_adding_up_to_them_are_skipped_with_a_finding()
    {
        var result = Extract(Highlights);
        decimal[] nonGaap = [60_000_000m, 50_000_000m, 113_000_000m, 100_000_000m, 0.30m, 0.25m, 0.57m, 0.51m];
        decimal[] businessLines = [50_000_000m, 45_000_000m, 12_000_000m, 62_000_000m, 118_000_000m, -2_000_000m, -7_000_000m];
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is { } v && (nonGaap.Contains(v) || businessLines.Contains(v)));
        // Only catalog line items: no extension concept for a business line or the bare "Total".
        Assert.All(result.Report.Facts, f => Assert.True(f.Concept.Prefix is "us-gaap" or "dei", f.Concept.ToString()));
        var skipped = result.Findings.Where(f => f.RuleId == "extract.row-skipped").Select(f => f.Message).ToList();
        Assert.Contains(skipped, m => m.Contains("'Net Income - Excluding Special Items", StringComparison.Ordinal) && m.Contains("non-GAAP", StringComparison.Ordinal));
        Assert.Contains(skipped, m => m.Contains("'- - Excluding Special Items", StringComparison.Ordinal));
        Assert.Contains(skipped, m => m.StartsWith("Row 'Grid Services' is a part of", StringComparison.Ordinal));
        Assert.Contains(skipped, m => m.StartsWith("Row 'Total' is a part of", StringComparison.Ordinal));
    }

    [Fact]
    public void Rows_that_do_not_add_up_to_the_non_gaap_figure_are_not_taken_as_its_parts()
    {
        string text = Highlights.Replace("Merchant Energy                                      12", "Merchant Energy                                      13", StringComparison.Ordinal);
        var result = Extract(text);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "extract.row-skipped" && f.Message.Contains("is a part of", StringComparison.Ordinal));
        // The non-GAAP figure itself is still not a GAAP fact.
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue == 60_000_000m);
    }

    [Fact]
    public void A_fixed_width_row_printing_only_the_prior_year_reports_that_year_only()
    {
        var result = Extract(IncomeWithShortRow);
        Assert.Equal(10_000m, Value(result, "NonoperatingIncomeExpense", "2024-01-01/2024-12-31"));
        Assert.Null(Value(result, "NonoperatingIncomeExpense", "2025-01-01/2025-12-31"));
        Assert.Equal(160_000m, Value(result, "IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest", "2024-01-01/2024-12-31"));
    }

    [Fact]
    public void A_tab_separated_header_naming_a_month_without_a_day_ends_each_column_at_that_months_end()
    {
        const string text = "LANTERN RIDGE POWER CO.\nSTATEMENTS OF INCOME\n(in thousands)\n\tThree Months Ended March\t\tYear Ended March\n"
            + "\t2025\t2024\t2025\t2024\nRevenues\t100\t90\t400\t350\nNet income\t10\t9\t40\t35\n";
        var result = Extract(text);
        Assert.Equal(100_000m, Value(result, "Revenues", "2025-01-01/2025-03-31"));
        Assert.Equal(400_000m, Value(result, "Revenues", "2024-04-01/2025-03-31"));
        Assert.Equal(35_000m, Value(result, "NetIncomeLoss", "2023-04-01/2024-03-31"));
    }

    [Theory]
    [InlineData("3 Months Ended December 2004", "2004-12-31")]
    [InlineData("Year Ended February 2024", "2024-02-29")]
    [InlineData("Quarter ended Sept. 2025", "2025-09-30")]
    [InlineData("December 2004", "2004-12-31")]
    public void A_month_named_without_a_day_ends_on_its_last_day(string header, string end) =>
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), MonthEnd.Of(header));

    [Theory]
    [InlineData("3 Months Ended December 31, 2004")]    // a day: a full date, read elsewhere
    [InlineData("3 Months Ended December")]             // no year
    [InlineData("Ended June 2025 and December 2024")]   // two months
    [InlineData("Twelve Months Ended 2004")]            // no month: not guessed
    public void No_month_end_is_read_where_the_header_does_not_name_exactly_one(string header) => Assert.Null(MonthEnd.Of(header));
}
