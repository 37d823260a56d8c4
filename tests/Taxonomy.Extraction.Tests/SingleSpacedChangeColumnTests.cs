using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// PDF text with single spaces between cells whose rows end in a change column's percentage printed apart from its sign
/// ("8.9 %"): still read as PDF text, each row split into its cells. Fictional company and figures.
/// </summary>
public class SingleSpacedChangeColumnTests
{
    private const string Release =
        "Quillmere Instruments, Inc. today reported results for the third quarter ended September 30, 2031.\n\n" +
        "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n(In thousands, except per share data)\n" +
        "Q3 2031 Q3 2030 Change % Change\n" +
        "Revenue $ 52,400 $ 48,100 $ 4,300 8.9 %\n" +
        "Cost of revenue 31,200 29,500 1,700 5.8 %\n" +
        "Gross profit 21,200 18,600 2,600 14.0 %\n" +
        "Operating expenses 14,400 13,500 900 6.7 %\n" +
        "Operating income 6,800 5,100 1,700 33.3 %\n" +
        "Income tax expense 1,900 1,600 300 18.8 %\n" +
        "Net income $ 4,900 $ 3,500 $ 1,400 40.0 %\n";

    [Fact]
    public void Rows_ending_in_a_spaced_percent_are_split_into_cells()
    {
        var result = FilingExtractor.Extract(Release, new ExtractionOptions { SourceName = "quillmere.txt" });
        Assert.Equal(52_400_000m, result.Value("Revenues", "2031-07-01/2031-09-30") ?? result.Value("SalesRevenueNet", "2031-07-01/2031-09-30"));
        Assert.Equal(3_500_000m, result.Value("NetIncomeLoss", "2030-07-01/2030-09-30"));
        // The change column is no period's amount.
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue == 4_300_000m);
    }

    [Fact]
    public void Fiscal_quarter_titles_date_their_columns_in_either_order()
    {
        // "Q3 2030 Q3 2031 Change % Change": each quarter's title is one cell, so the earlier year first is read as printed.
        string text = Release.Replace("Q3 2031 Q3 2030", "Q3 2030 Q3 2031", StringComparison.Ordinal)
            .Replace("$ 52,400 $ 48,100", "$ 48,100 $ 52,400", StringComparison.Ordinal).Replace("$ 4,900 $ 3,500", "$ 3,500 $ 4,900", StringComparison.Ordinal);
        var result = FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "quillmere.txt" });
        Assert.Equal(52_400_000m, result.Value("Revenues", "2031-07-01/2031-09-30") ?? result.Value("SalesRevenueNet", "2031-07-01/2031-09-30"));
        Assert.Equal(48_100_000m, result.Value("Revenues", "2030-07-01/2030-09-30") ?? result.Value("SalesRevenueNet", "2030-07-01/2030-09-30"));
        Assert.Equal(3_500_000m, result.Value("NetIncomeLoss", "2030-07-01/2030-09-30"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId is "extract.header-inferred" or "extract.period-missing");
    }
}
