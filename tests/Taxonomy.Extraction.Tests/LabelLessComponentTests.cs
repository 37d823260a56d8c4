using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A component row that lost its label is read as a child of the total that takes it only when the structure tells which
/// child: two children fit equally unless one sits in more of the total's own chain of totals. Totals of another
/// industry's network (an insurer's benefits and expenses, a bank's noninterest expense) that also hold a child say
/// nothing about this statement. Fictional company and figures that foot.
/// </summary>
public class LabelLessComponentTests
{
    private const string Statement =
        "Fernhill Instruments Corp. today reported results for its fiscal year ended December 31, 2031.\n\n" +
        "CONSOLIDATED STATEMENTS OF INCOME\n" +
        "(in thousands)\n\n" +
        "                                                        Year Ended December 31,\n" +
        "                                                               2031        2030\n" +
        "Net sales                                                     8,200       7,600\n" +
        "Cost of sales                                                 5,100       4,800\n" +
        "Gross profit                                                  3,100       2,800\n" +
        "Selling, general and administrative expenses                  1,900       1,800\n" +
        "Research and development                                        300         280\n" +
        "Total operating expenses                                      2,200       2,080\n" +
        "Operating income                                                900         720\n" +
        "Provision for income taxes                                      200         150\n" +
        "Net income                                                      700         570\n";

    private const string Year = "2031-01-01/2031-12-31";

    private static ExtractionResult Extract(string text) => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "fernhill.txt" });

    private static string WithoutLabel(string label) => Statement.Replace(label, new string(' ', label.Length), StringComparison.Ordinal);

    [Fact]
    public void An_operating_expense_that_lost_its_label_is_withheld_rather_than_read_as_the_child_other_industries_share()
    {
        var result = Extract(WithoutLabel("Research and development"));

        Assert.Null(result.Value("AmortizationOfIntangibleAssets", Year));
        Assert.Null(result.Value("ResearchAndDevelopmentExpense", Year));
        Assert.Contains(result.Findings, f => f.RuleId == Taxonomy.Extraction.Facts.Findings.Ambiguous && f.Message.Contains("fits equally", StringComparison.Ordinal));
        Assert.Equal(1_900_000m, result.Value("SellingGeneralAndAdministrativeExpense", Year));
        Assert.Equal(2_200_000m, result.Value("OperatingExpenses", Year));
    }

    [Fact]
    public void The_line_between_operating_income_and_net_income_is_still_read_as_income_tax()
    {
        var result = Extract(WithoutLabel("Provision for income taxes"));

        Assert.Equal(200_000m, result.Value("IncomeTaxExpenseBenefit", Year));
        Assert.Null(result.Value("NetIncomeLossAttributableToNoncontrollingInterest", Year));
        Assert.Equal(700_000m, result.Value("NetIncomeLoss", Year));
    }

    [Fact]
    public void Labelled_the_expense_is_read_as_research_and_development()
    {
        var result = Extract(Statement);

        Assert.Equal(300_000m, result.Value("ResearchAndDevelopmentExpense", Year));
        Assert.Null(result.Value("AmortizationOfIntangibleAssets", Year));
    }
}
