using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests.Stages;

/// <summary>
/// A fictional release converted to markdown (Quillfeather Kites, Inc.) whose balance sheet lost its title: only its section
/// headings remain, and its scale is stated only above the cash-flow statement.
/// </summary>
public sealed class UntitledBalanceSheetTests
{
    private const string Release =
        "# Quillfeather Kites Reports Results\n\n" +
        "Quillfeather Kites, Inc. today reported results for the quarter ended June 30, 2025, with higher kite sales in every region.\n\n" +
        "### Assets\n\n" +
        "| Description | As of December 31, 2024 | As of June 30, 2025 |\n| --- | --- | --- |\n" +
        "| Cash and cash equivalents | $1,250 | $1,410 |\n| Other assets | 750 | 790 |\n| **Total assets** | **$2,000** | **$2,200** |\n\n" +
        "### Liabilities and Stockholders' Equity\n\n" +
        "| Description | As of December 31, 2024 | As of June 30, 2025 |\n| --- | --- | --- |\n" +
        "| Accounts payable | 400 | 380 |\n| **Total liabilities** | 400 | 380 |\n| Retained earnings | 1,600 | 1,820 |\n" +
        "| **Total liabilities and stockholders' equity** | $2,000 | $2,200 |\n\n" +
        "## Statements of Cash Flows\n*(In thousands)*\n\n" +
        "| | Six Months Ended June 30,<br/>2024 | 2025 |\n| --- | --- | --- |\n" +
        "| Net income | 150 | 220 |\n| Net increase in cash and cash equivalents | 100 | 160 |\n" +
        "| Cash and cash equivalents at beginning of period | 1,020 | 1,250 |\n" +
        "| Cash and cash equivalents at end of period | $1,120 | $1,410 |\n";

    private static decimal? Value(ExtractionResult result, string localName, string period) => result.Value(localName, period);

    [Fact]
    public void Totals_make_it_a_balance_sheet_and_the_cash_flow_statement_confirms_its_scale()
    {
        var result = FilingExtractor.Extract(Release);
        Assert.Equal(2_200_000m, Value(result, "Assets", "2025-06-30"));
        Assert.Equal(2_000_000m, Value(result, "Assets", "2024-12-31"));
        Assert.Equal(380_000m, Value(result, "Liabilities", "2025-06-30"));
        Assert.Equal(220_000m, Value(result, "NetIncomeLoss", "2025-01-01/2025-06-30"));
    }

    [Fact]
    public void Without_a_stated_or_confirmed_scale_it_is_not_reported()
    {
        // Neither cash balance of the cash-flow statement is printed, so no statement confirms the balance sheet's scale.
        string unconfirmed = Release
            .Replace("| Cash and cash equivalents at beginning of period | 1,020 | 1,250 |\n", "", StringComparison.Ordinal)
            .Replace("| Cash and cash equivalents at end of period | $1,120 | $1,410 |\n", "", StringComparison.Ordinal);
        var result = FilingExtractor.Extract(unconfirmed);
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName is "Assets" or "Liabilities" or "AccountsPayableCurrent");
        Assert.Equal(220_000m, Value(result, "NetIncomeLoss", "2025-01-01/2025-06-30"));
    }

    [Fact]
    public void Found_when_its_lines_are_plain_words_without_apostrophes()
    {
        // Every line plain ASCII without markup or apostrophes: the block is read because its lines print both totals' words.
        string plain = Release.Replace("Stockholders' Equity", "Stockholders Equity", StringComparison.Ordinal)
            .Replace("stockholders' equity", "stockholders equity", StringComparison.Ordinal);
        var result = FilingExtractor.Extract(plain);
        Assert.Equal(2_200_000m, Value(result, "Assets", "2025-06-30"));
        Assert.Equal(380_000m, Value(result, "Liabilities", "2025-06-30"));
    }

    [Fact]
    public void A_block_without_both_totals_is_not_a_balance_sheet()
    {
        string noLiabilities = Release.Replace("| **Total liabilities** | 400 | 380 |\n", "", StringComparison.Ordinal)
            .Replace("Liabilities and Stockholders' Equity", "Claims on Kites", StringComparison.Ordinal)
            .Replace("Total liabilities and stockholders' equity", "Total claims", StringComparison.Ordinal);
        var result = FilingExtractor.Extract(noLiabilities);
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName is "Assets");
        Assert.Equal(220_000m, Value(result, "NetIncomeLoss", "2025-01-01/2025-06-30"));
    }
}
