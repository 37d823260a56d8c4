using Taxonomy.Extraction.Validation;

namespace Taxonomy.Extraction.Tests.Validation;

/// <summary>Subtotals printed among a total's components, and the sign an item's leaves enter a total with.</summary>
public sealed class PrintedSubtotalTests
{
    private sealed record Line(string Name, decimal Value, bool MayBeSubtotal = true);

    private static List<string> Collapse(params Line[] printed) =>
        PrintedSubtotals.Collapse(printed.ToList(), l => l.MayBeSubtotal, l => l.Value, _ => Decimals.Of(0)).Select(l => l.Name).ToList();

    [Fact]
    public void A_line_equal_to_the_lines_directly_above_it_stands_for_them()
    {
        Assert.Equal(new[] { "cash", "net receivables", "stock" }, Collapse(new("cash", 50), new("receivables", 30), new("reserve", -4), new("net receivables", 26), new("stock", 9)));
    }

    [Fact]
    public void Two_subtotals_in_a_row_each_take_their_own_lines()
    {
        Assert.Equal(new[] { "lamps total", "wicks total", "services" },
            Collapse(new("brass", 7), new("tin", 5), new("lamps total", 12), new("cotton", 2), new("linen", 1), new("wicks total", 3), new("services", 4)));
    }

    [Fact]
    public void A_single_equal_line_or_a_line_that_may_not_be_a_subtotal_is_left_alone()
    {
        Assert.Equal(new[] { "a", "b" }, Collapse(new("a", 8), new("b", 8)));
        Assert.Equal(new[] { "a", "b", "c" }, Collapse(new("a", 3), new("b", 5), new("c", 8, MayBeSubtotal: false)));
        Assert.Equal(new[] { "a", "b", "c" }, Collapse(new("a", 3), new("b", 5), new("c", 10)));
    }

    [Fact]
    public void An_item_enters_a_total_with_the_one_sign_all_its_leaves_share()
    {
        var operatingIncome = new Dictionary<string, int> { ["Sales"] = 1, ["CostOfSales"] = -1, ["Selling"] = -1, ["Administrative"] = -1 };
        Assert.Equal(1, CondensedSummation.SignUnder(operatingIncome, new Dictionary<string, int> { ["Sales"] = 1, ["CostOfSales"] = -1 }));
        Assert.Equal(-1, CondensedSummation.SignUnder(operatingIncome, new Dictionary<string, int> { ["Selling"] = 1, ["Administrative"] = 1 }));
        Assert.Null(CondensedSummation.SignUnder(operatingIncome, new Dictionary<string, int> { ["Sales"] = 1, ["Selling"] = 1 }));
        Assert.Null(CondensedSummation.SignUnder(operatingIncome, new Dictionary<string, int> { ["Interest"] = 1 }));
    }
}
