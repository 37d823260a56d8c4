using AngleSharp.Common;
using Taxonomy.Extraction.Formats;

namespace Taxonomy.Extraction.Tests.Formats;

/// <summary>Kept attribute texts are shared strings: equal texts give one instance, and every text reads as given.</summary>
public sealed class HtmlAttributeTextTests
{
    [Fact]
    public void Equal_texts_from_different_buffers_give_one_string()
    {
        string first = HtmlAttributeText.Of(new StringOrMemory("<td style=\"font-size:8pt\">".AsMemory(11, 13)));
        string second = HtmlAttributeText.Of(new StringOrMemory("font-size:8pt".ToCharArray().AsMemory()));
        Assert.Equal("font-size:8pt", first);
        Assert.Same(first, second);
    }

    [Fact]
    public void Every_text_reads_as_given_however_many_there_are()
    {
        // More distinct texts than the cache holds, some longer than it keeps, each asked for twice.
        for (int round = 0; round < 2; round++)
        {
            for (int i = 0; i < 10_000; i++)
            {
                string text = i % 97 == 0 ? new string('x', 300) + i : "width:" + i;
                Assert.Equal(text, HtmlAttributeText.Of(new StringOrMemory(text.ToCharArray().AsMemory())));
            }
        }
        Assert.Equal("", HtmlAttributeText.Of(new StringOrMemory(ReadOnlyMemory<char>.Empty)));
    }
}
