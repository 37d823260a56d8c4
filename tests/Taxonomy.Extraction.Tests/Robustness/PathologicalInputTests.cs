using Taxonomy.Extraction.Formats;
using Taxonomy.Extraction.Tables;

namespace Taxonomy.Extraction.Tests.Robustness;

/// <summary>The unit-level cases behind crashes the mutation tests found: numbers no decimal holds, and markup nested 10,000 deep.</summary>
public class PathologicalInputTests
{
    [Theory]
    [InlineData("79,228,162,514,264,337,593,543,950,336")] // decimal.MaxValue + 1: overflowed
    [InlineData("(79,228,162,514,264,337,593,543,950,336)")]
    [InlineData("1.00000000000000000000000000001")]        // 30 significant digits: a decimal would round it
    [InlineData("$ 12345678901234567890123456789012345")]
    public void A_number_a_decimal_cannot_hold_exactly_is_not_read_as_a_number(string cell)
    {
        Assert.Null(NumberParser.ParseSingle(cell, 0));
    }

    [Fact]
    public void A_400_digit_number_is_not_read_as_a_number()
    {
        Assert.Null(NumberParser.ParseSingle(Mutations.FourHundredDigits, 0));
        Assert.Null(NumberParser.ParseSingle("1e309", 0));
    }

    [Theory]
    [InlineData("9,999,999,999,999,999,999,999,999,999", "9999999999999999999999999999")]
    [InlineData("(1,234.56)", "-1234.56")]
    [InlineData("0.000000000000000000000000001", "0.000000000000000000000000001")]
    public void Numbers_within_decimal_precision_still_read_exactly(string cell, string expected)
    {
        var reading = NumberParser.ParseSingle(cell, 0);
        Assert.NotNull(reading);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), reading!.Value);
    }

    [Theory]
    [InlineData("<div>", "")]
    [InlineData("<table><tr><td>", "</td></tr></table>")]
    [InlineData("<span><b>", "")]
    public void Markup_nested_10000_deep_keeps_its_text_without_overflowing_the_stack(string open, string close)
    {
        string html = "<html><body><p>Larkspur Ceramics</p>" + string.Concat(Enumerable.Repeat(open, Mutations.NestingDepth))
            + "<table><tr><td>Revenue</td><td>1,250</td></tr></table>" + string.Concat(Enumerable.Repeat(close, Mutations.NestingDepth)) + "</body></html>";
        // A thread with a small stack (256 KB), so that any recursion per nesting level would overflow here, not only in deep hosts.
        string? text = null;
        var thread = new Thread(() => text = HtmlToText.Convert(html).Text, 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.NotNull(text);
        Assert.Contains("Larkspur Ceramics", text, StringComparison.Ordinal);
        Assert.Contains("Revenue", text, StringComparison.Ordinal);
        Assert.Contains("1,250", text, StringComparison.Ordinal);
    }
}
