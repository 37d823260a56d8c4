namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A one-word cost line printed among the lines of a costs-and-expenses total whose items do not hold its own line item
/// ("Occupancy", a bank's us-gaap:OccupancyNet, among a restaurant's costs) was moved to the total's item whose synonym
/// merely lists the word among others ("Cost of sales, buying and occupancy"), a wrong cost of sales. It is an extension
/// counted toward the total. Fictional company, figures that foot.
/// </summary>
public class OneWordLineUnderTotalTests
{
    private static string Line(string label, params string[] values) => label.PadRight(44) + string.Concat(values.Select(v => v.PadLeft(13))) + "\n";

    private static string Statement(string occupancyLabel) =>
        "Larkspur Kitchen Co. today reported results for the quarter ended June 28, 2031.\n\n"
        + "CONSOLIDATED STATEMENTS OF INCOME\n(in thousands)\n\n"
        + new string(' ', 44) + "Quarter Ended".PadLeft(20) + "\n" + new string(' ', 44) + "June 28,".PadLeft(13) + "June 29,".PadLeft(13) + "\n"
        + new string(' ', 44) + "2031".PadLeft(13) + "2030".PadLeft(13) + "\n"
        + Line("Revenues:") + Line("  Restaurant sales", "$ 90,000", "$ 85,000") + Line("  Franchise fees", "10,000", "9,000")
        + Line("    Total revenues", "100,000", "94,000")
        + Line("Costs and expenses:") + Line("  Food and packaging", "27,000", "25,500") + Line("  Crew wages", "30,000", "28,500")
        + Line("  " + occupancyLabel, "7,000", "6,800") + Line("  General and administrative", "8,000", "7,500")
        + Line("  Depreciation and amortization", "4,000", "3,700")
        + Line("    Total costs and expenses", "76,000", "72,000")
        + Line("Operating income", "24,000", "22,000") + Line("Income tax expense", "6,000", "5,500")
        + Line("Net income", "$ 18,000", "$ 16,500");

    private static ExtractionResult Extract(string occupancyLabel) =>
        FilingExtractor.Extract(Statement(occupancyLabel), new ExtractionOptions { SourceName = "larkspur.txt" });

    private static decimal? Value(ExtractionResult result, string localName) =>
        result.Report.Facts.FirstOrDefault(f => f.Concept.LocalName == localName && f.Period.End == new DateOnly(2031, 6, 28))?.NumericValue;

    [Fact]
    public void A_one_word_line_is_not_the_item_whose_long_label_lists_its_word()
    {
        var result = Extract("Occupancy");

        Assert.Null(Value(result, "CostOfGoodsAndServicesSold"));
        Assert.Contains(result.Report.Facts, f => f.Concept.Prefix != "us-gaap" && f.Concept.LocalName.Contains("Occupancy", StringComparison.Ordinal)
            && f.NumericValue == 7_000_000m && f.Period.End == new DateOnly(2031, 6, 28));
        Assert.Equal(76_000_000m, Value(result, "CostsAndExpenses"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId.StartsWith("calc11.", StringComparison.Ordinal) && f.Severity != Taxonomy.Validation.Severity.Info);
    }

    [Fact]
    public void The_line_printed_with_that_long_label_stays_cost_of_sales()
    {
        var result = Extract("Cost of sales, buying and occupancy");

        Assert.Equal(7_000_000m, Value(result, "CostOfGoodsAndServicesSold"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId.StartsWith("calc11.", StringComparison.Ordinal) && f.Severity != Taxonomy.Validation.Severity.Info);
    }
}
