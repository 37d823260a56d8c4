using System.Globalization;

namespace Taxonomy.Tests.Model;

public class DecimalLexicalTests
{
    [Theory]
    [InlineData("-9397000", "-9397000")]
    [InlineData("-0.19", "-0.19")]
    [InlineData("1.50", "1.5")]
    [InlineData("100", "100")]
    [InlineData("100.000", "100")]
    [InlineData("0.00", "0")]
    [InlineData("-0.0", "0")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    public void Format_is_canonical(string value, string expected)
    {
        Assert.Equal(expected, DecimalLexical.Format(decimal.Parse(value, CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("+5", "5")]
    [InlineData("-0.19", "-0.19")]
    [InlineData("007.50", "7.5")]
    [InlineData(".5", "0.5")]
    [InlineData("5.", "5")]
    public void TryParse_reads_xs_decimal(string text, string expected)
    {
        Assert.True(DecimalLexical.TryParse(text, out var value));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1e3")]
    [InlineData("1,000")]
    [InlineData(" 1")]
    [InlineData(".")]
    [InlineData("-")]
    [InlineData("1.2.3")]
    [InlineData("NaN")]
    [InlineData("1.00000000000000000000000000001")]
    [InlineData("79228162514264337593543950336")]
    public void TryParse_refuses_other_forms_and_values_it_would_round(string text)
    {
        Assert.False(DecimalLexical.TryParse(text, out _));
        Assert.Throws<FormatException>(() => DecimalLexical.Parse(text));
    }

    [Fact]
    public void Format_and_parse_ignore_the_current_culture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("fr-FR");
            Assert.Equal("-1234.5", DecimalLexical.Format(-1234.5m));
            Assert.True(DecimalLexical.TryParse("-1234.5", out var value));
            Assert.Equal(-1234.5m, value);
            Assert.False(DecimalLexical.TryParse("-1234,5", out _));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
