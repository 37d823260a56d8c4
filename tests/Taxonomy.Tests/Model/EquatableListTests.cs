namespace Taxonomy.Tests.Model;

public class EquatableListTests
{
    [Fact]
    public void Contains_compares_items_by_value()
    {
        var names = new EquatableList<QName>([new QName("gz", "Widgets"), new QName("gz", "Gadgets")]);
        Assert.True(names.Contains(new QName("gz", "Gadgets")));
        Assert.False(names.Contains(new QName("gz", "Gizmos")));
        Assert.False(EquatableList<QName>.Empty.Contains(new QName("gz", "Widgets")));
    }

    [Theory]
    [InlineData(2, "0.005")]
    [InlineData(0, "0.5")]
    [InlineData(-3, "500")]
    [InlineData(-6, "500000")]
    public void Half_unit_of_a_precision_keeps_its_scale(int decimals, string expected) =>
        Assert.Equal(expected, Decimals.Of(decimals).HalfUnit.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
