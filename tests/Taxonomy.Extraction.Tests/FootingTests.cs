using Taxonomy.Extraction.Facts;

namespace Taxonomy.Extraction.Tests;

/// <summary>The footing the row rewrites check: rows above a total adding up to it, a share taken off or added back.</summary>
public class FootingTests
{
    // Rows: 0 consolidated, 1 the noncontrolling share, 2 the parent's share; one column.
    private static Func<int, int, decimal?> Column(params decimal?[] rows) => (row, _) => rows[row];

    [Theory]
    [InlineData(960, 12, 948)]   // a share of income lessens the amount
    [InlineData(-850, 12, -838)] // a share of a loss lessens the loss
    [InlineData(-850, -12, -838)] // printed with either sign
    public void A_share_is_taken_off_or_added_back_whichever_foots(int consolidated, int share, int parent)
    {
        Assert.True(Footing.WherePrinted(Column(consolidated, share, parent), 1, 2, [new(0), new(1, Share: true)]));
    }

    [Fact]
    public void A_share_that_neither_way_foots_does_not()
    {
        Assert.False(Footing.WherePrinted(Column(960, 12, 950), 1, 2, [new(0), new(1, Share: true)]));
    }

    [Fact]
    public void A_footing_with_two_shares_is_refused_as_a_mistake_in_the_rule()
    {
        Assert.Throws<ArgumentException>(() => Footing.WherePrinted(Column(960, 12, 948), 1, 2, [new(0, Share: true), new(1, Share: true)]));
        Assert.Throws<ArgumentException>(() => Footing.InEveryColumn(Column(960, 12, 948), 1, 2, [new(0, Share: true), new(1, Share: true)]));
    }

    [Fact]
    public void A_column_where_the_total_prints_nothing_is_not_checked_but_one_column_must_be()
    {
        Func<int, int, decimal?> value = (row, column) => column == 0 ? null : new decimal?[] { 960, 12, 948 }[row];
        Assert.True(Footing.WherePrinted(value, 2, 2, [new(0), new(1, Share: true)]));
        Assert.False(Footing.WherePrinted((_, _) => null, 2, 2, [new(0), new(1, Share: true)]));
    }
}
