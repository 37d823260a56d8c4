using Taxonomy.Statements;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A statement is reported for the columns the document prints as that statement, or that hold amounts no statement's
/// table prints (stated only in the prose): an income statement's net income does not make a cash flow statement of a
/// release that prints none. Fictional company and figures.
/// </summary>
public class PresentedStatementTests
{
    private const string Opening = "Larkspur Tanning Co. reported results for the quarter ended March 31, 2031.\n\n";

    private const string Income = "CONDENSED STATEMENTS OF INCOME\n(in thousands)\n" +
        "\tThree Months Ended March 31,\n\t2031\t2030\n" +
        "Revenue\t4,000\t3,600\nOperating expenses\t3,100\t2,900\nOperating income\t900\t700\n" +
        "Income tax expense\t200\t150\nNet income\t700\t550\n\n";

    private static ExtractionResult Extract(string text) => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "larkspur.txt" });

    [Fact]
    public void An_income_statement_only_release_has_no_cash_flow_statement()
    {
        var result = Extract(Opening + Income);
        Assert.Equal(2, result.Statements.OfType<IncomeStatement>().Count());
        Assert.Empty(result.Statements.OfType<CashFlowStatement>());
    }

    [Fact]
    public void A_printed_cash_flow_statement_is_reported()
    {
        // Control: the cash flow statement the document prints, starting from the same net income, is reported.
        string cashFlow = "CONDENSED STATEMENTS OF CASH FLOWS\n(in thousands)\n" +
            "\tThree Months Ended March 31,\n\t2031\t2030\n" +
            "Net income\t700\t550\nDepreciation\t100\t90\nNet cash provided by operating activities\t800\t640\n\n";
        var result = Extract(Opening + Income + cashFlow);
        Assert.Equal(2, result.Statements.OfType<CashFlowStatement>().Count());
        Assert.All(result.Statements.OfType<CashFlowStatement>(), s => Assert.NotNull(s.NetIncomeLoss));
    }

    [Fact]
    public void Amounts_stated_only_in_prose_make_an_income_statement_but_no_cash_flow_statement()
    {
        // Control: a release with no tables still reports the amounts its prose states, once.
        var result = Extract("Larkspur Tanning Co. reported results for the quarter ended March 31, 2031. "
            + "Net income for the quarter was $7.4 million, compared with $5.5 million in the same period last year.\n");
        Assert.Contains(result.Statements.OfType<IncomeStatement>(), s => s.NetIncomeLoss?.Value == 7_400_000m);
        Assert.Empty(result.Statements.OfType<CashFlowStatement>());
    }
}
