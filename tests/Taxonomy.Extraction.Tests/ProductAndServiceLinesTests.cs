using Taxonomy.Validation;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// "Revenues:" / "Product" / "Service" / "Total revenues": lines whose labels name only what is sold read with their
/// revenue caption as the goods and services revenue, when they add up to the revenue total below them. Under
/// "Cost of revenues:", "Products" and "Services" are costs, never the revenue items their labels alone name. Controls:
/// lines that do not add up, and a line naming more than products or services, stay extensions. Fictional company,
/// figures that foot.
/// </summary>
public class ProductAndServiceLinesTests
{
    private static string Line(string label, params string[] values) => label.PadRight(48) + string.Concat(values.Select(v => v.PadLeft(12))) + "\n";

    private static string Income(string revenueLines, string total, string costLines) =>
        "Tamsin Harbor Devices Inc. today reported results for the quarter ended September 30, 2031.\n\n"
        + "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n(in thousands)\n\n"
        + new string(' ', 48) + "Three Months Ended September 30,".PadLeft(24) + "\n" + new string(' ', 48) + "2031".PadLeft(12) + "2030".PadLeft(12) + "\n"
        + Line("Revenues:") + revenueLines + Line("Total revenues", total.Split(' '))
        + Line("Cost of revenues:") + costLines + Line("Total cost of revenues", "34,000", "30,500")
        + Line("Gross profit", "51,000", "42,500")
        + Line("Research and development", "20,000", "18,000") + Line("Selling, general and administrative", "16,000", "14,500")
        + Line("Total operating expenses", "36,000", "32,500") + Line("Income from operations", "15,000", "10,000")
        + Line("Provision for income taxes", "3,000", "2,000") + Line("Net income", "12,000", "8,000");

    private static readonly string ProductAndServiceCosts = Line("Product", "24,000", "21,500") + Line("Service", "10,000", "9,000");

    private static ExtractionResult Extract(string text) => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "tamsin.txt" });

    private static decimal? Value(ExtractionResult result, string localName, int year = 2031) =>
        result.Report.Facts.FirstOrDefault(f => f.Concept.LocalName == localName && f.Period.End == new DateOnly(year, 9, 30))?.NumericValue;

    [Fact]
    public void Product_and_service_lines_under_a_revenue_caption_that_foot_are_goods_and_services_revenue()
    {
        var result = Extract(Income(Line("Product", "$ 60,000", "$ 52,000") + Line("Service", "25,000", "21,000"), "85,000 73,000", ProductAndServiceCosts));

        Assert.Equal(60_000_000m, Value(result, "SalesRevenueGoodsNet"));
        Assert.Equal(21_000_000m, Value(result, "SalesRevenueServicesNet", 2030));
        Assert.Equal(85_000_000m, Value(result, "Revenues"));
        // The cost lines printed with the same labels stay the company's own cost items.
        Assert.Equal(24_000_000m, Value(result, "CostOfRevenuesProduct"));
        Assert.Equal(9_000_000m, Value(result, "CostOfRevenuesService", 2030));
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Error);
    }

    [Fact]
    public void Products_and_services_under_a_cost_caption_are_costs_not_revenue()
    {
        var result = Extract(Income(Line("Product sales", "$ 60,000", "$ 52,000") + Line("Service revenue", "25,000", "21,000"), "85,000 73,000",
            Line("Products", "24,000", "21,500") + Line("Services", "10,000", "9,000")));

        Assert.Equal(60_000_000m, Value(result, "SalesRevenueGoodsNet"));
        Assert.Equal(25_000_000m, Value(result, "SalesRevenueServicesNet"));
        Assert.Equal(24_000_000m, Value(result, "CostOfRevenuesProducts"));
        Assert.Equal(10_000_000m, Value(result, "CostOfRevenuesServices"));
        Assert.Equal(34_000_000m, Value(result, "CostOfRevenue"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "extract.duplicate-conflict");
    }

    [Fact]
    public void Product_and_service_lines_that_do_not_add_up_to_the_revenue_total_stay_extensions()
    {
        // 60,000 + 25,000 is not the 86,000 printed: a line is missing, and the two are not read as the whole revenue.
        var result = Extract(Income(Line("Product", "$ 60,000", "$ 52,000") + Line("Service", "25,000", "21,000"), "86,000 74,000", ProductAndServiceCosts));

        Assert.Null(Value(result, "SalesRevenueGoodsNet"));
        Assert.Null(Value(result, "SalesRevenueServicesNet"));
        Assert.Equal(60_000_000m, Value(result, "RevenuesProduct"));
    }

    [Fact]
    public void A_line_naming_more_than_services_stays_an_extension()
    {
        var result = Extract(Income(Line("Product", "$ 60,000", "$ 52,000") + Line("Subscription and services", "25,000", "21,000"), "85,000 73,000", ProductAndServiceCosts));

        Assert.Equal(60_000_000m, Value(result, "SalesRevenueGoodsNet"));
        Assert.Null(Value(result, "SalesRevenueServicesNet"));
        Assert.Contains(result.Report.Facts, f => f.Concept.LocalName.EndsWith("SubscriptionAndServices", StringComparison.Ordinal)
            && f.Concept.Prefix != "us-gaap" && f.NumericValue == 25_000_000m);
    }
}
