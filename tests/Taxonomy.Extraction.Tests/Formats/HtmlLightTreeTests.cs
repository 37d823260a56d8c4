using Taxonomy.Extraction.Formats;
using Taxonomy.Testing;

namespace Taxonomy.Extraction.Tests.Formats;

/// <summary>
/// The two ways a document becomes a light HTML tree: AngleSharp's generic tree construction (<see cref="HtmlReader"/>) and a copy
/// of AngleSharp's full DOM (<see cref="HtmlDomTree"/>, for the documents the first builds wrong). Where the first builds right,
/// both give the same tree (nodes, flags, kept attributes, tag positions, listed tables) and so the same text and line offsets,
/// for malformed markup (implied end tags, foster parenting, formatting elements across cells and blocks, unclosed cells and rows,
/// nested tables, entities, odd tag names) and for every corpus file read whole. What the walk makes of some of that markup is
/// written out by hand below, for documents read either way.
/// </summary>
public sealed class HtmlLightTreeTests
{
    [Theory]
    [InlineData("<p>Alpha <b>bold<p>next</b> tail</p>")]
    [InlineData("Hello <b>x</b> world")]
    [InlineData("<html>Hello</html>")]
    [InlineData("<body>Body text<p>para</body>")]
    [InlineData("<table><tr><td>A<td>B<tr><td>C</table>")]
    [InlineData("<table><td>implied row</td></table>")]
    [InlineData("<table>foster text<tr><td>1</td></tr></table>")]
    [InlineData("<table><tr><td><table><tr><td>inner</td></tr></table></td></tr></table>")]
    [InlineData("<table><tr><td><b>bold<td>cell2</b>after</td></tr></table>")]
    [InlineData("<p><b><i>nested</b>rest</i> end</p>")]
    [InlineData("<b>1<p>2</b>3</p>")]
    [InlineData("<a href=x>link<div>block</a>tail</div>")]
    [InlineData("<table><caption>Cap</caption><thead><tr><td>H</td></tr></thead><tfoot><tr><td>F</td></tr></tfoot><tbody><tr><td>B</td></tr></tbody><tr><td>D</td></tr></table>")]
    [InlineData("<table><tfoot><tr><td>F1</td></tr></tfoot><tr><td>R1</td></tr><thead><tr><td>H1</td></tr></thead><thead><tr><td>H2</td></tr></thead></table>")]
    [InlineData("<table><tr><td colspan=\" 3\">a</td><td colspan=\"3px\">b</td><td colspan=\"+2\">c</td><td colspan=\"-1\">d</td><td colspan=\"0\">e</td><td colspan=\"2.5\">f</td><td colspan=\"\">g</td><td colspan=\"99999999999\">h</td><td colspan=\"1000\">i</td><td>j</td></tr></table>")]
    [InlineData("<table><tr><td>a<br>b</td><td>c&nbsp;d&amp;e&#151;f&#8212;g&mdash&lt;</td></tr></table>")]
    [InlineData("<pre>Cash    12")]
    [InlineData("Debt     3")]
    [InlineData("<b>Bold</b>   4</pre>")]
    [InlineData("<table><tr><td>1</td></tr></table><p>after</p><table><tr><td>2")]
    [InlineData("<div hidden>gone</div><p style=\"display: none\">gone2</p><p style=\"color:red\">kept</p>")]
    [InlineData("<table><tr style=\"DISPLAY:NONE\"><td>hidden row</td></tr><tr><td hidden>hc</td><td>v</td></tr></table>")]
    [InlineData("<svg><table><tr><td>svg table</td></tr></table></svg>")]
    [InlineData("<math><mi>x</mi><mtext><table><tr><td>in math</td></tr></table></mtext></math>")]
    [InlineData("<p>one<p>two<li>three<dt>four<dd>five")]
    [InlineData("<ul><li>a<li>b</ul><ol><li>c</ol>")]
    [InlineData("<table><tr><td>a</td><td></td><td>  </td></tr><tr><td></td></tr></table>")]
    [InlineData("<font color=red><font color=red><font color=red><font color=red>x<p>y</p></font></font></font></font>")]
    [InlineData("<b><b><b><b>deep<p>reconstruct</p>")]
    [InlineData("<table><tr><td><p>para in cell<p>second</td></tr></table>")]
    [InlineData("<div><table><tr><td>x</td></tr></div>text after broken table")]
    [InlineData("<form><table><tr><td><input type=hidden name=a><input type=text>v</td></tr></table></form>")]
    [InlineData("<frameset><frame></frameset>")]
    [InlineData("<!DOCTYPE html><html><head><title>T</title><meta charset=\"utf-8\"></head><body><p>Doc</p></body></html>")]
    [InlineData("<head><p>in head?</p></head>")]
    [InlineData("text<head>more</head><body>body</body>text2")]
    [InlineData("<table><tr><th>Head</th><td>Cell</td></tr><tr><td>x<sup>1</sup></td></tr></table>")]
    [InlineData("<p>a<nobr>b<nobr>c</nobr>d</p>")]
    [InlineData("<p>&#x200B;zero&shy;width&#xFEFF;</p>")]
    [InlineData("<p>\r\ncrlf\r\nlines</p>")]
    [InlineData("<table><tr><td>a</td></tr><tr><td>b</td></tr>")]
    [InlineData("<table><colgroup><col></colgroup><tr><td>c</td></tr></table>")]
    [InlineData("<isindex><image src=x><keygen>")]
    [InlineData("<p>x<table><tr><td>in p table</td></tr></table>")]
    [InlineData("<h1>H<h2>nested heading</h2></h1>")]
    [InlineData("<table><tr><td>a</td></tr></table></table></td></tr><p>after extra ends</p>")]
    [InlineData("<center><table><tr><td>centered<center>inner</center></td></tr></table></center>")]
    [InlineData("<table><tbody><tr><td>a</td></tbody><tbody><tr><td>b</td></tbody></table>")]
    [InlineData("<table><tr><td><table><tr><td>x</td></tr></table></td><td><table><tr><td>y</td></tr></table></td></tr></table>")]
    [InlineData("<DIV ALIGN=CENTER><FONT SIZE=2><B>UPPER</B></FONT></DIV><TABLE><TR><TD>U1<TD>U2</TABLE>")]
    [InlineData("<b>unclosed bold<table><tr><td>cell</td></tr></table>after")]
    [InlineData("<table><tr><td>a</td></tr>stray text<td>b</td></table>")]
    [InlineData("<p>a</p><script>x</script><style>y</style><noscript>ns</noscript><p>b</p>")]
    [InlineData("<table><tr><td>a<td colspan=2>b<td>c</tr><tr><td>d</table>")]
    [InlineData("<p>dup<p>dup</p></p></p>")]
    [InlineData("<a><p><a>x</a></p></a>")]
    [InlineData("<plaintext><p>plain</p>")]
    [InlineData("<xmp><p>xmp</p></xmp><p>after</p>")]
    [InlineData("<textarea><p>ta</p></textarea><p>after ta</p>")]
    [InlineData("<listing>")]
    [InlineData("list</listing>")]
    [InlineData("<p>a<hr>b</p>")]
    [InlineData("<tr><td>stray row</td></tr>")]
    [InlineData("<td>stray cell</td>")]
    [InlineData("<body><table><tr><td>a</td></tr></table><body hidden><p>second body</p>")]
    [InlineData("<html hidden><p>html attr</p>")]
    [InlineData("<p>a</br>b</p>")]
    [InlineData("<p>a<image src=x>b</p>")]
    [InlineData("<svg><foreignObject><p>fo</p></foreignObject></svg>")]
    [InlineData("</p>lonely end p")]
    [InlineData("<table><caption>c<tr><td>x</td></tr></table>")]
    [InlineData("<table><colgroup><tr><td>c</td></tr></table>")]
    [InlineData("<ul><li>one<li>two</ul><dl><dt>t<dd>d</dl>")]
    [InlineData("<table><tr><td>a</td><tr><td>b</table>")]
    [InlineData("<p><table><tr><td>in p</td></tr></table>after</p>")]
    [InlineData("<b><table><tr><td>in b</td></tr></table></b>")]
    [InlineData("<h2><p>para in heading</h2>")]
    [InlineData("<body><p>x</p></body><body><p>y</p>")]
    [InlineData("<table>loose text<tr><td>1</td></tr></table>")]
    [InlineData("<p>x<M$*%B0=(24I\nM:&EJ<W1U=G=X>7J</p>")]
    public void Builds_the_tree_of_the_full_DOM_from_malformed_markup(string html)
    {
        // A document that needed the full DOM would compare the DOM's tree with itself: these are all read from the light tree.
        Assert.False(HtmlReader.Parse(html).NeedsFullDom);
        AssertSameTrees(html);
    }

    [Theory]
    [InlineData("<p>Alpha <b>bold<p>next</b> tail</p>", new[] { "Alpha bold", "", "next tail" })]
    [InlineData("<b>1<p>2</b>3</p>", new[] { "1", "", "23" })]
    [InlineData("<table><tr><td>A<td>B<tr><td>C</table>", new[] { "A\tB", "C" })]
    [InlineData("<table><tr><td>a<td colspan=2>b<td>c</tr><tr><td>d</table>", new[] { "a\tb\t\tc", "d" })]
    [InlineData("<table><tr><td><b>bold<td>cell2</b>after</td></tr></table>", new[] { "bold\tcell2after" })]
    [InlineData("<table>loose text<tr><td>1</td></tr></table>", new[] { "loose text", "", "1" })]
    [InlineData("<div><table><tr><td>x</td></tr></div>text after broken table", new[] { "text after broken table", "", "x" })]
    [InlineData("<p>one<p>two<li>three<dt>four<dd>five", new[] { "one", "", "two", "", "three", "four", "five" })]
    [InlineData("<h1>H<h2>nested heading</h2></h1>", new[] { "H", "", "nested heading" })]
    [InlineData("<table><tr><td>a</td></tr></table></table></td></tr><p>after extra ends</p>", new[] { "a", "", "after extra ends" })]
    public void Reads_malformed_markup_as_HTML5_builds_it(string html, string[] lines)
    {
        Assert.False(HtmlReader.Parse(html).NeedsFullDom);
        Assert.Equal(lines, HtmlToText.Convert(html).Lines);
    }

    [Fact]
    public void Rows_of_unclosed_cells_point_at_their_row_tags()
    {
        string html = "<table><tr><td>A<td>B<tr><td>C</table>";
        Assert.Equal([100 + html.IndexOf("<tr>", StringComparison.Ordinal), 100 + html.LastIndexOf("<tr>", StringComparison.Ordinal)], HtmlToText.Convert(html, 100).LineOffsets);
    }

    [Theory]
    [InlineData("<table><tr><td>x</td></tr><b>moved bold</b><tr><td>y</td></tr></table>", new[] { "moved bold", "", "x", "y" })]
    [InlineData("<table><a>moved anchor<tr><td>1</td></tr></a></table>", new[] { "moved anchor", "", "1" })]
    [InlineData("<table><input type=hidden><input type=\"HIDDEN\"><input type=text><tr><td>z</td></tr></table>", new[] { "z" })]
    public void An_element_foster_parented_out_of_a_table_is_read_before_the_table(string html, string[] lines)
    {
        // AngleSharp 1.7's generic tree construction misplaces these (it finds the table by its own DOM class): the reader
        // notices and reads the document through the full DOM.
        Assert.True(HtmlReader.Parse(html).NeedsFullDom);
        Assert.Equal(lines, HtmlToText.Convert(html).Lines);
    }

    [Fact]
    public void The_rows_of_a_table_read_through_the_full_DOM_point_at_their_tags()
    {
        string html = "<p>Intro</p><table><tr><td>Cash</td><td>12</td></tr><i>note</i><tr><td>Debt</td><td>3</td></tr></table>";
        Assert.True(HtmlReader.Parse(html).NeedsFullDom);
        ConvertedText text = HtmlToText.Convert(html, 40);
        Assert.Equal(["Intro", "", "note", "", "Cash\t12", "Debt\t3"], text.Lines);
        Assert.Equal(40 + html.IndexOf("<tr>", StringComparison.Ordinal), text.LineOffsets[4]);
        Assert.Equal(40 + html.LastIndexOf("<tr>", StringComparison.Ordinal), text.LineOffsets[5]);
    }

    [Theory]
    [InlineData("<template><p>tpl</p></template><p>after template</p>", new[] { "after template" })]
    [InlineData("<select><option>1<table><tr><td>sel</td></tr></table>", new[] { "1", "", "sel" })]
    public void Selects_and_templates_are_read_through_the_full_DOM(string html, string[] lines)
    {
        // A template's content is no part of the document. AngleSharp makes the table tags in a select unknown elements: no
        // table (no row of cells), but blocks by their names.
        Assert.True(HtmlReader.Parse(html).NeedsFullDom);
        Assert.Equal(lines, HtmlToText.Convert(html).Lines);
    }

    [Theory]
    [InlineData("<template><thead>", new string[0])]
    [InlineData("<p>Before</p><template><thead><tr><td>x</td></tr></template><p>After</p>", new[] { "Before", "", "After" })]
    public void Table_markup_in_a_template_is_read_through_the_full_DOM(string html, string[] lines)
    {
        // AngleSharp 1.7's generic tree construction fails on it (a null reference in its table modes): the light tree's parse
        // stops once the document is known to need the full DOM.
        Assert.True(HtmlReader.Parse(html).NeedsFullDom);
        Assert.Equal(lines, HtmlToText.Convert(html).Lines);
    }

    [Theory]
    [InlineData("<div>", "")]
    [InlineData("<table><tr><td>", "</td></tr></table>")]
    public void Markup_nested_10000_deep_is_read_through_the_full_DOM_without_overflowing_the_stack(string open, string close)
    {
        string html = "<table><tr><td>Cash</td></tr><i>moved</i></table>" + string.Concat(Enumerable.Repeat(open, 10_000))
            + "<table><tr><td>Revenue</td><td>1,250</td></tr></table>" + string.Concat(Enumerable.Repeat(close, 10_000));
        Assert.True(HtmlReader.Parse(html).NeedsFullDom);
        // A thread with a small stack (256 KB), so that any recursion per nesting level would overflow here.
        IReadOnlyList<string>? lines = null;
        var thread = new Thread(() => lines = HtmlToText.Convert(html).Lines, 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.NotNull(lines);
        Assert.Equal(["moved", "", "Cash"], lines.Take(3));
        Assert.Contains(lines, line => line.Contains("Revenue", StringComparison.Ordinal) && line.Contains("1,250", StringComparison.Ordinal));
    }

    [SharedTheory("corpus")]
    [InlineData("corpus/press-releases/apple_2011-01-18_0001193125-11-009392_EX-99.1_dex991.htm", false)]
    [InlineData("corpus/press-releases/buckle_2024-11-22_EX-99.1_bke20241122-8kexhibit.html", false)]
    [InlineData("corpus/press-releases/caterpillar_2022-04-28_0000018230-22-000107_EX-99.1_ex991toformcat1q2022earnin.htm", false)]
    [InlineData("corpus/press-releases/oracle_2014-06-19_0001193125-14-242424_EX-99.1_d740679dex991.htm", false)]
    [InlineData("corpus/full-submissions/amazon_1998-08-12_0000891020-98-001352.txt", true)]
    [InlineData("corpus/full-submissions/apple_2011-01-18_0001193125-11-009392.txt", false)]
    [InlineData("corpus/full-submissions/caterpillar_2022-04-28_0000018230-22-000107.txt", false)]
    [InlineData("corpus/full-submissions/oracle_2014-06-19_0001193125-14-242424.txt", false)]
    [InlineData("corpus/full-submissions/sears_2004-07-22_0000891092-04-003383.txt", false)]
    [InlineData("corpus/full-submissions/southern_2005-01-25_0000092122-05-000042.txt", false)]
    [InlineData("filings/001_26c721c3275d4b3d.txt", false)]
    public void Builds_the_tree_of_the_full_DOM_from_each_corpus_file_read_whole(string file, bool needsFullDom)
    {
        // Whole files (SGML envelopes, uuencoded images, XBRL) make hostile HTML; the pipeline reads only their HTML parts.
        string html = File.ReadAllText(SharedFiles.Require(file));
        HtmlTreeDocument generic = HtmlReader.Parse(html);
        Assert.Equal(needsFullDom, generic.NeedsFullDom);
        if (!needsFullDom)
        {
            AssertSameTrees(html);
            return;
        }
        // A 1990s table of <S> and <C> tags read as HTML: the tags are foster-parented out of the table, which the generic tree
        // construction gets wrong, so the text is the full DOM's.
        HtmlTreeDocument fromDom = HtmlDomTree.Parse(html);
        Assert.Single(fromDom.Children.ToArray(), node => node is HtmlTreeElement);
        Assert.NotEqual(HtmlToText.Read(generic).Text, HtmlToText.Read(fromDom).Text);
        Assert.Equal(HtmlToText.Read(fromDom).Text, HtmlToText.Convert(html).Text);
    }

    private static void AssertSameTrees(string html)
    {
        HtmlTreeDocument generic = HtmlReader.Parse(html);
        HtmlTreeDocument fromDom = HtmlDomTree.Parse(html);
        HtmlTreeDump.AssertSame(HtmlTreeDump.Lines(fromDom), HtmlTreeDump.Lines(generic));
        ConvertedText expected = HtmlToText.Read(fromDom, 7);
        ConvertedText actual = HtmlToText.Read(generic, 7);
        Assert.Equal(expected.Text, actual.Text);
        Assert.Equal(expected.LineOffsets, actual.LineOffsets);
    }
}
