using Taxonomy.Validation;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// Statements that print costs positive and the items running the other way in parentheses: "Interest income (100)"
/// among the charges between operating income and pre-tax income, "Gain on sale of equipment (400)" among operating
/// expenses, "Loss on extinguishment of debt (300)" among other income. Read as printed, each was a negative income, gain
/// or loss; its total foots only with it read the other way. Also a ratio row ("Gross margin 40.4 %") whose percentages
/// are not amounts: it is no caption of the rows under it. Fictional company, figures that foot.
/// </summary>
public class ChargesAndGainsSignTests
{
    private static string Line(string label, params string[] values) => label.PadRight(56) + string.Concat(values.Select(v => v.PadLeft(12))) + "\n";

    private static string Income(string operatingLines, string operatingTotal, string operatingIncome, string belowOperating, string pretax, string tax, string net) =>
        "Harrowgate Tools Corp. today reported results for the quarter ended December 31, 2031.\n\n"
        + "CONSOLIDATED STATEMENTS OF INCOME\n(in thousands)\n\n"
        + new string(' ', 56) + "Three Months Ended December 31,".PadLeft(24) + "\n" + new string(' ', 56) + "2031".PadLeft(12) + "2030".PadLeft(12) + "\n"
        + Line("Net sales", "$ 52,000", "$ 48,000") + Line("Cost of sales", "31,000", "29,500") + Line("Gross profit", "21,000", "18,500")
        + Line("Gross margin", "40.4 %", "38.5 %")
        + Line("Selling, general and administrative expenses", "12,000", "11,200") + Line("Research and development", "2,500", "2,300")
        + operatingLines + Line("Total operating expenses", operatingTotal.Split(' ')) + Line("Operating income", operatingIncome.Split(' '))
        + belowOperating + Line("Income before income taxes", pretax.Split(' ')) + Line("Provision for income taxes", tax.Split(' '))
        + Line("Net income", net.Split(' '));

    private static readonly string GainAmongOperatingExpenses = Income(
        Line("Restructuring charges", "1,200", "-") + Line("Gain on sale of property, plant and equipment", "(400)", "-"),
        "15,300 13,500", "5,700 5,000", Line("Interest expense", "800", "900"), "4,900 4,100", "1,225 1,025", "3,675 3,075");

    private static ExtractionResult Extract(string text) => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "harrowgate.txt" });

    private static decimal? Value(ExtractionResult result, string localName, int year = 2031) =>
        result.Report.Facts.FirstOrDefault(f => f.Concept.LocalName == localName && f.Period.End == new DateOnly(year, 12, 31))?.NumericValue;

    private static void NoCalculationErrors(ExtractionResult result) =>
        Assert.DoesNotContain(result.Findings, f => f.RuleId.StartsWith("calc11.", StringComparison.Ordinal) && f.Severity != Severity.Info);

    [Fact]
    public void Interest_income_in_parentheses_among_charges_is_income()
    {
        var result = Extract(Income(Line("Restructuring charges", "1,200", "-"), "15,700 13,500", "5,300 5,000",
            Line("Interest expense", "800", "900") + Line("Interest income", "(100)", "(50)"), "4,600 4,150", "1,150 1,050", "3,450 3,100"));

        Assert.Equal(100_000m, Value(result, "InvestmentIncomeInterest"));
        Assert.Equal(50_000m, Value(result, "InvestmentIncomeInterest", 2030));
        Assert.Equal(800_000m, Value(result, "InterestExpense"));
        Assert.Contains(result.Findings, f => f.RuleId == "extract.sign-by-effect" && f.Message.Contains("'Interest income'", StringComparison.Ordinal));
        NoCalculationErrors(result);
    }

    [Fact]
    public void Interest_income_in_parentheses_that_foots_as_printed_stays_negative()
    {
        // 5,300 − 800 − 100 = 4,400: the total says the figure is a negative income.
        var result = Extract(Income(Line("Restructuring charges", "1,200", "-"), "15,700 13,500", "5,300 5,000",
            Line("Interest expense", "800", "900") + Line("Interest income", "(100)", "(50)"), "4,400 4,050", "1,100 1,000", "3,300 3,050"));

        Assert.Equal(-100_000m, Value(result, "InvestmentIncomeInterest"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "extract.sign-by-effect" && f.Message.Contains("'Interest income'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_of_both_directions_in_parentheses_keeps_its_sign()
    {
        // "Other income (expense), net" may be negative: its parentheses are its value even where the total would foot the other way.
        var result = Extract(Income(Line("Restructuring charges", "1,200", "-"), "15,700 13,500", "5,300 5,000",
            Line("Interest expense", "800", "900") + Line("Other income (expense), net", "(100)", "(50)"), "4,600 4,150", "1,150 1,050", "3,450 3,100"));

        Assert.NotEqual(100_000m, Value(result, "OtherNonoperatingIncomeExpense"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "extract.sign-by-effect" && f.Message.Contains("Other income", StringComparison.Ordinal));
    }

    [Fact]
    public void A_gain_in_parentheses_among_operating_expenses_is_a_gain_the_total_subtracts()
    {
        var result = Extract(GainAmongOperatingExpenses);

        var gain = Assert.Single(result.Report.Facts, f => f.Concept.LocalName.Contains("GainOnSale", StringComparison.Ordinal));
        Assert.Equal(400_000m, gain.NumericValue);
        Assert.Equal(15_300_000m, Value(result, "OperatingExpenses"));
        NoCalculationErrors(result);
    }

    [Fact]
    public void A_loss_in_parentheses_among_other_income_is_a_loss_the_total_subtracts()
    {
        var result = Extract(Income(Line("Restructuring charges", "1,200", "-"), "15,700 13,500", "5,300 5,000",
            Line("Other income (expense):") + Line("  Interest income", "500", "400") + Line("  Loss on early retirement of notes", "(300)", "-")
            + Line("Total other income (expense), net", "200", "400"), "5,500 5,400", "1,375 1,350", "4,125 4,050"));

        var loss = Assert.Single(result.Report.Facts, f => f.Concept.LocalName.Contains("LossOnEarlyRetirement", StringComparison.Ordinal));
        Assert.Equal(300_000m, loss.NumericValue);
        Assert.Equal(500_000m, Value(result, "InvestmentIncomeInterest"));
        NoCalculationErrors(result);
    }

    [Fact]
    public void A_ratio_row_is_no_caption_of_the_rows_under_it()
    {
        var result = Extract(GainAmongOperatingExpenses);

        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName.StartsWith("GrossMargin", StringComparison.Ordinal));
        Assert.Contains(result.Report.Facts, f => f.Concept.LocalName == "GainOnSaleOfPropertyPlantAndEquipment");
        Assert.Equal(12_000_000m, Value(result, "SellingGeneralAndAdministrativeExpense"));
    }
}
