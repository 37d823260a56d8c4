using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A one-word row label ("Revenues", "Other") is generic only under a total it is printed as a part of. Fictional company
/// and figures; every statement foots.
/// </summary>
public class OneWordLineTests
{
    private const string Statement = """
        Harrowgate Stores, Inc. today reported results for its second quarter ended July 3, 2031.

                                 HARROWGATE STORES, INC.
                                   CONSOLIDATED INCOME
                                              13 Weeks Ended
                                           July 3,      June 28,
        (millions)                           2031         2030
        Revenues                          $ 8,800      $ 8,400
        Cost of sales                       6,300        6,000
        Selling and administrative          2,380        2,250
        Operating income                      120          150
        Interest expense                      (40)         (45)
        Other income                           36           20
        Income before income taxes            116          125
        Income taxes                           63           64
        Net income                        $    53      $    61
        """;

    private static ExtractionResult Extract(string text) => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "harrowgate.txt" });

    [Fact]
    public void A_revenue_line_over_costs_that_have_parts_is_the_revenue_line()
    {
        // Selling and administrative expense has parts in the taxonomy, but it is printed as a line, not as the total of
        // the revenue and cost rows above it.
        var result = Extract(Statement);
        Assert.Equal(8_800_000_000m, result.Value("Revenues", "2031-04-04/2031-07-03"));
        Assert.Equal(8_400_000_000m, result.Value("Revenues", "2030-03-30/2030-06-28"));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.Prefix != "us-gaap" && f.Concept.Prefix != "dei");
        Assert.DoesNotContain(result.Findings, f => f.Severity == Taxonomy.Validation.Severity.Error);
    }

    [Fact]
    public void A_one_word_line_added_into_the_total_below_it_is_read_under_that_total()
    {
        // "Other" printed among the costs, right under a line whose item has parts (selling and administrative), is the
        // costs' residual item, not the nonoperating "Other" its word also names.
        string costs = Statement
            .Replace("Selling and administrative          2,380        2,250\n",
                "Selling and administrative          2,300        2,200\nOther                                  80           50\nTotal costs and expenses            8,680        8,250\n",
                StringComparison.Ordinal);
        Assert.NotEqual(Statement, costs);
        var result = Extract(costs);
        Assert.Equal(8_680_000_000m, result.Value("CostsAndExpenses", "2031-04-04/2031-07-03"));
        Assert.Equal(80_000_000m, result.Value("OtherCostAndExpenseOperating", "2031-04-04/2031-07-03"));
        Assert.Null(result.Value("OtherNonoperatingIncomeExpense", "2031-04-04/2031-07-03"));
        Assert.Equal(36_000_000m, result.Value("NonoperatingIncomeExpense", "2031-04-04/2031-07-03"));
        Assert.DoesNotContain(result.Findings, f => f.Severity == Taxonomy.Validation.Severity.Error);
    }
}
