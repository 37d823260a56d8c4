using System.Buffers;
using System.Text;
using Taxonomy.Extraction.Formats;

namespace Taxonomy.Extraction.Tests.Formats;

/// <summary>
/// The tokenizer's buffer, rented from the shared array pool as long as the document, goes back to the pool after each parse,
/// and no tree keeps a piece of it: a tree read after the next parse (which reuses the buffer) still has its own text.
/// </summary>
public sealed class HtmlReaderBufferTests
{
    [Fact]
    public void The_tokenizer_buffer_goes_back_to_the_shared_pool_after_a_parse()
    {
        string html = Exhibit("Harbor Lantern Corp.", 400);
        HtmlReader.Parse(html);

        // The pool hands this thread the array it was given back last; a buffer never returned is a new allocation.
        long before = GC.GetAllocatedBytesForCurrentThread();
        char[] rented = ArrayPool<char>.Shared.Rent(html.Length);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        ArrayPool<char>.Shared.Return(rented);

        Assert.True(allocated < html.Length, $"renting {html.Length} chars after a parse allocated {allocated} bytes");
    }

    [Fact]
    public void A_tree_read_after_the_next_parse_keeps_its_text_and_attributes()
    {
        // Character references and attribute values are decoded into the tokenizer's buffer: the pieces the tree keeps of them
        // must be its own, not slices of a buffer the next parse writes over.
        string first = Exhibit("Harbor &amp; Lantern &lt;Corp.&gt;", 200);
        string second = Exhibit("Quill &amp; Ferry &quot;Ltd.&quot;", 200);
        HtmlTreeDocument tree = HtmlReader.Parse(first);
        List<string> read = HtmlTreeDump.Lines(tree);
        string text = HtmlToText.Read(tree).Text;

        HtmlReader.Parse(second);

        Assert.Equal(read, HtmlTreeDump.Lines(tree));
        Assert.Equal(text, HtmlToText.Read(tree).Text);
        Assert.Contains("Harbor & Lantern <Corp.>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Quill", text, StringComparison.Ordinal);
    }

    /// <summary>A fictional exhibit: a title and a table of <paramref name="rows"/> rows with styled cells and entities.</summary>
    private static string Exhibit(string company, int rows)
    {
        var html = new StringBuilder();
        html.Append("<html><body><p style=\"font-weight:bold\">").Append(company).Append(" reports results</p><table>");
        for (int i = 0; i < rows; i++)
        {
            html.Append("<tr><td style=\"padding-left:&#49;0pt\">Line item ").Append(i).Append(" &amp; other</td>")
                .Append("<td align=\"right\">$&nbsp;").Append(1000 + i).Append("</td></tr>");
        }
        return html.Append("</table></body></html>").ToString();
    }
}
