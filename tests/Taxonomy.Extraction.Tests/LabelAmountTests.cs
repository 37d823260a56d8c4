using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// Amounts printed inside balance-sheet labels of a fictional company (par values, shares authorized with a class
/// breakdown, issued counts listed one per column, year-keyed counts), the scale share counts are read in, and the
/// deferred-revenue concept under the revenue standard of the report's periods.
/// </summary>
public class LabelAmountTests
{
    private static ExtractionResult Extract(string text) =>
        FilingExtractor.Extract(text, new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "fictional.txt" });

    private static Fact? Find(ExtractionResult result, string localName, string period) =>
        result.Report.Facts.SingleOrDefault(f => f.Concept.LocalName == localName && f.Period == Period.Parse(period));

    private static decimal? Value(ExtractionResult result, string localName, string period) => Find(result, localName, period)?.NumericValue;

    private static string Income(string scale, decimal basic2024, decimal basic2025) =>
        FictionalStatement.Titled("CONSOLIDATED STATEMENTS OF INCOME", scale)
            .Header("Three Months Ended June 30,")
            .Header("2024", "2025")
            .Dollars("Revenues", 1_000, 1_200)
            .Row("Costs and expenses", 800, 900)
            .Row("Income from operations", 200, 300)
            .Dollars("Net income", 150, 240)
            .Row("Weighted average shares outstanding, basic", basic2024, basic2025) + "\n";

    // Printed after the income statement, so without a company line of its own.
    private static string BalanceSheet(string scale, string commonLabel) =>
        FictionalStatement.Titled("CONSOLIDATED BALANCE SHEETS", scale, company: null)
            .Header("As of December 31, 2024", "As of June 30, 2025")
            .Dollars("Cash and cash equivalents", 2_000, 2_300)
            .Row("Other current assets", 3_000, 3_200)
            .Dollars("Total assets", 5_000, 5_500)
            .Row("Total liabilities", 1_500, 1_700)
            .Row("Preferred stock, $0.01 par value per share, 50 shares authorized; no shares issued and outstanding", 0, 0)
            .Row(commonLabel, 1_000, 1_050)
            .Row("Retained earnings", 2_500, 2_750)
            .Row("Total stockholders' equity", 3_500, 3_800)
            .Dollars("Total liabilities and stockholders' equity", 5_000, 5_500);

    // Nine hundred of assets in the first column, a thousand in the second; the equity rows are each test's own.
    private static FictionalStatement AssetsAndLiabilities(string scale, string firstDate, string secondDate) =>
        FictionalStatement.BalanceSheet(scale, firstDate, secondDate)
            .Dollars("Cash", 400, 450)
            .Dollars("Total assets", 900, 1_000)
            .Row("Total liabilities", 300, 350);

    private const string ClassesLabel =
        "Class A and Class B stock and additional paid-in capital, $0.0005 par value per share: 900 shares authorized (Class A 600, Class B 300); " +
        "298 (Class A 250, Class B 48) and 294 (Class A 247, Class B 47) shares issued and outstanding";

    [Fact]
    public void Par_values_and_share_counts_in_labels_are_read_in_the_tables_share_scale()
    {
        var result = Extract(Income("(In millions, except per share amounts)", 300, 296)
            + BalanceSheet("(In millions, except par value per share amounts)", ClassesLabel));

        var par = Find(result, "CommonStockParOrStatedValuePerShare", "2025-06-30");
        Assert.Equal(0.0005m, par?.NumericValue);
        Assert.Equal(Decimals.Of(4), par?.Decimals);
        Assert.Equal(0.01m, Value(result, "PreferredStockParOrStatedValuePerShare", "2024-12-31"));
        Assert.Equal(50_000_000m, Value(result, "PreferredStockSharesAuthorized", "2025-06-30"));
        Assert.Equal(900_000_000m, Value(result, "CommonStockSharesAuthorized", "2024-12-31"));
        // Two counts for two columns: the first is the first column's, the second the second's.
        Assert.Equal(298_000_000m, Value(result, "CommonStockSharesIssued", "2024-12-31"));
        Assert.Equal(294_000_000m, Value(result, "CommonStockSharesOutstanding", "2025-06-30"));
        Assert.Equal(Decimals.Of(-6), Find(result, "CommonStockSharesIssued", "2025-06-30")?.Decimals);
        // The classes listed together are the common stock; the row itself is its value.
        Assert.Equal(1_050_000_000m, Value(result, "CommonStocksIncludingAdditionalPaidInCapital", "2025-06-30"));
        // The class breakdowns in parentheses are parts, never totals.
        Assert.DoesNotContain(result.Report.Facts, f => f.Unit == Unit.Shares && f.Period.IsInstant && f.NumericValue is 600_000_000m or 250_000_000m or 600m or 250m);
    }

    [Fact]
    public void Counts_printed_in_whole_shares_under_a_scaled_heading_are_read_as_printed_when_the_averages_say_so()
    {
        const string label = "Common stock, $.01 par value; 80,000,000 shares authorized; 30,100,000 and 29,800,000 shares issued and outstanding";
        var result = Extract(Income("(In millions, except per share amounts)", 30, 30) + BalanceSheet("(In millions)", label));

        Assert.Equal(80_000_000m, Value(result, "CommonStockSharesAuthorized", "2025-06-30"));
        Assert.Equal(30_100_000m, Value(result, "CommonStockSharesIssued", "2024-12-31"));
        Assert.Equal(Decimals.Of(0), Find(result, "CommonStockSharesIssued", "2024-12-31")?.Decimals);
        Assert.Equal(0.01m, Value(result, "CommonStockParOrStatedValuePerShare", "2024-12-31"));
        // The preferred caption of the same table follows the same reading.
        Assert.Equal(50m, Value(result, "PreferredStockSharesAuthorized", "2024-12-31"));
    }

    [Fact]
    public void Counts_whose_scale_nothing_decides_are_a_finding_not_facts()
    {
        var result = Extract(FictionalStatement.Company + "\n\n" + BalanceSheet("(In millions)", ClassesLabel));

        Assert.DoesNotContain(result.Report.Facts, f => f.Unit == Unit.Shares);
        Assert.Contains(result.Findings, f => f.RuleId == "extract.ambiguous" && f.Message.Contains("share counts", StringComparison.OrdinalIgnoreCase));
        // The par value needs no scale.
        Assert.Equal(0.0005m, Value(result, "CommonStockParOrStatedValuePerShare", "2025-06-30"));
    }

    [Fact]
    public void Counts_that_do_not_match_the_columns_one_to_one_are_a_finding()
    {
        const string label = "Common stock, $1 par value; 12,000 and 11,000 and 10,000 shares issued";
        var result = Extract(FictionalStatement.Company + "\n\n" + BalanceSheet("(In millions, except share amounts)", label));

        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "CommonStockSharesIssued");
        Assert.Contains(result.Findings, f => f.RuleId == "extract.ambiguous" && f.Message.Contains("12,000", StringComparison.Ordinal));
        Assert.Equal(1m, Value(result, "CommonStockParOrStatedValuePerShare", "2024-12-31"));
    }

    [Fact]
    public void A_count_printed_after_a_year_belongs_to_the_column_of_that_year()
    {
        var result = Extract(AssetsAndLiabilities("(in thousands, except share data)", "December 31, 2023", "December 31, 2024")
            .Row("Common stock, $.001 par value: 9,000,000 shares authorized; shares outstanding: 2024, 4,150,000; 2023, 4,020,000", 4, 4)
            .Row("Retained earnings", 596, 646)
            .Row("Total stockholders' equity", 600, 650)
            .Dollars("Total liabilities and stockholders' equity", 900, 1_000));

        Assert.Equal(4_150_000m, Value(result, "CommonStockSharesOutstanding", "2024-12-31"));
        Assert.Equal(4_020_000m, Value(result, "CommonStockSharesOutstanding", "2023-12-31"));
        Assert.Equal(9_000_000m, Value(result, "CommonStockSharesAuthorized", "2023-12-31"));
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is 2024m or 2023m);
    }

    [Fact]
    public void The_rest_of_a_label_printed_indented_after_its_values_is_read_with_it()
    {
        string text = "NORTHWIND ORCHARDS INC.\n\nBALANCE SHEETS\n\n(in thousands, except share data)\n\n" +
            "                                                        December 31,     December 31,\n" +
            "                                                            2024             2023\n" +
            "Cash                                                      $   450          $   400\n" +
            "Total assets                                              $ 1,000          $   900\n" +
            "Total liabilities                                             350              300\n" +
            "Common stock, $.001 par value: 9,000,000 shares authorized;     4                4\n" +
            "      shares outstanding: 2024, 4,150,000; 2023, 4,020,000\n" +
            "Retained earnings                                             646              596\n" +
            "Total stockholders' equity                                    650              600\n" +
            "Total liabilities and stockholders' equity                $ 1,000          $   900\n";
        var result = Extract(text);

        Assert.Equal(4_150_000m, Value(result, "CommonStockSharesOutstanding", "2024-12-31"));
        Assert.Equal(4_020_000m, Value(result, "CommonStockSharesOutstanding", "2023-12-31"));
        Assert.Equal(596_000m, Value(result, "RetainedEarningsAccumulatedDeficit", "2023-12-31"));
    }

    [Theory]
    [InlineData("December 31, 2025", "December 31, 2024", "ContractWithCustomerLiabilityCurrent")]
    [InlineData("December 31, 2012", "December 31, 2011", "DeferredRevenueCurrent")]
    public void Deferred_revenue_takes_the_concept_of_the_revenue_standard_in_effect(string current, string prior, string expected)
    {
        var result = Extract(FictionalStatement.BalanceSheet("(in thousands)", current, prior)
            .Dollars("Cash", 400, 450)
            .Row("Total current assets", 400, 450)
            .Dollars("Total assets", 900, 1_000)
            .Row("Accounts payable", 200, 210)
            .Row("Deferred revenue", 100, 140)
            .Row("Total current liabilities", 300, 350)
            .Row("Total liabilities", 300, 350)
            .Row("Retained earnings", 600, 650)
            .Row("Total stockholders' equity", 600, 650)
            .Dollars("Total liabilities and stockholders' equity", 900, 1_000));

        var fact = Assert.Single(result.Report.Facts, f => f.NumericValue == 100_000m);
        Assert.Equal(expected, fact.Concept.LocalName);
    }

    [Fact]
    public void A_total_that_adds_the_noncontrolling_interests_above_it_is_the_consolidated_equity()
    {
        var result = Extract(AssetsAndLiabilities("(in thousands)", "December 31, 2025", "December 31, 2024")
            .Line("Shareholders' equity")
            .Row("Common stock", 100, 100)
            .Row("Treasury stock", -50, -40)
            .Row("Retained earnings", 520, 560)
            .Row("Noncontrolling interests", 30, 30)
            .Row("Total shareholders' equity", 600, 650)
            .Dollars("Total liabilities and shareholders' equity", 900, 1_000));

        Assert.Equal(600_000m, Value(result, "StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest", "2025-12-31"));
        Assert.Null(Value(result, "StockholdersEquity", "2025-12-31"));
        Assert.Equal(30_000m, Value(result, "MinorityInterest", "2024-12-31"));
    }

    [Fact]
    public void A_parent_equity_total_that_does_not_add_the_noncontrolling_interests_keeps_its_concept()
    {
        var result = Extract(AssetsAndLiabilities("(in thousands)", "December 31, 2025", "December 31, 2024")
            .Line("Shareholders' equity")
            .Row("Common stock", 100, 100)
            .Row("Retained earnings", 470, 520)
            .Row("Total shareholders' equity", 570, 620)
            .Row("Noncontrolling interests", 30, 30)
            .Dollars("Total liabilities and shareholders' equity", 900, 1_000));

        Assert.Equal(570_000m, Value(result, "StockholdersEquity", "2025-12-31"));
        Assert.Null(Value(result, "StockholdersEquityIncludingPortionAttributableToNoncontrollingInterest", "2025-12-31"));
    }

    [Theory]
    [InlineData("Class A, Class B, and Class C stock and additional paid-in capital, $0.01 par value per share: 10 shares authorized", "Class A, Class B, and Class C stock and additional paid-in capital")]
    [InlineData("Common stock, $.01 par value; 100 shares authorized", "Common stock")]
    [InlineData("Accounts receivable, less allowances of $5", "Accounts receivable")]
    [InlineData("Property, plant and equipment, net of accumulated depreciation", null)]
    public void The_head_of_a_qualified_label_ends_where_its_qualifiers_begin(string label, string? head)
    {
        Assert.Equal(head, LabelMatcher.QualifiedHead(label));
    }

    [Theory]
    [InlineData("Class A and Class B common stock", "Common stock")]
    [InlineData("Class A, Class B, and Class C stock and additional paid-in capital", "Common stock and additional paid-in capital")]
    [InlineData("Class A common stock", null)]
    [InlineData("Class A and Class B preferred stock", null)]
    public void Share_classes_listed_together_read_as_common_stock(string caption, string? expected)
    {
        Assert.Equal(expected, ShareClasses.CombinedCommonStock(caption));
    }

    // One reader for both: "000s" was read only in row labels, "000's omitted" and "of dollars" only in headings.
    [Theory]
    [InlineData("(in thousands)", 3)]
    [InlineData("(Millions)", 6)]
    [InlineData("(in 000's)", 3)]
    [InlineData("($000s)", 3)]
    [InlineData("(000's omitted)", 3)]
    [InlineData("(Thousands of dollars)", 3)]
    [InlineData("(in $ billions)", 9)]
    public void A_scale_phrase_reads_the_same_in_a_heading_and_at_the_end_of_a_row_label(string phrase, int power)
    {
        Assert.Equal(power, Periods.TableScale.Find(phrase)?.MonetaryPower);
        Assert.Equal(("Weighted average shares", power), Tables.RowScale.Read("Weighted average shares " + phrase));
    }

    [Fact]
    public void A_row_label_states_its_scale_only_when_its_parenthesis_says_nothing_else()
    {
        const string phrase = "(in millions, except per share amounts)";
        Assert.Equal(6, Periods.TableScale.Find(phrase)?.MonetaryPower);
        Assert.Equal((null, null), Tables.RowScale.Read("Weighted average shares " + phrase));
    }

    [Fact]
    public void A_number_in_a_label_with_more_digits_than_a_decimal_holds_is_no_amount()
    {
        string huge = new('9', 40);
        var result = Extract(BalanceSheet("(in thousands)", $"Common stock, ${huge} par value; {huge} shares authorized"));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName is "CommonStockParOrStatedValuePerShare" or "CommonStockSharesAuthorized");
    }
}
