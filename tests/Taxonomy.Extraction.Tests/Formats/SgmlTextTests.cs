using Taxonomy.Extraction.Formats;

namespace Taxonomy.Extraction.Tests.Formats;

public sealed class SgmlTextTests
{
    [Fact]
    public void Removes_table_tags_and_page_markers_but_keeps_columns()
    {
        string text = string.Join("\r\n",
            "Heron Ledger Co.",
            "<PAGE>   2",
            "<TABLE>",
            "<CAPTION>",
            "                      1997      1996",
            "</CAPTION>",
            "<S>                   <C>       <C>",
            "Cash                  $ 40      $ 30",
            "</TABLE>",
            "");
        Assert.Equal(
            ["Heron Ledger Co.", "                      1997      1996", "Cash                  $ 40      $ 30"],
            SgmlText.Clean(text).Lines);
    }

    [Fact]
    public void A_tag_inside_a_line_becomes_spaces_of_its_width()
    {
        Assert.Equal("   Cash       12", SgmlText.Clean("<S>Cash    <C>12").Text);
    }

    [Fact]
    public void Lower_case_markup_is_left_alone()
    {
        Assert.Equal("<table><tr><td>1</td></tr></table>", SgmlText.Clean("<table><tr><td>1</td></tr></table>").Text);
    }
}
