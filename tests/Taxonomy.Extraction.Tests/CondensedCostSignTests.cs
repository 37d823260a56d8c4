using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// An income statement that prints its costs as one line in parentheses, by their effect on operating profit ("Revenue /
/// Operating costs (1,011) / Operating profit"), where the taxonomy's operating income adds up the individual costs and
/// the one line (costs and expenses) is a total of them. Fictional company and figures that foot.
/// </summary>
public class CondensedCostSignTests
{
    private const string Opening =
        "LEEDS, July 28, 2031 -- Harrowgate Media Inc. (NYSE: HGM) reported results for the six months ended June 30, 2031.\n\n";

    private const string Statement =
        "                     CONSOLIDATED STATEMENTS OF INCOME\n" +
        "                          (In millions)\n" +
        "                                     Six Months Ended June 30,\n" +
        "                                        2031          2030\n" +
        "Revenue                            $   1,204     $   1,118\n" +
        "Operating costs                       (1,011)         (948)\n" +
        "Operating profit                         193           170\n";

    private const string Half = "2031-01-01/2031-06-30";
    private const string PriorHalf = "2030-01-01/2030-06-30";

    private static ExtractionResult Extract(string text) => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "harrowgate.txt" });

    [Fact]
    public void Costs_printed_as_one_line_by_their_effect_are_reported_as_positive_costs()
    {
        var result = Extract(Opening + Statement);

        Assert.Equal(1_011_000_000m, result.Value("CostsAndExpenses", Half));
        Assert.Equal(948_000_000m, result.Value("CostsAndExpenses", PriorHalf));
        Assert.Equal(193_000_000m, result.Value("OperatingIncomeLoss", Half));
        Assert.DoesNotContain(result.Findings, f => f.RuleId.StartsWith("calc11.summation", StringComparison.Ordinal) && f.Severity == Taxonomy.Validation.Severity.Error);
    }

    [Fact]
    public void Costs_printed_by_their_value_keep_their_sign()
    {
        var result = Extract(Opening + Statement.Replace("(1,011)", " 1,011 ", StringComparison.Ordinal).Replace("(948)", " 948 ", StringComparison.Ordinal));

        Assert.Equal(1_011_000_000m, result.Value("CostsAndExpenses", Half));
        Assert.Equal(948_000_000m, result.Value("CostsAndExpenses", PriorHalf));
    }
}
