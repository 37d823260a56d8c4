using Taxonomy.Concepts;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// Statements as a text conversion prints them. Labels wrapped over several lines, the amounts on the last one, are one
/// label, even when a piece begins with a figure (a date the break split) or reads like a period header ("three
/// months)"); a scale caption long enough to read as running text, over a column header on a line of its own, is the
/// table's.
/// </summary>
public class WrappedLabelTests
{
    private static ExtractionResult Extract(string text) =>
        FilingExtractor.Extract(text, new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "fictional.txt" });

    private static decimal? Value(ExtractionResult result, string concept, string period) => result.Value(concept, period);

    // Equity 50 + 1,150 = 1,200 and 49 + 901 = 950; liabilities and equity 300 + 1,200 = 1,500 and 250 + 950 = 1,200.
    private const string BalanceSheet =
        "LANTERN & WICK CO.\n\nCONSOLIDATED BALANCE SHEETS\n(Amounts in Thousands Except Share and Per Share Amounts)\n\n" +
        "                                                       March 1, 2031     March 2, 2030\n" +
        "ASSETS\n" +
        "Cash and cash equivalents                              $     1,500       $     1,200\n" +
        "Total assets                                           $     1,500       $     1,200\n" +
        "LIABILITIES AND STOCKHOLDERS' EQUITY\n" +
        "Accounts payable                                       $       300       $       250\n" +
        "STOCKHOLDERS' EQUITY:\n" +
        "Common stock, authorized 10,000,000 shares of $.01 par\n" +
        "value; issued and outstanding; 5,000,000 shares at March\n" +
        "1, 2031, and 4,900,000 shares at March 2, 2030                  50                49\n" +
        "Retained earnings                                            1,150               901\n" +
        "Total stockholders' equity                                   1,200               950\n" +
        "Total liabilities and stockholders' equity             $     1,500       $     1,200\n";

    // Financing: −20 + 50 − 30 = 0 and −20 + 40 − 10 = 10; cash 400 + 100 = 500 and 300 + 100 = 400.
    private const string CashFlow =
        "LANTERN & WICK CO.\n\nCONSOLIDATED STATEMENT OF CASH FLOW\n(Dollars in millions)\n" +
        "                                                         Three Months Ended\n" +
        "                                                             March 31,\n" +
        "                                                         2031          2030\n" +
        "Cash flow from operating activities:\n" +
        "Net income                                                 100            90\n" +
        "Net cash provided by (used for) operating activities       100            90\n" +
        "Cash flow from financing activities:\n" +
        "Dividends paid                                             (20)          (20)\n" +
        "Proceeds from debt issued (original maturities greater than\n" +
        "three months)                                               50            40\n" +
        "Payments on debt (original maturities greater than three\n" +
        "months)                                                    (30)          (10)\n" +
        "Net cash provided by (used for) financing activities         0            10\n" +
        "Increase (decrease) in cash, cash equivalents and restricted\n" +
        "cash                                                       100           100\n" +
        "Cash, cash equivalents and restricted cash at beginning of\n" +
        "period                                                     400           300\n" +
        "Cash, cash equivalents and restricted cash at end of period    500           400\n";

    [Fact]
    public void A_label_broken_inside_a_date_is_joined_and_read_whole()
    {
        var result = Extract(BalanceSheet);
        Assert.Equal(50_000m, Value(result, "CommonStockValue", "2031-03-01"));
        Assert.Equal(49_000m, Value(result, "CommonStockValue", "2030-03-02"));
        Assert.Equal(4_900_000m, Value(result, "CommonStockSharesIssued", "2030-03-02"));
        Assert.Equal(10_000_000m, Value(result, "CommonStockSharesAuthorized", "2031-03-01"));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.Prefix != "us-gaap" && f.Concept.Prefix != "dei");
    }

    [Fact]
    public void The_rest_of_a_label_that_names_a_period_length_is_a_row_not_a_header()
    {
        var result = Extract(CashFlow);
        Assert.Equal(50_000_000m, Value(result, "ProceedsFromIssuanceOfLongTermDebt", "2031-01-01/2031-03-31"));
        Assert.Equal(10_000_000m, Value(result, "RepaymentsOfLongTermDebt", "2030-01-01/2030-03-31"));
        Assert.Equal(400_000_000m, Value(result, "CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents", "2030-12-31"));
        Assert.Equal(500_000_000m, Value(result, "CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents", "2031-03-31"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "extract.period-missing");
    }

    [Fact]
    public void A_long_scale_caption_over_a_header_line_of_its_own_stays_inside_the_table()
    {
        // The caption is running text by length; the line under it is the column header, not yet the rows.
        const string text = "LANTERN & WICK CO.\n\nCONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n\n" +
            "(in millions, except share amounts which are reflected in thousands and per share amounts)\n\n" +
            "                                                 Three Months Ended\n" +
            "                                                 March 31, 2031    March 31, 2030\n" +
            "Net sales                                          $   1,000         $     900\n" +
            "Cost of sales                                            600               550\n" +
            "Gross margin                                             400               350\n";
        var result = Extract(text);
        Assert.Equal(1_000_000_000m, Value(result, "SalesRevenueNet", "2031-01-01/2031-03-31") ?? Value(result, "Revenues", "2031-01-01/2031-03-31"));
        Assert.Equal(350_000_000m, Value(result, "GrossProfit", "2030-01-01/2030-03-31"));
    }

    [Fact]
    public void A_label_whose_values_are_on_its_first_line_takes_every_line_below_it()
    {
        // The amounts sit on the label's first line; the rest wraps below, broken inside a date.
        string text = BalanceSheet.Replace(
            "Common stock, authorized 10,000,000 shares of $.01 par\n" +
            "value; issued and outstanding; 5,000,000 shares at March\n" +
            "1, 2031, and 4,900,000 shares at March 2, 2030                  50                49\n",
            "Common stock, authorized 10,000,000 shares of $.01 par          50                49\n" +
            "value; issued and outstanding; 5,000,000 shares at March\n" +
            "1, 2031, and 4,900,000 shares at March 2, 2030\n", StringComparison.Ordinal);
        var result = Extract(text);
        Assert.Equal(5_000_000m, Value(result, "CommonStockSharesIssued", "2031-03-01"));
        Assert.Equal(4_900_000m, Value(result, "CommonStockSharesIssued", "2030-03-02"));
        Assert.Equal(49_000m, Value(result, "CommonStockValue", "2030-03-02"));
    }

    [Fact]
    public void A_share_count_keyed_to_a_date_is_that_date_s_only_and_a_cut_date_places_it_nowhere()
    {
        // The label stops inside the date (the rest of it lost): the one count it shows belongs to some column, not to all.
        string text = BalanceSheet.Replace(
            "Common stock, authorized 10,000,000 shares of $.01 par\n" +
            "value; issued and outstanding; 5,000,000 shares at March\n" +
            "1, 2031, and 4,900,000 shares at March 2, 2030                  50                49\n",
            "Common stock, authorized 10,000,000 shares of $.01 par          50                49\n" +
            "value; issued and outstanding; 5,000,000 shares at March\n", StringComparison.Ordinal);
        var result = Extract(text);
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName is "CommonStockSharesIssued" or "CommonStockSharesOutstanding");
        Assert.Contains(result.Findings, f => f.RuleId == "extract.ambiguous" && f.Message.Contains("5,000,000 shares", StringComparison.Ordinal));
    }

    // Net loss −850 − (−12) = −838 and −710 − (−10) = −700, over 1,995 and 2,000 thousand shares.
    private const string PerShareUnderTheCompanysName =
        "LANTERN & WICK CO.\n\nCONSOLIDATED STATEMENTS OF OPERATIONS\n(in thousands, except per share amounts)\n\n" +
        "                                                         Year Ended December 31,\n" +
        "                                                            2031          2030\n" +
        "Net loss                                                   (850)         (710)\n" +
        "Less: net loss attributable to noncontrolling interests      12            10\n" +
        "Net loss attributable to Lantern & Wick Co.               (838)         (700)\n" +
        "Net loss per share attributable to Lantern & Wick Co.\n" +
        "  common stockholders, basic and diluted               $(0.42)       $(0.35)\n" +
        "Weighted average shares, basic and diluted                1,995         2,000\n";

    [Fact]
    public void A_wrapped_label_whose_first_line_ends_with_the_companys_abbreviation_is_no_sentence_ending_the_table()
    {
        var result = Extract(PerShareUnderTheCompanysName);

        Assert.Equal(-0.42m, Value(result, "EarningsPerShareBasicAndDiluted", "2031-01-01/2031-12-31"));
        Assert.Equal(-0.35m, Value(result, "EarningsPerShareBasicAndDiluted", "2030-01-01/2030-12-31"));
        Assert.Equal(1_995_000m, Value(result, "WeightedAverageNumberOfShareOutstandingBasicAndDiluted", "2031-01-01/2031-12-31"));
    }
}
