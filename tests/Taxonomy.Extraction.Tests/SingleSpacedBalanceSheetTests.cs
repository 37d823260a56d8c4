using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A balance sheet of PDF text with single spaces between cells: its header's dates on one line and years on the next, and
/// a row only one date prints. Fictional company and figures: current liabilities foot in both columns.
/// </summary>
public class SingleSpacedBalanceSheetTests
{
    private static string Sheet(string borrowings, string currentLiabilities) =>
        "Quillmere Instruments, Inc. today reported results for the third quarter ended September 30, 2031.\n\n" +
        "CONDENSED CONSOLIDATED BALANCE SHEETS\n(In thousands)\n" +
        "September 30, December 31,\n2031 2030\n" +
        "Cash and cash equivalents $ 24,000 $ 19,500\nInventories 12,700 11,900\nTotal current assets 36,700 31,400\n" +
        "Accounts payable $ 9,400 $ 8,800\n" + borrowings + "\nAccrued liabilities 6,100 5,900\n" + currentLiabilities + "\n" +
        "Total stockholders' equity 19,200 16,700\nTotal liabilities and stockholders' equity $ 36,700 $ 31,400\n";

    private static ExtractionResult Extract(string text) => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "quillmere.txt" });

    [Fact]
    public void The_years_under_a_line_of_dates_date_the_columns()
    {
        // "September 30, December 31," over "2031 2030": the years line is the header's, not the end of a label.
        var result = Extract(Sheet("Short-term borrowings 2,000 —", "Total current liabilities 17,500 14,700"));
        Assert.Equal(24_000_000m, result.Value("CashAndCashEquivalentsAtCarryingValue", "2031-09-30"));
        Assert.Equal(19_500_000m, result.Value("CashAndCashEquivalentsAtCarryingValue", "2030-12-31"));
        Assert.DoesNotContain(result.Report.Facts, f => f.Period.ToString() == "2031-12-31");
    }

    [Theory]
    [InlineData("Total current liabilities 17,500 14,700", "2031-09-30")]
    [InlineData("Total current liabilities 15,500 16,700", "2030-12-31")]
    public void A_row_printing_one_figure_is_read_for_the_date_whose_total_takes_it(string currentLiabilities, string date)
    {
        var result = Extract(Sheet("Short-term borrowings 2,000", currentLiabilities));
        var borrowings = result.Report.Facts.Where(f => f.Concept.LocalName == "ShortTermBorrowings").ToList();
        var fact = Assert.Single(borrowings);
        Assert.Equal(date, fact.Period.ToString());
        Assert.Equal(2_000_000m, fact.NumericValue);
        // Control: the rows around it are read for both dates.
        Assert.Equal(6_100_000m, result.Value("AccruedLiabilitiesCurrent", "2031-09-30"));
        Assert.Equal(5_900_000m, result.Value("AccruedLiabilitiesCurrent", "2030-12-31"));
    }
}
