using Taxonomy.Extraction.Facts;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A statement printing each period's amounts beside their percentages of sales ("% of Sales"), with "%" signs on some
/// rows only. Fictional company and figures; every percentage is the row's amount over its column's sales.
/// </summary>
public class RatioColumnTests
{
    private const string Opening =
        "DAYTON, October 28, 2031 -- Larkspur Valve Corp. (NYSE: LKV) today reported results for the third quarter ended September 30, 2031.\n\n";

    private const string Statement =
        "                        LARKSPUR VALVE CORP.\n" +
        "             CONDENSED CONSOLIDATED STATEMENTS OF INCOME\n" +
        "              (In millions, except per share amounts)\n" +
        "                                        Three Months Ended September 30,\n" +
        "                                    2031     % of Sales       2030     % of Sales\n" +
        "Net sales                        $ 600.0        100.0%     $ 571.4        100.0%\n" +
        "Cost of sales                      396.0         66.0        380.4         66.6\n" +
        "                                 -------                   -------\n" +
        "Gross profit                       204.0         34.0        191.0         33.4\n" +
        "Selling, general and admin.        132.0         22.0        126.0         22.1\n" +
        "                                 -------                   -------\n" +
        "Operating income                    72.0         12.0         65.0         11.4\n" +
        "Income tax expense                  18.0          3.0         16.3          2.9\n" +
        "                                 -------                   -------\n" +
        "Net income                      $   54.0          9.0%    $   48.7          8.5%\n";

    private const string Quarter = "2031-07-01/2031-09-30";
    private const string PriorQuarter = "2030-07-01/2030-09-30";

    /// <summary>Two quarters and the percentage change between them, printed without signs, under <paramref name="changeTitle"/> (or none).</summary>
    private static string ChangeStatement(string changeTitle) =>
        "             CONDENSED CONSOLIDATED STATEMENTS OF INCOME\n" +
        "              (In millions)\n" +
        "                                     Three Months Ended September 30,\n" +
        "                                      2031          2030" + changeTitle + "\n" +
        "Net sales                          $ 600.0       $ 571.4          5.0\n" +
        "Cost of sales                        396.0         380.4          4.1\n" +
        "Gross profit                         204.0         191.0          6.8\n" +
        "Operating expenses                   132.0         126.0          4.8\n" +
        "Operating income                      72.0          65.0         10.8\n";

    private static ExtractionResult Extract(string text, string name = "larkspur.txt") => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = name });

    [Fact]
    public void Percentage_columns_are_taken_out_and_the_periods_amounts_reported()
    {
        var result = Extract(Opening + Statement);

        Assert.Equal(396_000_000m, result.Value("CostOfGoodsAndServicesSold", Quarter));
        Assert.Equal(380_400_000m, result.Value("CostOfGoodsAndServicesSold", PriorQuarter));
        Assert.Equal(48_700_000m, result.Value("NetIncomeLoss", PriorQuarter));
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is 66_000_000m or 66_600_000m or 34_000_000m);
        Assert.Equal(2, result.Findings.Count(f => f.RuleId == Findings.SkippedColumns && f.Message.Contains("percentage of a base amount", StringComparison.Ordinal)));
    }

    [Fact]
    public void Percentage_columns_of_an_html_table_are_taken_out()
    {
        const string html =
            "<html><body><p>" + "DAYTON, October 28, 2031 -- Larkspur Valve Corp. (NYSE: LKV) today reported results for the third quarter ended September 30, 2031." + "</p>" +
            "<p><b>CONDENSED CONSOLIDATED STATEMENTS OF INCOME</b><br>(In millions)</p><table>" +
            "<tr><td></td><td colspan=\"4\">Three Months Ended September 30,</td></tr>" +
            "<tr><td></td><td>2031</td><td>% of Sales</td><td>2030</td><td>% of Sales</td></tr>" +
            "<tr><td>Net sales</td><td>$ 600.0</td><td>100.0%</td><td>$ 571.4</td><td>100.0%</td></tr>" +
            "<tr><td>Cost of sales</td><td>396.0</td><td>66.0</td><td>380.4</td><td>66.6</td></tr>" +
            "<tr><td>Gross profit</td><td>204.0</td><td>34.0</td><td>191.0</td><td>33.4</td></tr>" +
            "<tr><td>Operating income</td><td>72.0</td><td>12.0</td><td>65.0</td><td>11.4</td></tr></table></body></html>";
        var result = Extract(html, "larkspur.htm");

        Assert.Equal(204_000_000m, result.Value("GrossProfit", Quarter));
        Assert.Equal(191_000_000m, result.Value("GrossProfit", PriorQuarter));
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is 34_000_000m or 33_400_000m);
    }

    [Fact]
    public void A_column_whose_figures_no_single_base_explains_stays()
    {
        // 70.0 is not 396.0 over the sales 34.0 and 22.0 imply: the first percentage column is not taken for one.
        var result = Extract(Opening + Statement.Replace("396.0         66.0", "396.0         70.0", StringComparison.Ordinal));

        var ratio = Assert.Single(result.Findings, f => f.Message.Contains("percentage of a base amount", StringComparison.Ordinal));
        Assert.Contains("column 4", ratio.Message);
    }

    [Fact]
    public void A_percentage_change_column_printed_without_signs_is_taken_out()
    {
        var result = Extract(Opening + ChangeStatement("       % Change"));

        Assert.Equal(204_000_000m, result.Value("GrossProfit", Quarter));
        Assert.Equal(191_000_000m, result.Value("GrossProfit", PriorQuarter));
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is 6_800_000m or 5_000_000m);
        Assert.Contains(result.Findings, f => f.RuleId == Findings.SkippedColumns && f.Message.Contains("column 3 states the percentage change from column 2 to column 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Percentage_columns_whose_header_was_lost_are_taken_out_by_their_arithmetic()
    {
        // A conversion dropped the "% of Sales" captions and every "%" sign: four or more rows proving one base do.
        string statement = Statement.Replace("% of Sales", "          ", StringComparison.Ordinal).Replace('%', ' ');
        var result = Extract(Opening + statement);

        Assert.Equal(396_000_000m, result.Value("CostOfGoodsAndServicesSold", Quarter));
        Assert.Equal(48_700_000m, result.Value("NetIncomeLoss", PriorQuarter));
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is 66_000_000m or 66_600_000m or 34_000_000m);
        Assert.Equal(2, result.Findings.Count(f => f.RuleId == Findings.SkippedColumns && f.Message.Contains("percentage of a base amount", StringComparison.Ordinal)));
    }

    [Fact]
    public void Without_a_percentage_header_three_rows_are_no_proof()
    {
        string statement =
            "             CONDENSED CONSOLIDATED STATEMENTS OF INCOME\n" +
            "              (In millions)\n" +
            "                                        Three Months Ended September 30,\n" +
            "                                    2031                     2030\n" +
            "Net sales                        $ 600.0        100.0     $ 571.4        100.0\n" +
            "Cost of sales                      396.0         66.0        380.4         66.6\n" +
            "Gross profit                       204.0         34.0        191.0         33.4\n";
        var result = Extract(Opening + statement);

        Assert.DoesNotContain(result.Findings, f => f.Message.Contains("percentage of a base amount", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is 34_000_000m or 66_000_000m);
    }

    [Fact]
    public void A_percentage_change_column_without_its_header_is_taken_out_by_its_arithmetic()
    {
        var result = Extract(Opening + ChangeStatement(string.Empty));

        Assert.Equal(204_000_000m, result.Value("GrossProfit", Quarter));
        Assert.Equal(191_000_000m, result.Value("GrossProfit", PriorQuarter));
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is 6_800_000m or 5_000_000m);
    }
}
