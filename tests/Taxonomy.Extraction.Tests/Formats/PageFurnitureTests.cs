using Taxonomy.Concepts;
using Taxonomy.Extraction.Formats;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests.Formats;

/// <summary>What a page break leaves in a paginated text (a fictional company, Halyard Rope &amp; Sail Co.), and a statement it cuts in two.</summary>
public sealed class PageFurnitureTests
{
    private static List<string> Kept(string text)
    {
        var lines = text.Split('\n');
        var furniture = PageFurniture.Find(lines, _ => false);
        return furniture is null ? [.. lines] : lines.Where((_, i) => !furniture[i]).ToList();
    }

    [Fact]
    public void Page_numbers_form_feeds_and_the_running_header_go_the_statement_s_lines_stay()
    {
        var kept = Kept(
            "Halyard Rope & Sail Co.\n" +
            "Net sales rose.\n\n" +
            "1\n\f\nHalyard Rope & Sail Co.\n\n" +
            "Cost of sales\n\n" +
            "2\n\f\nHalyard Rope & Sail Co.\n\n" +
            "Gross profit\n");
        Assert.Equal(["Halyard Rope & Sail Co.", "Net sales rose.", "Cost of sales", "Gross profit"], kept.Where(l => l.Length > 0));
    }

    [Theory]
    [InlineData("Page 4 of 9")]
    [InlineData("page 4")]
    [InlineData("- 4 -")]
    [InlineData("4 of 9")]
    public void A_page_number_states_itself(string line) =>
        Assert.Equal(4, PageNumber(line));

    [Theory]
    [InlineData("4 of 3")]
    [InlineData("1,250")]
    [InlineData("Page four")]
    [InlineData("12345")]
    public void A_figure_is_no_page_number(string line) =>
        Assert.Equal(0, PageNumber(line));

    private static int PageNumber(string line) => PageFurniture.PageNumber(line, out _);

    [Fact]
    public void Bare_numbers_are_page_numbers_only_in_a_run_of_pages_set_apart_by_blank_lines()
    {
        string page = string.Concat(Enumerable.Repeat("Lines of rope sold to harbours.\n", 12));
        var paginated = Kept(page + "\n7\n\n" + page + "\n8\n\n" + page + "\n9\n\n" + page);
        Assert.DoesNotContain(paginated, l => l is "7" or "8" or "9");

        // Values a table prints a line each, or two pages only, are left alone.
        var values = Kept("Cash\n7\n8\nInventories\n9\n10\n");
        Assert.Equal(["Cash", "7", "8", "Inventories", "9", "10", ""], values);
        var twoPages = Kept(page + "\n7\n\n" + page + "\n8\n\n" + page);
        Assert.Contains("7", twoPages);
    }

    [Fact]
    public void A_line_near_two_of_many_breaks_is_no_running_header()
    {
        string body = string.Concat(Enumerable.Repeat("Sail canvas.\n", 3));
        var text = new System.Text.StringBuilder();
        for (int p = 1; p <= 6; p++)
        {
            text.Append(body).Append(p <= 2 ? "Mooring lines\n" : "Anchors\n").Append('\n').Append(p).Append("\n\f\n");
        }
        var kept = Kept(text.ToString());
        Assert.Equal(2, kept.Count(l => l == "Mooring lines"));
        Assert.DoesNotContain("Anchors", kept.Skip(1));
    }

    // Gross profit 9,000 − 5,400 = 3,600 (8,000 − 4,900 = 3,100); operating income 3,600 − 1,600 = 2,000 (3,100 − 1,500 = 1,600).
    private const string Statement =
        "HALYARD ROPE & SAIL CO.\n\nCONSOLIDATED STATEMENTS OF OPERATIONS\n(In thousands)\n" +
        "                                              Three Months Ended\n" +
        "                                           March 31,      March 31,\n" +
        "                                              2031           2030\n" +
        "Net sales                                $   9,000      $   8,000\n" +
        "Cost of sales                                5,400          4,900\n" +
        "Gross profit                                 3,600          3,100\n" +
        "Selling, general and administrative\n\n" +
        "                                   14\n\f\nHalyard Rope & Sail Co. - First Quarter Report\n\n" +
        "expenses                                     1,600          1,500\n" +
        "Operating income                             2,000          1,600\n\n" +
        "                                   15\n\f\nHalyard Rope & Sail Co. - First Quarter Report\n\n" +
        "Halyard makes rope.\n\n                                   16\n";

    [Fact]
    public void A_statement_a_page_break_cuts_in_two_reads_as_one()
    {
        var result = FilingExtractor.Extract(Statement, new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "halyard.txt" });

        Assert.Equal(1_600_000m, result.Value("SellingGeneralAndAdministrativeExpense", "2031-01-01/2031-03-31"));
        Assert.Equal(1_600_000m, result.Value("OperatingIncomeLoss", "2030-01-01/2030-03-31"));
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is 14m or 14_000m or 15_000m);
    }
    // A 1990s plain-text filing: EDGAR's <PAGE> marker and a page number centred on the printed page, inside a statement.
    private const string PagedStatement = """
                               HALYARD ROPE & SAIL CO.
                           STATEMENTS OF INCOME (UNAUDITED)
                                   (In thousands)

                                             Three Months Ended March 31,
                                                 2031           2030
                                               --------       --------
        Net sales...........................    $12,000        $11,000
        Cost of sales.......................      7,000          6,600
        <PAGE>
                                                   - 7 -

        Selling, general and administrative.      1,600          1,500
                                               --------       --------
        Operating income....................      3,400          2,900
        Net income per share................    $   .41        $   .35

        """;

    [Fact]
    public void A_page_marker_and_a_centred_page_number_are_furniture()
    {
        var kept = Kept(PagedStatement);
        Assert.DoesNotContain(kept, l => l.Contains("<PAGE>", StringComparison.Ordinal) || l.Trim() == "- 7 -");
        Assert.Contains(kept, l => l.Contains("Selling", StringComparison.Ordinal));
    }

    [Fact]
    public void A_statement_a_page_marker_cuts_in_two_reads_as_one()
    {
        var result = FilingExtractor.Extract(PagedStatement, new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "halyard.txt" });

        Assert.Equal(3_400_000m, result.Value("OperatingIncomeLoss", "2031-01-01/2031-03-31"));
        Assert.Equal(1_500_000m, result.Value("SellingGeneralAndAdministrativeExpense", "2030-01-01/2030-03-31"));
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is 7m or 7_000m);
    }
}
