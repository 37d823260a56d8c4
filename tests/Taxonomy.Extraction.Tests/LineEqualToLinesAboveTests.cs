namespace Taxonomy.Extraction.Tests;

/// <summary>
/// An operating-expense total over three extension lines and a depreciation line that happens to equal their sum in
/// one column: the condensed re-check read depreciation as the subtotal of the three and reported a calculation error
/// that was ours. The parts as printed are tried too; a total that foots in neither reading stays an error. Fictional
/// company, figures that foot.
/// </summary>
public class LineEqualToLinesAboveTests
{
    private static string Line(string label, params string[] values) => label.PadRight(44) + string.Concat(values.Select(v => v.PadLeft(13))) + "\n";

    private static string Statement(string totalOperatingExpenses) =>
        "Coldwater Ridge Resources, Inc. today reported results for the quarter ended September 30, 2031.\n\n"
        + "CONSOLIDATED STATEMENTS OF OPERATIONS\n(in thousands)\n\n"
        + new string(' ', 44) + "Three Months Ended".PadLeft(22) + "\n" + new string(' ', 44) + "September 30,".PadLeft(22) + "\n"
        + new string(' ', 44) + "2031".PadLeft(13) + "2030".PadLeft(13) + "\n"
        + Line("Revenues", "$ 70,000", "$ 64,000")
        + Line("Operating expenses:") + Line("  Field operating costs", "14,000", "12,000") + Line("  Severance taxes", "5,000", "4,500")
        + Line("  Dry hole costs", "2,000", "1,500") + Line("  Depreciation and amortization", "21,000", "18,000")
        + Line("  General and administrative", "6,000", "5,000")
        + Line("    Total operating expenses", totalOperatingExpenses, "41,000")
        + Line("Operating income", "22,000", "23,000") + Line("Income tax expense", "5,000", "5,000")
        + Line("Net income", "$ 17,000", "$ 18,000");

    private static IEnumerable<Taxonomy.Validation.ValidationFinding> CalculationErrors(string totalOperatingExpenses) =>
        FilingExtractor.Extract(Statement(totalOperatingExpenses), new ExtractionOptions { SourceName = "coldwater.txt" }).Findings
            .Where(f => f.RuleId.StartsWith("calc11.", StringComparison.Ordinal) && f.Severity == Taxonomy.Validation.Severity.Error);

    [Fact]
    public void A_line_equal_to_the_lines_above_it_is_still_a_line_of_the_total()
    {
        Assert.Empty(CalculationErrors("48,000"));
    }

    [Fact]
    public void A_total_that_foots_in_no_reading_stays_an_error()
    {
        Assert.Contains(CalculationErrors("49,000"), f => f.Message.Contains("us-gaap:OperatingExpenses", StringComparison.Ordinal));
    }
}
