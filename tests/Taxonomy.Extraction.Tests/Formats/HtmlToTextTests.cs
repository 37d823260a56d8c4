using Taxonomy.Extraction.Formats;

namespace Taxonomy.Extraction.Tests.Formats;

public sealed class HtmlToTextTests
{
    // A fictional earnings release: Quillfeather Instruments, Inc. (figures foot: 1,250 − 700 = 550; 550 − 610 = (60)).
    private const string Release = """
        <html><head><title>Quillfeather</title><style>p { color: red }</style></head>
        <body>
        <p align="center"><b>Quillfeather&nbsp;Instruments,&nbsp;Inc.</b></p>
        <div style="display:none"><span>hidden cover data</span></div>
        <p>Quillfeather reported revenue of $1.25 million<sup>(1)</sup> for the   quarter.</p>
        <table>
          <tr><td></td><td colspan="3" align="center">Three Months Ended</td></tr>
          <tr><td></td><td colspan="2">June 30, 2031</td><td></td><td colspan="2">June 30, 2030</td></tr>
          <tr><td>Revenue<sup>2</sup></td><td>$</td><td>1,250</td><td>&nbsp;</td><td>$</td><td>1,100</td></tr>
          <tr><td>Cost&nbsp;of revenue</td><td></td><td>700</td><td></td><td></td><td>&#151;</td></tr>
          <tr style="display: none"><td>Secret</td><td>9</td></tr>
          <tr><td>&nbsp;</td><td>&nbsp;</td></tr>
          <tr><td>Operating expenses</td><td></td><td>610</td><td></td><td></td><td>&#8212;</td></tr>
          <tr><td><p>Operating</p><p>loss</p></td><td>$</td><td>(60</td><td>)</td><td>$</td><td>1,100</td></tr>
        </table>
        <p>First line<br>second line</p>
        <ul><li>One</li><li>Two</li></ul>
        <script>document.write("no")</script>
        </body></html>
        """;

    [Fact]
    public void Converts_paragraphs_and_table_rows_to_the_plain_text_form()
    {
        string[] expected =
        [
            "Quillfeather Instruments, Inc.",
            "",
            "Quillfeather reported revenue of $1.25 million for the quarter.",
            "",
            "\tThree Months Ended",
            "\tJune 30, 2031\t\t\tJune 30, 2030",
            "Revenue\t$\t1,250\t\t$\t1,100",
            "Cost of revenue\t\t700\t\t\t\u2014",
            "Operating expenses\t\t610\t\t\t\u2014",
            "Operating loss\t$\t(60\t)\t$\t1,100",
            "",
            "First line",
            "second line",
            "",
            "One",
            "Two",
        ];
        Assert.Equal(expected, HtmlToText.Convert(Release).Lines);
    }

    [Fact]
    public void Colspan_counts_as_that_many_cells()
    {
        var text = HtmlToText.Convert("<table><tr><td>A</td><td colspan=\"3\">B</td><td>C</td></tr></table>");
        Assert.Equal("A\tB\t\t\tC", text.Text);
    }

    [Fact]
    public void Every_line_has_an_offset_pointing_at_the_element_that_produced_it()
    {
        string html = "<p>Alpha</p>\n<table><tr><td>Beta</td><td>5</td></tr></table>";
        var text = HtmlToText.Convert(html, baseOffset: 1000);
        Assert.Equal(["Alpha", "", "Beta\t5"], text.Lines);
        Assert.Equal(text.Lines.Count, text.LineOffsets.Count);
        Assert.Equal(1000 + html.IndexOf("<p>", StringComparison.Ordinal), text.LineOffsets[0]);
        Assert.Equal(1000 + html.IndexOf("<tr>", StringComparison.Ordinal), text.LineOffsets[2]);
    }

    [Fact]
    public void Hidden_and_colspan_are_read_among_other_attributes_in_any_case()
    {
        string html = "<table><tr class=\"r\" ALIGN=left><td WIDTH=\"10%\" STYLE=\"font-size:9pt; DISPLAY: none\">gone</td>"
            + "<td id=a COLSPAN=\"2\" valign=top>A</td><td>B</td></tr></table><div data-x=\"1\" HIDDEN>secret</div><p class=c>Shown</p>";
        Assert.Equal(["A\t\tB", "", "Shown"], HtmlToText.Convert(html).Lines);
    }

    [Fact]
    public void Comments_scripts_and_styles_leave_no_trace_in_the_text()
    {
        string html = "<p>Net<!-- a comment -->income</p><style>p { color: red }</style><script>var s = '<p>no</p>';</script><p>Total</p>";
        Assert.Equal(["Netincome", "", "Total"], HtmlToText.Convert(html).Lines);
    }

    [Fact]
    public void Rows_of_an_implied_table_body_point_at_their_tags()
    {
        string html = "<table>\n<!-- rows --><tr><td>Cash</td><td>12</td></tr>\n<TR><td>Debt</td><td>3</td></TR></table>";
        var text = HtmlToText.Convert(html, baseOffset: 50);
        Assert.Equal(["Cash\t12", "Debt\t3"], text.Lines);
        Assert.Equal([50 + html.IndexOf("<tr>", StringComparison.Ordinal), 50 + html.IndexOf("<TR>", StringComparison.Ordinal)], text.LineOffsets);
    }

    [Fact]
    public void A_table_in_a_layout_cell_of_a_layout_cell_makes_both_outer_tables_layout()
    {
        string html = "<table><tr><td><table><tr><td>Title</td><td><table><tr><td>Cash</td><td>12</td></tr></table></td></tr></table></td></tr></table>";
        Assert.Equal(["Title", "", "Cash\t12"], HtmlToText.Convert(html).Lines);
    }

    [Fact]
    public void A_table_holding_another_table_is_read_as_layout()
    {
        string html = "<table><tr><td><p>Intro</p><table><tr><td>Cash</td><td>12</td></tr></table></td></tr></table>";
        Assert.Equal(["Intro", "", "Cash\t12"], HtmlToText.Convert(html).Lines);
    }

    [Fact]
    public void Preformatted_text_keeps_its_columns()
    {
        string html = "<pre>Cash        12\nDebt         3\n</pre>";
        Assert.Equal(["Cash        12", "Debt         3"], HtmlToText.Convert(html).Lines);
    }

    [Fact]
    public void Scripts_never_run_and_external_resources_are_not_loaded()
    {
        string html = "<p id=\"x\">Static</p><script>document.getElementById('x').textContent='Changed';</script><img src=\"http://invalid.example/x.png\">";
        Assert.Equal("Static", HtmlToText.Convert(html).Text);
    }

    [Fact]
    public void The_first_row_of_each_data_table_is_noted_even_where_no_line_between_tells_them_apart()
    {
        const string html = "<p>Quillfeather</p><table><tr><td>Revenue</td><td>1,250</td></tr><tr><td>Cost</td><td>700</td></tr></table>" +
            "<table><tr><td><table><tr><td></td><td>June 30, 2031</td></tr><tr><td>Cash</td><td>90</td></tr></table></td></tr></table>";

        var converted = HtmlToText.Convert(html);

        Assert.Equal(["Quillfeather", "", "Revenue\t1,250", "Cost\t700", "", "\tJune 30, 2031", "Cash\t90"], converted.Lines);
        Assert.Equal([2, 5], converted.TableStarts);
    }

    [Theory]
    // A caption beside both lines of a two-line header: the years stay under their columns, not in the label's place.
    [InlineData("<table><tr><td rowspan=\"2\">(In thousands)</td><td colspan=\"2\">Three Months Ended</td></tr><tr><td>2031</td><td>2030</td></tr></table>",
        new[] { "(In thousands)\tThree Months Ended", "\t2031\t2030" })]
    // A title spanning two rows in the middle: the cells after it move right in the row below.
    [InlineData("<table><tr><td>A</td><td rowspan=\"3\" colspan=\"2\">B</td><td>C</td></tr><tr><td>1</td><td>2</td></tr><tr><td>3</td><td>4</td></tr><tr><td>5</td><td>6</td></tr></table>",
        new[] { "A\tB\t\tC", "1\t\t\t2", "3\t\t\t4", "5\t6" })]
    public void A_cell_spanning_rows_keeps_its_columns_in_the_rows_below(string html, string[] lines)
    {
        Assert.Equal(lines, HtmlToText.Convert(html).Lines);
    }
}
