using Taxonomy.Concepts;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>A fixed-width row whose long label runs into its values with single spaces is still a row.</summary>
public class RunOnValuesTests
{
    private static ExtractionResult Extract(string text) =>
        FilingExtractor.Extract(text, new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "fictional.txt" });

    private const string BalanceSheet =
        "WILLOW GATE FOODS, INC.\nCONDENSED CONSOLIDATED BALANCE SHEETS\n(In thousands)\n\n" +
        "                                          June 30,\n" +
        "                                      2025        2024\n" +
        "Cash and cash equivalents          $ 12,000    $ 10,000\n" +
        "Total current assets                 32,000      29,000\n" +
        "Total assets                       $ 50,000    $ 46,500\n" +
        "Total liabilities                    15,000      15,500\n" +
        "Total stockholders' equity           35,000      31,000\n";

    [Fact]
    public void A_label_run_into_its_values_is_split_from_them()
    {
        var result = Extract(BalanceSheet + "Total liabilities and stockholders' equity $ 50,000 $ 46,500\n");
        Assert.Equal(50_000_000m, result.Value("LiabilitiesAndStockholdersEquity", "2025-06-30"));
        Assert.Equal(46_500_000m, result.Value("LiabilitiesAndStockholdersEquity", "2024-06-30"));
        var fact = Assert.Single(result.Report.Facts, f => f.Concept.LocalName == "LiabilitiesAndStockholdersEquity" && f.Period.ToString() == "2025-06-30");
        Assert.Equal("50,000", fact.Provenance!.Text);
    }

    [Fact]
    public void A_first_value_run_into_the_label_is_the_rows_first_value()
    {
        var result = Extract(BalanceSheet + "Total liabilities and stockholders' equity $ 50,000    $ 46,500\n");
        Assert.Equal(50_000_000m, result.Value("LiabilitiesAndStockholdersEquity", "2025-06-30"));
        Assert.Equal(46_500_000m, result.Value("LiabilitiesAndStockholdersEquity", "2024-06-30"));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.Prefix == "ext");
    }

    [Fact]
    public void An_amount_the_label_states_away_from_the_first_column_stays_in_the_label()
    {
        // "$ 500" closes the label far left of the first column: the row prints only its second column.
        var result = Extract(BalanceSheet.Replace("Total current assets                 32,000      29,000\n",
            "Total current assets                 32,000      29,000\nAllowance stated at $ 500                     300\n", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue == 500_000m);
    }

    [Fact]
    public void A_line_ending_in_one_figure_stays_whole()
    {
        // A note under the table that ends in a single number is no row of two values.
        var result = Extract(BalanceSheet + "Total liabilities and stockholders' equity include deposits of 1,500\n");
        Assert.Null(result.Value("LiabilitiesAndStockholdersEquity", "2025-06-30"));
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue == 1_500_000m);
    }

    [Fact]
    public void A_first_value_run_into_the_label_without_its_sign_is_the_rows_first_value()
    {
        var result = Extract(BalanceSheet + "Total liabilities and stockholders' equity 50,000      46,500\n");
        Assert.Equal(50_000_000m, result.Value("LiabilitiesAndStockholdersEquity", "2025-06-30"));
        Assert.Equal(46_500_000m, result.Value("LiabilitiesAndStockholdersEquity", "2024-06-30"));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.Prefix == "ext");
    }

    [Fact]
    public void A_year_ending_a_long_label_stays_in_the_label()
    {
        // "2031" reaches the first column but is written as no amount of the table is: the row prints one value.
        var result = Extract(BalanceSheet.Replace("Total liabilities                    15,000      15,500\n",
            "Total liabilities                    15,000      15,500\nSenior notes, 4.25%, due December 2031             9,000\n", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is 2_031_000m or 2_031m);
    }
}
