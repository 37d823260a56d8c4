using Taxonomy.Extraction.Formats;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests.Formats;

/// <summary>
/// A markdown conversion of a fictional release (Fernhollow Instruments, Inc.) whose balance sheet a page break cuts in two
/// pipe tables, the title or the column header printed once again as plain text on the new page. Every total foots.
/// </summary>
public sealed class ResumedPipeTableTests
{
    private const string FirstHalf = """
        # Fernhollow Instruments Reports Second Quarter 2032 Results

        Fernhollow Instruments, Inc. today reported results for its second quarter ended June 30, 2032.

        ## CONDENSED CONSOLIDATED BALANCE SHEETS

        (In thousands)

        | | June 30, 2032 | December 31, 2031 |
        |---|---|---|
        | Cash and cash equivalents | $ 22,500 | $ 19,800 |
        | Trade receivables, net | 11,300 | 10,600 |
        | Total current assets | 33,800 | 30,400 |
        | Equipment, net | 16,200 | 17,600 |
        | Total assets | $ 50,000 | $ 48,000 |

        <!-- PageBreak -->

        """;

    private const string SecondHalf = """

        | Accounts payable | $ 7,000 | $ 6,500 |
        |---|---|---|
        | Total current liabilities | 7,000 | 6,500 |
        | Long-term debt | 13,000 | 14,500 |
        | Total liabilities | 20,000 | 21,000 |
        | Total stockholders' equity | 30,000 | 27,000 |
        | Total liabilities and stockholders' equity | $ 50,000 | $ 48,000 |
        """;

    private const string RepeatedTitle = "Fernhollow Instruments, Inc. Condensed Consolidated Balance Sheets (In thousands)\n\nJune 30, 2032 December 31, 2031\n";

    private static ExtractionResult Extract(string markdown) => FilingExtractor.Extract(markdown, new ExtractionOptions { SourceName = "fernhollow.md" });

    private static List<string> Lines(string markdown) => MarkdownText.Convert(markdown).Lines.ToList();

    [Fact]
    public void The_title_and_header_printed_again_as_text_between_the_halves_go_and_the_halves_read_as_one_table()
    {
        var lines = Lines(FirstHalf + RepeatedTitle + SecondHalf);
        Assert.DoesNotContain(lines, l => l.StartsWith("Fernhollow Instruments, Inc. Condensed", StringComparison.Ordinal) || l.StartsWith("June 30, 2032 ", StringComparison.Ordinal));
        int assets = lines.FindIndex(l => l.StartsWith("Total assets\t", StringComparison.Ordinal));
        Assert.Equal("Accounts payable\t$ 7,000\t$ 6,500", lines[assets + 1]);

        var result = Extract(FirstHalf + RepeatedTitle + SecondHalf);
        Assert.Equal(50_000_000m, result.Value("LiabilitiesAndStockholdersEquity", "2032-06-30"));
        Assert.Equal(21_000_000m, result.Value("Liabilities", "2031-12-31"));
        Assert.Equal(50_000_000m, result.Value("Assets", "2032-06-30"));
    }

    [Fact]
    public void A_heading_of_another_table_between_two_tables_stays()
    {
        // "Backlog" is printed nowhere above the first table: a heading of its own.
        var lines = Lines(FirstHalf + "Backlog by Product Line\n" + SecondHalf);
        Assert.Contains("Backlog by Product Line", lines);
        int assets = lines.FindIndex(l => l.StartsWith("Total assets\t", StringComparison.Ordinal));
        Assert.NotEqual("Accounts payable\t$ 7,000\t$ 6,500", lines[assets + 1]);
    }

    [Fact]
    public void A_second_table_opening_with_a_header_row_of_its_own_keeps_the_line_above_it()
    {
        string ownHeader = SecondHalf.Replace("\n| Accounts payable", "\n| | June 30, 2032 | December 31, 2031 |\n|---|---|---|\n| Accounts payable", StringComparison.Ordinal)
            .Replace("| Accounts payable | $ 7,000 | $ 6,500 |\n|---|---|---|\n", "| Accounts payable | $ 7,000 | $ 6,500 |\n", StringComparison.Ordinal);
        Assert.NotEqual(SecondHalf, ownHeader);
        var lines = Lines(FirstHalf + "Condensed Consolidated Balance Sheets\n" + ownHeader);
        Assert.Contains("Condensed Consolidated Balance Sheets", lines);
    }
}
