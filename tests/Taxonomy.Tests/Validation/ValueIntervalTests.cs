using Taxonomy.Validation;

namespace Taxonomy.Tests.Validation;

public class ValueIntervalTests
{
    [Fact]
    public void Interval_of_a_rounded_value_spans_half_a_unit_either_side()
    {
        Assert.Equal(new ValueInterval(43_878_500, 43_879_500), ValueInterval.Of(43_879_000, -3));
        Assert.Equal(new ValueInterval(-0.195m, -0.185m), ValueInterval.Of(-0.19m, 2));
        Assert.Equal(new ValueInterval(7, 7), ValueInterval.Of(7, Decimals.Infinite));
    }

    [Fact]
    public void Negative_weight_swaps_the_ends()
    {
        Assert.Equal(new ValueInterval(-20, -10), new ValueInterval(10, 20).Times(-1));
    }

    [Fact]
    public void Overlap_includes_touching_ends()
    {
        Assert.True(new ValueInterval(0, 1).Overlaps(new ValueInterval(1, 2)));
        Assert.False(new ValueInterval(0, 1).Overlaps(new ValueInterval(1.0000001m, 2)));
        Assert.Equal(new ValueInterval(1, 1), new ValueInterval(0, 1).Intersect(new ValueInterval(1, 2)));
        Assert.Null(new ValueInterval(0, 1).Intersect(new ValueInterval(2, 3)));
    }

    [Fact]
    public void Very_imprecise_values_saturate_instead_of_overflowing()
    {
        var interval = ValueInterval.Of(-1m, Decimals.Of(-40));
        Assert.Equal(new ValueInterval(decimal.MinValue, decimal.MaxValue - 1m), interval);
        var sum = ValueInterval.Of(decimal.MaxValue, 0) + ValueInterval.Of(decimal.MaxValue, 0);
        Assert.Equal(decimal.MaxValue, sum.High);
        Assert.Equal(decimal.MaxValue, new ValueInterval(1, decimal.MaxValue).Times(2).High);
    }
}
