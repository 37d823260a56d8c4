using Taxonomy.Extraction.Formats;

namespace Taxonomy.Extraction.Tests.Formats;

/// <summary>Markdown and PDF-text conversions of a fictional release (Quillfeather Kites, Inc.) read into TAB-separated rows.</summary>
public sealed class MarkdownTextTests
{
    private static List<string> Lines(string markdown) => MarkdownText.Convert(markdown).Lines.ToList();

    [Fact]
    public void Pipe_tables_become_tab_rows_with_stacked_group_headers_and_joined_split_rows()
    {
        const string markdown =
            "# Quillfeather Kites\n\n" +
            "| Item | Quarter Ended May 31,<br/>2024 | 2025 | Year To Date May 31,<br/>2024 | 2025 |\n" +
            "| ---- | ---- | ---- | ---- | ---- |\n" +
            "| **Kite sales** | **$ 1,200** | **$ 1,450** | $ 2,300 | $ 2,810 |\n" +
            "| - Tail ribbons | 35 | (4) | | 61 |\n" +
            "| Effect of string recalls | | | | |\n" +
            "| | (12) | 3 | (15) | 9 |\n";
        var lines = Lines(markdown);

        Assert.Equal("Quillfeather Kites", lines[0]);
        Assert.Contains("\tQuarter Ended May 31,\t\tYear To Date May 31,", lines);
        Assert.Contains("\t2024\t2025\t2024\t2025", lines);
        Assert.Contains("Kite sales\t$ 1,200\t$ 1,450\t$ 2,300\t$ 2,810", lines);
        Assert.Contains("Tail ribbons\t35\t(4)\t\t61", lines);
        Assert.Contains("Effect of string recalls\t(12)\t3\t(15)\t9", lines);
        Assert.DoesNotContain(lines, l => l.Contains("---", StringComparison.Ordinal) || l.Contains('|', StringComparison.Ordinal) || l.StartsWith("Item", StringComparison.Ordinal));
    }

    [Fact]
    public void An_escaped_pipe_is_text_of_its_cell()
    {
        const string markdown =
            "| Item | 2025 | 2024 |\n" +
            "| ---- | ---- | ---- |\n" +
            "| Kites \\| tails | 1,200 | 950 |\n" +
            "|  Spools \\|  | 40 | 35 |\n";
        var lines = Lines(markdown);

        Assert.Contains("Kites | tails\t1,200\t950", lines);
        Assert.Contains("Spools |\t40\t35", lines);
    }

    [Fact]
    public void Embedded_html_tables_are_read_by_the_html_converter_and_offsets_point_into_the_markdown()
    {
        const string markdown =
            "## Statements of Operations\n\n" +
            "<table>\n<tr><th></th><th>2025</th><th>2024</th></tr>\n<tr><td><b>Kite sales</b></td><td>$ 1,450</td><td>$ 1,200</td></tr>\n</table>\n\n" +
            "Quillfeather sold more kites.\n";
        var converted = MarkdownText.Convert(markdown);
        var lines = converted.Lines;

        int row = lines.ToList().IndexOf("Kite sales\t$ 1,450\t$ 1,200");
        Assert.True(row >= 0, string.Join("\n", lines));
        Assert.Equal(markdown.IndexOf("<tr><td><b>Kite", StringComparison.Ordinal), converted.LineOffsets[row]);
        Assert.Equal("Statements of Operations", lines[0]);
        Assert.Equal("Quillfeather sold more kites.", lines[^1]);
        Assert.DoesNotContain(lines, l => l.Contains('<', StringComparison.Ordinal));
    }

    [Fact]
    public void Values_separated_by_single_spaces_become_cells_and_prose_stays_whole()
    {
        var lines = Lines(
            "Kite sales $ 1,200 $ 1,450 $ 2,300 $ 2,810\n" +
            "Tail ribbons 35 (4) \u2014 61\n" +
            "Sales growth 12 % 21 %\n" +
            "**2024** **2025**\n" +
            "Quillfeather opened a shop on May 31, 2025 with 40 kites.\n" +
            "The shop sold 12 kites in June 2025\n" +
            "Bonds due 2031 1,250 1,250\n" +
            "Kites sold 2030 950 810\n");

        Assert.Equal("Kite sales\t$ 1,200\t$ 1,450\t$ 2,300\t$ 2,810", lines[0]);
        Assert.Equal("Tail ribbons\t35\t(4)\t\u2014\t61", lines[1]);
        Assert.Equal("Sales growth\t12 %\t21 %", lines[2]);
        Assert.Equal("2024\t2025", lines[3]);
        Assert.Equal("Quillfeather opened a shop on May 31, 2025 with 40 kites.", lines[4]);
        Assert.Equal("The shop sold 12 kites in June 2025", lines[5]);
        Assert.Equal("Bonds due 2031\t1,250\t1,250", lines[6]);
        Assert.Equal("Kites sold\t2030\t950\t810", lines[7]);
    }

    [Fact]
    public void Bold_runs_printed_side_by_side_are_header_cells()
    {
        var lines = Lines("---\ntitle: converted\n---\n\n**Quarter Ended May 31,** **Year To Date May 31,**\n\n_**Segment kites**_\n");
        Assert.Equal(["Quarter Ended May 31,\tYear To Date May 31,", "", "Segment kites"], lines);
    }

    [Fact]
    public void Wrapped_labels_are_joined_to_the_row_that_carries_their_values()
    {
        var lines = Lines(
            "Operating activities\n" +
            "Net income 410 388\n" +
            "Weighted shares used in the diluted\n" +
            "per-share computation 9,120 9,004\n" +
            "Common stock, $0.01 par value: 50,000 shares authorized (Class X\n" +
            "30,000, Class Y 20,000); 9,000 shares issued 900 900\n" +
            "Cash paid for string and\n" +
            "Kite fabric 55 61\n" +
            "Current assets:\n" +
            "Cash 1,000 1,200\n");

        Assert.Equal(
        [
            "Operating activities",
            "Net income\t410\t388",
            "Weighted shares used in the diluted per-share computation\t9,120\t9,004",
            "Common stock, $0.01 par value: 50,000 shares authorized (Class X 30,000, Class Y 20,000); 9,000 shares issued\t900\t900",
            "Cash paid for string and Kite fabric\t55\t61",
            "Current assets:",
            "Cash\t1,000\t1,200",
        ], lines);
    }

    [Fact]
    public void A_caption_above_items_set_off_by_a_dash_is_not_joined_to_them()
    {
        var lines = Lines(
            "| | 2031 | 2030 |\n" +
            "| --- | --- | --- |\n" +
            "| Weighted-average shares outstanding (millions) | | |\n" +
            "| \u2013 Basic | 534.5 | 546.4 |\n" +
            "| \u2013 Diluted | 538.3 | 551.4 |\n");
        Assert.Contains("Weighted-average shares outstanding (millions)", lines);
        Assert.Contains("\u2013 Basic\t534.5\t546.4", lines);
    }

    [Fact]
    public void Every_header_row_above_the_delimiter_is_a_header_line_of_the_table()
    {
        var lines = Lines(
            "## Statements of Operations\n\n" +
            "| | Three Months Ended | | | | Six Months Ended | | | |\n" +
            "| | May 31, | | June 1, | | May 31, | | June 1, | |\n" +
            "| | 2025 | | 2024 | | 2025 | | 2024 | |\n" +
            "|---|---|---|---|---|---|---|---|---|\n" +
            "| Kite sales | $ | 1,450 | $ | 1,200 | $ | 2,810 | $ | 2,300 |\n");

        Assert.Equal(
        [
            "Statements of Operations",
            "",
            "\tThree Months Ended\t\t\t\tSix Months Ended",
            "\tMay 31,\t\tJune 1,\t\tMay 31,\t\tJune 1,",
            "\t2025\t\t2024\t\t2025\t\t2024",
            "Kite sales\t$\t1,450\t$\t1,200\t$\t2,810\t$\t2,300",
        ], lines);
    }

    [Fact]
    public void Pipe_lines_with_no_delimiter_below_stay_running_text()
    {
        var lines = Lines(
            "Kites | tails | spools\n" +
            "Quillfeather sold kites.\n\n" +
            "| Item | 2025 |\n" +
            "| --- | --- |\n" +
            "| Kites | 4 |\n");

        Assert.Equal("Kites | tails | spools", lines[0]);
        Assert.Contains("\t2025", lines);
        Assert.Contains("Kites\t4", lines);
    }

    [Theory]
    [InlineData("---\ntitle: Kites\nquarter: Q2\n---\n\nQuillfeather sold kites.\n")]
    [InlineData("Results\n\n| Item | 2025 |\n| --- | --- |\n| Kites | 4 |\n")]
    [InlineData("# Results\n\n**Highlights**\n\n## Kites\n\nSales rose.\n")]
    public void Markdown_is_detected_from_its_content(string content) =>
        Assert.Equal(DocumentFormat.Markdown, DocumentFormatDetector.Detect(content));
}
