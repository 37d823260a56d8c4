using Taxonomy.Concepts;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests.Formats;

/// <summary>
/// A balance sheet of a PDF conversion printing every cell on a line of its own (a fictional company, Quillfeather Kayak
/// Co.), the prior year-end's column first. Total assets 6,000 + 2,500 + 4,500 = 13,000 (8,000 + 2,800 + 4,200 = 15,000);
/// liabilities and equity 1,800 + 11,200 (2,100 + 12,900).
/// </summary>
public sealed class LoneHeaderDateTests
{
    private const string BalanceSheet = """
        Quillfeather Kayak Co. today reported results for its second quarter ended June 30, 2031.

        QUILLFEATHER KAYAK CO.
        CONDENSED CONSOLIDATED BALANCE SHEETS
        (In thousands)

        As of
        December 31, 2030
        As of
        June 30, 2031

        Cash and cash equivalents
        $
        6,000
        $
        8,000
        Accounts receivable, net
        2,500
        2,800
        Property and equipment, net
        4,500
        4,200
        Total assets
        $
        13,000
        $
        15,000
        Accounts payable
        1,800
        2,100
        Stockholders' equity
        11,200
        12,900
        Total liabilities and stockholders' equity
        $
        13,000
        $
        15,000
        """;

    private static ExtractionResult Extract(string text) =>
        FilingExtractor.Extract(text, new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "quillfeather.md" });

    [Fact]
    public void Each_date_heads_its_own_column_in_the_order_printed()
    {
        var result = Extract(BalanceSheet);
        Assert.Equal(13_000_000m, result.Value("Assets", "2030-12-31"));
        Assert.Equal(15_000_000m, result.Value("Assets", "2031-06-30"));
    }

    [Fact]
    public void A_lone_date_on_a_line_of_its_own_heads_no_column_it_cannot_be_placed_over()
    {
        // The conversion lost the first column's date: the one left heads the second column, not the first.
        string lost = BalanceSheet.Replace("December 31, 2030\n", "", StringComparison.Ordinal);
        Assert.NotEqual(BalanceSheet, lost);
        var result = Extract(lost);
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is 13_000_000m or 6_000_000m or 11_200_000m);
        Assert.Contains(result.Findings, f => f.RuleId == "extract.period-missing");
    }
}
