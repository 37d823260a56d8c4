using Taxonomy.Extraction.Loading;

namespace Taxonomy.Extraction.Tests.Stages;

/// <summary>The line index of a document: LF, CRLF and a lone CR each end a line.</summary>
public class SourceTextTests
{
    [Theory]
    [InlineData("", new[] { 0 })]
    [InlineData("one line", new[] { 0 })]
    [InlineData("a\nbc\n", new[] { 0, 2, 5 })]
    [InlineData("a\r\nbc\r\nd", new[] { 0, 3, 7 })]
    [InlineData("a\rbc\rd", new[] { 0, 2, 5 })]
    [InlineData("a\r\rb\r", new[] { 0, 2, 3, 5 })]
    [InlineData("a\n\r\nb\r\n\n", new[] { 0, 2, 4, 7, 8 })]
    public void Every_kind_of_line_break_starts_a_line(string text, int[] starts)
    {
        var source = new SourceText(text);

        Assert.Equal(starts, Enumerable.Range(0, source.LineCount).Select(source.LineStart));
    }

    [Fact]
    public void A_line_reads_without_its_break_and_an_offset_maps_to_its_line_and_column()
    {
        var source = new SourceText("first\r\nsecond\rthird\nfourth");

        Assert.Equal(["first", "second", "third", "fourth"], Enumerable.Range(0, source.LineCount).Select(source.LineText));
        var span = source.Span("first\r\nsecond\rth".Length, 3);
        Assert.Equal((3, 3), (span.Line, span.Column));
    }
}
