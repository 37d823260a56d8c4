using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A generic label ("Other assets") belongs to the first total printed below it, but not when a row with figures and no
/// label lies between them: that row may be the label's own total ("Total assets" that lost its label), and the next
/// labelled total ("Total current liabilities") is another section's. Fictional company and figures that foot.
/// </summary>
public class UnreadTotalBelowTests
{
    private const string Statement =
        "Wrenfield Tools Inc. today reported results for its fiscal year ended December 31, 2031.\n\n" +
        "CONSOLIDATED BALANCE SHEETS\n" +
        "(in thousands)\n\n" +
        "                                                                   December 31,\n" +
        "                                                               2031        2030\n" +
        "Cash and cash equivalents                                       300         280\n" +
        "Merchandise inventories                                       1,200       1,100\n" +
        "Total current assets                                          1,500       1,380\n" +
        "Property and equipment, net                                     900         910\n" +
        "Other assets                                                    110         110\n" +
        "Total assets                                                  2,510       2,400\n" +
        "Accounts payable                                                500         450\n" +
        "Accrued expenses                                                340         335\n" +
        "Total current liabilities                                       840         785\n" +
        "Long-term debt                                                  200         150\n" +
        "Total liabilities                                             1,040         935\n" +
        "Total stockholders' equity                                    1,470       1,465\n" +
        "Total liabilities and stockholders' equity                    2,510       2,400\n";

    private const string YearEnd = "2031-12-31";

    private static ExtractionResult Extract(string text) => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "wrenfield.txt" });

    [Fact]
    public void Other_assets_over_a_total_that_lost_its_label_stay_assets()
    {
        var result = Extract(Statement.Replace("Total assets", "            ", StringComparison.Ordinal));

        Assert.Null(result.Value("OtherLiabilitiesCurrent", YearEnd));
        Assert.Equal(110_000m, result.Value("OtherAssetsNoncurrent", YearEnd));
        Assert.Equal(840_000m, result.Value("LiabilitiesCurrent", YearEnd));
    }

    [Fact]
    public void Labelled_other_assets_are_read_under_total_assets()
    {
        var result = Extract(Statement);

        Assert.Equal(110_000m, result.Value("OtherAssetsNoncurrent", YearEnd));
        Assert.Equal(2_510_000m, result.Value("Assets", YearEnd));
        Assert.Null(result.Value("OtherLiabilitiesCurrent", YearEnd));
    }
}
