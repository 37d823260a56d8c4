namespace Taxonomy.Extraction.Tests;

/// <summary>A one-word row over a line that is no total of it keeps its own line item.</summary>
public class LoneRowOverItemTests
{
    private const string Statement =
        "HARROWGATE MEDIA PLC\nCONSOLIDATED INCOME STATEMENT\n(in millions)\n\n\tSix Months Ended June 30\n\t2031\t2030\n" +
        "Revenue\t$\t1,204\t$\t1,118\n{0}\t\t(1,011)\t\t(948)\nOperating profit\t\t193\t\t170\n";

    [Theory]
    [InlineData("Operating costs")]
    [InlineData("Operating expenses")]
    public void Revenue_over_a_single_cost_line_stays_revenue(string costs)
    {
        var result = FilingExtractor.Extract(string.Format(System.Globalization.CultureInfo.InvariantCulture, Statement, costs), new ExtractionOptions { SourceName = "harrow.txt" });
        var revenue = Assert.Single(result.Report.Facts, f => f.NumericValue == 1_204_000_000m);
        Assert.Equal("Revenues", revenue.Concept.LocalName);
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "CostOfRevenue");
    }

    [Fact]
    public void A_generic_row_alone_over_the_total_it_adds_up_to_is_still_read_under_it()
    {
        // "Other" alone over "Total other income (expense)" it equals: the total's residual item.
        const string text = "LANTERN & WICK CO.\nCONSOLIDATED STATEMENTS OF OPERATIONS\n(in thousands)\n\n\tYear Ended December 31,\n\t2031\t2030\n" +
            "Net sales\t$\t1,000\t$\t900\nCost of sales\t\t600\t\t550\nGross profit\t\t400\t\t350\nOperating expenses\t\t250\t\t240\nOperating income\t\t150\t\t110\n" +
            "Other\t\t12\t\t9\nTotal other income (expense)\t\t12\t\t9\nIncome before income taxes\t\t162\t\t119\n";
        var result = FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "lantern.txt" });
        var other = Assert.Single(result.Report.Facts, f => f.NumericValue == 12_000m && f.Concept.LocalName != "NonoperatingIncomeExpense");
        Assert.Equal("OtherNonoperatingIncomeExpense", other.Concept.LocalName);
    }
}
