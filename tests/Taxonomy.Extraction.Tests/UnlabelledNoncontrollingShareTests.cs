using Taxonomy.Extraction.Facts;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// The bottom of an income statement with a noncontrolling interest, "Net income / Less: net income attributable to
/// noncontrolling interests / Net income attributable to the company", with one of the three labels lost. Before, a
/// lost deduction label left "Net income" (the consolidated amount) reported as the parent's net income, a wrong fact;
/// a lost label on the last line made "Net income" a gross extension whose calculation error was ours. Fictional
/// company, figures that foot.
/// </summary>
public class UnlabelledNoncontrollingShareTests
{
    private static string Statement(string consolidated, string deduction, string parent) =>
        "Quillmark Foods Corp. today reported results for its fiscal year ended December 31, 2031.\n\n"
        + "CONSOLIDATED STATEMENTS OF INCOME\n(in thousands)\n\n"
        + "                                                        Year Ended December 31,\n"
        + "                                                               2031        2030\n"
        + Line("Net sales", "7,300", "6,800") + Line("Cost of sales", "4,100", "3,900") + Line("Gross profit", "3,200", "2,900")
        + Line("Selling, general and administrative expenses", "2,100", "1,950") + Line("Operating income", "1,100", "950")
        + Line("Income tax expense", "250", "210")
        + Line(consolidated, "850", "740") + Line(deduction, "(30)", "(25)") + Line(parent, "820", "715");

    private static string Line(string label, string now, string before) => label.PadRight(60) + now.PadLeft(7) + before.PadLeft(12) + "\n";

    private static ExtractionResult Extract(string text) => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "quillmark.txt" });

    private static decimal? Value(ExtractionResult result, string localName) =>
        result.Report.Facts.FirstOrDefault(f => f.Concept.LocalName == localName && f.Period.End == new DateOnly(2031, 12, 31))?.NumericValue;

    [Fact]
    public void A_deduction_that_lost_its_label_above_the_companys_share_is_the_noncontrolling_share()
    {
        var result = Extract(Statement("Net income", "", "Net income attributable to Quillmark Foods Corp."));

        Assert.Equal(820_000m, Value(result, "NetIncomeLoss"));
        Assert.Equal(850_000m, Value(result, "ProfitLoss"));
        Assert.Equal(30_000m, Value(result, "NetIncomeLossAttributableToNoncontrollingInterest"));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "NetIncomeLoss" && f.NumericValue is 850_000m or 740_000m);
    }

    [Fact]
    public void A_share_that_lost_its_label_under_the_noncontrolling_deduction_is_the_parents()
    {
        var result = Extract(Statement("Net income", "Less: net income attributable to noncontrolling interests", ""));

        Assert.Equal(820_000m, Value(result, "NetIncomeLoss"));
        Assert.Equal(850_000m, Value(result, "ProfitLoss"));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.Prefix == "ext");
        Assert.DoesNotContain(result.Findings, f => f.Severity == Taxonomy.Validation.Severity.Error);
    }

    [Fact]
    public void An_unlabelled_deduction_above_the_common_stockholders_share_may_be_preferred_dividends_and_is_not_the_noncontrolling_share()
    {
        var result = Extract(Statement("Net income", "", "Net income attributable to common stockholders"));

        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "NetIncomeLossAttributableToNoncontrollingInterest");
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "ProfitLoss");
    }

    [Fact]
    public void The_labelled_statement_reads_as_printed()
    {
        var result = Extract(Statement("Net income", "Less: net income attributable to noncontrolling interests", "Net income attributable to Quillmark Foods Corp."));

        Assert.Equal(820_000m, Value(result, "NetIncomeLoss"));
        Assert.Equal(850_000m, Value(result, "ProfitLoss"));
        Assert.Equal(30_000m, Value(result, "NetIncomeLossAttributableToNoncontrollingInterest"));
        // The company's share is first matched to no line item, then read as the parent's: no extension is reported.
        Assert.DoesNotContain(result.Findings, f => f.RuleId == Findings.Extension);
    }

    [Fact]
    public void A_consolidated_line_that_lost_its_label_above_the_deduction_and_the_companys_share_is_the_consolidated_amount()
    {
        var result = Extract(Statement("", "Less: net income attributable to noncontrolling interests", "Net income attributable to Quillmark Foods Corp."));

        Assert.Equal(820_000m, Value(result, "NetIncomeLoss"));
        Assert.Equal(850_000m, Value(result, "ProfitLoss"));
        // The deduction printed by its effect is a positive share once its total is known.
        Assert.Equal(30_000m, Value(result, "NetIncomeLossAttributableToNoncontrollingInterest"));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.Prefix == "ext");
    }

    [Fact]
    public void The_companys_share_under_a_labelled_consolidated_amount_and_its_deduction_is_the_parents()
    {
        var result = Extract(Statement("Net income including noncontrolling interests", "Less: net income attributable to noncontrolling interests",
            "Net income attributable to Quillmark Foods Corp."));

        Assert.Equal(820_000m, Value(result, "NetIncomeLoss"));
        Assert.Equal(850_000m, Value(result, "ProfitLoss"));
        Assert.Equal(30_000m, Value(result, "NetIncomeLossAttributableToNoncontrollingInterest"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == Findings.Extension);
    }

    [Fact]
    public void The_companys_share_that_does_not_foot_under_the_consolidated_amount_is_not_read_as_the_parents()
    {
        var text = Statement("Net income including noncontrolling interests", "Less: net income attributable to noncontrolling interests",
            "Net income attributable to Quillmark Foods Corp.").Replace("    820", "    810", StringComparison.Ordinal);

        var result = Extract(text);

        Assert.Null(Value(result, "NetIncomeLoss"));
        Assert.Contains(result.Report.Facts, f => f.Concept.Prefix == "ext" && f.NumericValue == 810_000m);
    }
}
