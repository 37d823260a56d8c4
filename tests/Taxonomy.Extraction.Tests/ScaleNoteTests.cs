using Taxonomy.Extraction.Facts;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>A statement whose scale is stated only in a note printed right below it. Fictional company and figures.</summary>
public class ScaleNoteTests
{
    private static string Release(string note) =>
        "SEATTLE, January 28, 2032 -- Fernbank Aerospace Corporation (NYSE: FBAC) today reported results for the year ended December 31, 2031.\n\n" +
        "                   CONSOLIDATED STATEMENTS OF OPERATIONS\n" +
        "                              (in billions)\n\n" +
        "                                                    Year Ended December 31,\n" +
        "                                                     2031            2030\n" +
        "Revenues                                           $   12.4        $   11.8\n" +
        "Cost of products sold                                   9.9             9.5\n" +
        "Gross profit                                            2.5             2.3\n\n" +
        "                   CONSOLIDATED STATEMENTS OF CASH FLOWS\n\n" +
        "                                                    Year Ended December 31,\n" +
        "                                                     2031            2030\n" +
        "Net cash provided by operating activities          $  1,850        $  1,720\n" +
        "Net cash used in investing activities                  (640)           (590)\n" +
        "Shares outstanding at year end                      205,400         207,100\n\n" +
        note + "\n\n" +
        "This press release contains forward-looking statements about the business of the company and its plans, which involve risks and uncertainties described in its filings.\n";

    [Fact]
    public void A_scale_note_below_the_statement_scales_it_instead_of_the_statement_above()
    {
        var result = FilingExtractor.Extract(Release("Amounts in millions, except shares outstanding, which are in thousands."), new ExtractionOptions { SourceName = "fernbank.txt" });

        Assert.Equal(1_850_000_000m, result.Value("NetCashProvidedByUsedInOperatingActivities", "2031-01-01/2031-12-31"));
        Assert.Equal(-640_000_000m, result.Value("NetCashProvidedByUsedInInvestingActivities", "2031-01-01/2031-12-31"));
        Assert.Equal(205_400_000m, result.Value("CommonStockSharesOutstanding", "2031-12-31"));
        // The statement above keeps the scale it states itself.
        Assert.Equal(12_400_000_000m, result.Value("Revenues", "2031-01-01/2031-12-31"));
    }

    [Fact]
    public void A_note_below_that_states_no_scale_leaves_the_statement_as_before()
    {
        var result = FilingExtractor.Extract(Release("Certain amounts have been reclassified to conform to the current presentation."), new ExtractionOptions { SourceName = "fernbank.txt" });

        // Only headings separate the two statements: the cash-flow statement carries the scale of the one above.
        Assert.Equal(1_850_000_000_000m, result.Value("NetCashProvidedByUsedInOperatingActivities", "2031-01-01/2031-12-31"));
        Assert.Equal(12_400_000_000m, result.Value("Revenues", "2031-01-01/2031-12-31"));
    }
}
