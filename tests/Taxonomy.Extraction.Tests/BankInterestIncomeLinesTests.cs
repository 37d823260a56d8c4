namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A bank's statement of income prints its interest income by source under an "Interest income:" caption, with short
/// labels ("Securities", "Deposits with other banks") that name the item only together with the caption. They were
/// extensions. Fictional bank, figures that foot.
/// </summary>
public class BankInterestIncomeLinesTests
{
    private static string Line(string label, params string[] values) => label.PadRight(48) + string.Concat(values.Select(v => v.PadLeft(12))) + "\n";

    private static readonly string Statement =
        "Pellmoor Bancorp, Inc. today announced net income for the quarter ended September 30, 2031.\n\n"
        + "CONSOLIDATED STATEMENTS OF INCOME\n(Dollars in thousands)\n\n"
        + new string(' ', 48) + "Three Months Ended September 30,".PadLeft(24) + "\n" + new string(' ', 48) + "2031".PadLeft(12) + "2030".PadLeft(12) + "\n"
        + Line("Interest income:") + Line("  Loans, including fees", "18,400", "16,900") + Line("  Securities", "2,100", "1,900")
        + Line("  Deposits with other banks", "300", "250") + Line("     Total interest income", "20,800", "19,050")
        + Line("Interest expense:") + Line("  Deposits", "5,200", "3,900") + Line("  Borrowings", "800", "700")
        + Line("     Total interest expense", "6,000", "4,600") + Line("Net interest income", "14,800", "14,450")
        + Line("Noninterest expense", "9,000", "8,450") + Line("Income before income taxes", "5,800", "6,000")
        + Line("Income tax expense", "1,200", "1,250") + Line("Net income", "4,600", "4,750");

    [Fact]
    public void Interest_income_by_source_is_read_with_its_caption()
    {
        var result = FilingExtractor.Extract(Statement, new ExtractionOptions { SourceName = "pellmoor.txt" });
        decimal? Value(string localName) => result.Report.Facts.FirstOrDefault(f => f.Concept.LocalName == localName && f.Period.End == new DateOnly(2031, 9, 30))?.NumericValue;

        Assert.Equal(2_100_000m, Value("InterestAndDividendIncomeSecurities"));
        Assert.Equal(300_000m, Value("InterestIncomeDepositsWithFinancialInstitutions"));
        Assert.Equal(18_400_000m, Value("InterestAndFeeIncomeLoansAndLeases"));
        Assert.Equal(5_200_000m, Value("InterestExpenseDeposits"));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.Prefix != "us-gaap" && f.Concept.Prefix != "dei");
    }
}
