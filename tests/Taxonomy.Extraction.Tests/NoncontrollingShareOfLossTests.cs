namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A loss-making company with a noncontrolling interest: "Net loss (850) / Less: net loss attributable to noncontrolling
/// interests 12 / Net loss attributable to the company (838)". The noncontrolling interests' share of a loss lessens the
/// loss, so the parent's share is the consolidated amount plus that share's size. Before, the loss-side labels of the share
/// matched no line item and the footing tested only a deduction: "Net loss" (the consolidated amount) was reported as the
/// parent's net loss, a wrong fact. Fictional company, figures that foot.
/// </summary>
public class NoncontrollingShareOfLossTests
{
    private static string Statement(string consolidated, string share, string parent, (string Now, string Before) shares, (string Now, string Before)? results = null)
    {
        var (net, parentNet, operating, tax, expenses) = results is null
            ? (("(850)", "(710)"), ("(838)", "(700)"), ("(900)", "(750)"), ("(50)", "(40)"), ("4,100", "3,650"))
            : (("850", "(710)"), ("820", "(700)"), ("1,100", "(750)"), ("250", "(40)"), ("2,100", "3,650"));
        return "Quillmark Foods Corp. today reported results for its fiscal year ended December 31, 2031.\n\n"
            + "CONSOLIDATED STATEMENTS OF OPERATIONS\n(in thousands)\n\n"
            + "                                                        Year Ended December 31,\n"
            + "                                                               2031        2030\n"
            + Line("Net sales", ("7,300", "6,800")) + Line("Cost of sales", ("4,100", "3,900")) + Line("Gross profit", ("3,200", "2,900"))
            + Line("Selling, general and administrative expenses", expenses) + Line("Operating income (loss)", operating)
            + Line("Income tax expense (benefit)", tax)
            + Line(consolidated, net) + Line(share, shares) + Line(parent, parentNet);
    }

    private static string Line(string label, (string Now, string Before) values) => label.PadRight(60) + values.Now.PadLeft(7) + values.Before.PadLeft(12) + "\n";

    private static ExtractionResult Extract(string text) => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "quillmark.txt" });

    private static decimal? Value(ExtractionResult result, string localName, int year) =>
        result.Report.Facts.FirstOrDefault(f => f.Concept.LocalName == localName && f.Period.End == new DateOnly(year, 12, 31))?.NumericValue;

    [Theory]
    [InlineData("Less: net loss attributable to noncontrolling interests", "12", "10")]
    [InlineData("Less: net loss attributable to noncontrolling interests", "(12)", "(10)")]
    [InlineData("Net loss attributable to noncontrolling interests", "12", "10")]
    public void The_parents_net_loss_is_the_consolidated_loss_less_the_noncontrolling_share_of_it(string share, string now, string before)
    {
        var result = Extract(Statement("Net loss", share, "Net loss attributable to Quillmark Foods Corp.", (now, before)));

        Assert.Equal(-838_000m, Value(result, "NetIncomeLoss", 2031));
        Assert.Equal(-700_000m, Value(result, "NetIncomeLoss", 2030));
        Assert.Equal(-850_000m, Value(result, "ProfitLoss", 2031));
        Assert.Equal(-12_000m, Value(result, "NetIncomeLossAttributableToNoncontrollingInterest", 2031));
        Assert.Equal(-10_000m, Value(result, "NetIncomeLossAttributableToNoncontrollingInterest", 2030));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.Prefix == "ext");
    }

    [Fact]
    public void A_consolidated_loss_that_lost_its_label_is_read_by_the_same_footing()
    {
        var result = Extract(Statement("", "Less: net loss attributable to noncontrolling interests", "Net loss attributable to Quillmark Foods Corp.", ("12", "10")));

        Assert.Equal(-838_000m, Value(result, "NetIncomeLoss", 2031));
        Assert.Equal(-850_000m, Value(result, "ProfitLoss", 2031));
        Assert.Equal(-12_000m, Value(result, "NetIncomeLossAttributableToNoncontrollingInterest", 2031));
    }

    [Fact]
    public void A_year_of_income_beside_a_year_of_loss_takes_each_years_share_with_its_own_sign()
    {
        var result = Extract(Statement("Net income (loss)", "Net income (loss) attributable to noncontrolling interests",
            "Net income (loss) attributable to Quillmark Foods Corp.", ("(30)", "10"), results: ("income", "loss")));

        Assert.Equal(820_000m, Value(result, "NetIncomeLoss", 2031));
        Assert.Equal(-700_000m, Value(result, "NetIncomeLoss", 2030));
        Assert.Equal(30_000m, Value(result, "NetIncomeLossAttributableToNoncontrollingInterest", 2031));
        Assert.Equal(-10_000m, Value(result, "NetIncomeLossAttributableToNoncontrollingInterest", 2030));
        Assert.Equal(850_000m, Value(result, "ProfitLoss", 2031));
    }
}
