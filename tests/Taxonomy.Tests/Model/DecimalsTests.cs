namespace Taxonomy.Tests.Model;

public class DecimalsTests
{
    [Theory]
    [InlineData(-6, "500000")]
    [InlineData(-3, "500")]
    [InlineData(0, "0.5")]
    [InlineData(2, "0.005")]
    [InlineData(-29, "50000000000000000000000000000")]
    public void HalfUnit_is_half_of_ten_to_minus_decimals(int decimals, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Decimals.Of(decimals).HalfUnit);
    }

    [Fact]
    public void HalfUnit_saturates_for_extreme_decimals_instead_of_overflowing_or_looping()
    {
        Assert.Equal(decimal.MaxValue, Decimals.Of(-30).HalfUnit);
        Assert.Equal(decimal.MaxValue, Decimals.Of(int.MinValue).HalfUnit);
        Assert.Equal(0m, Decimals.Of(40).HalfUnit);
        Assert.Equal(0m, Decimals.Of(int.MaxValue).HalfUnit);
        Assert.Equal(0m, Decimals.Infinite.HalfUnit);
    }

    [Fact]
    public void Parse_reads_integers_and_INF_and_rejects_anything_else()
    {
        Assert.Equal(Decimals.Of(-3), Decimals.Parse("-3"));
        Assert.Equal(Decimals.Infinite, Decimals.Parse("INF"));
        Assert.Throws<FormatException>(() => Decimals.Parse("inf"));
        Assert.Throws<FormatException>(() => Decimals.Parse("2.5"));
        Assert.Throws<FormatException>(() => Decimals.Parse("99999999999"));
    }

    [Fact]
    public void Infinite_is_the_most_precise()
    {
        Assert.True(Decimals.Infinite.CompareTo(Decimals.Of(100)) > 0);
        Assert.Equal(Decimals.Of(-3), Decimals.Min(Decimals.Of(-3), Decimals.Infinite));
        Assert.NotEqual(Decimals.Of(0), Decimals.Infinite);
        Assert.Throws<InvalidOperationException>(() => Decimals.Infinite.Value);
        Assert.Equal("INF", Decimals.Infinite.ToString());
        Assert.Equal("-3", Decimals.Of(-3).ToString());
    }
}
