using Taxonomy.Extraction.Tests.Support;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A statement of comprehensive income that splits comprehensive income between the noncontrolling interests and the
/// parent ("Comprehensive income / Less: comprehensive income attributable to noncontrolling interests / Comprehensive
/// income attributable to &lt;the company&gt;") withheld the consolidated line and left the other two as extensions; a
/// combined statement that also splits its net income reported the consolidated comprehensive income as the parent's,
/// with two calculation errors. The three lines are now the consolidated comprehensive income, the noncontrolling
/// interests' share and the parent's, when they foot; otherwise none of them is reported. Fictional company, figures
/// that foot.
/// </summary>
public class ComprehensiveIncomeNoncontrollingInterestsTests
{
    private static string Line(string label, string now, string before) => label.PadRight(70) + now.PadLeft(10) + before.PadLeft(10) + "\n";

    private const string Opening = "Ostrander Kilnworks, Inc. today reported results for its fiscal year ended December 31, 2031.\n\n";

    private static readonly string Header = new string(' ', 70) + "Year Ended December 31,".PadLeft(20) + "\n" + new string(' ', 70) + "2031".PadLeft(10) + "2030".PadLeft(10) + "\n";

    private const string Year = "2031-01-01/2031-12-31";

    private const string PriorYear = "2030-01-01/2030-12-31";

    private const string Consolidated = "ComprehensiveIncomeNetOfTaxIncludingPortionAttributableToNoncontrollingInterest";

    private const string Share = "ComprehensiveIncomeNetOfTaxAttributableToNoncontrollingInterest";

    private const string Parent = "ComprehensiveIncomeNetOfTax";

    private static ExtractionResult Extract(string text, string name = "ostrander.txt") => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = name });

    private static string Comprehensive(string parentNow = "1,163", string shareNow = "(37)") =>
        Opening + "CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME\n(in thousands)\n\n" + Header
        + Line("Net income", "1,260", "1,105") + Line("Other comprehensive income (loss), net of tax:", "", "")
        + Line("Foreign currency translation adjustments", "(75)", "42")
        + Line("Unrealized gains (losses) on cash flow hedges", "15", "(7)")
        + Line("Other comprehensive income (loss)", "(60)", "35") + Line("Comprehensive income", "1,200", "1,140")
        + Line("Less: comprehensive income attributable to noncontrolling interests", shareNow, "(41)")
        + Line("Comprehensive income attributable to Ostrander Kilnworks, Inc.", parentNow, "1,099");

    [Fact]
    public void The_three_lines_of_a_split_that_foots_are_the_consolidated_the_noncontrolling_and_the_parents_comprehensive_income()
    {
        var result = Extract(Comprehensive());

        Assert.Equal(1_200_000m, result.Value(Consolidated, Year));
        Assert.Equal(37_000m, result.Value(Share, Year));
        Assert.Equal(1_163_000m, result.Value(Parent, Year));
        Assert.Equal(1_140_000m, result.Value(Consolidated, PriorYear));
        Assert.Equal(41_000m, result.Value(Share, PriorYear));
        Assert.Equal(1_099_000m, result.Value(Parent, PriorYear));
        Assert.Equal(1_260_000m, result.Value("ProfitLoss", Year));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.Prefix == "ext");
        Assert.DoesNotContain(result.Findings, f => f.Severity != Severity.Info && f.RuleId.StartsWith("calc11", StringComparison.Ordinal));
    }

    [Fact]
    public void A_share_printed_without_parentheses_under_less_is_the_same_share()
    {
        var result = Extract(Comprehensive(shareNow: "37"));

        Assert.Equal(37_000m, result.Value(Share, Year));
        Assert.Equal(1_163_000m, result.Value(Parent, Year));
    }

    [Fact]
    public void An_html_split_is_read_the_same()
    {
        static string Row(string label, string now, string before) => $"<tr><td>{label}</td><td>$</td><td>{now}</td><td>$</td><td>{before}</td></tr>\n";
        string html = "<html><body><p>Ostrander Kilnworks, Inc. today reported results for its fiscal year ended December 31, 2031.</p>\n"
            + "<p><b>CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME</b></p><p>(in thousands)</p>\n<table>\n"
            + "<tr><td></td><td colspan=\"4\">Year Ended December 31,</td></tr>\n<tr><td></td><td colspan=\"2\">2031</td><td colspan=\"2\">2030</td></tr>\n"
            + Row("Net income", "1,260", "1,105") + Row("Other comprehensive income (loss):", "", "")
            + Row("Foreign currency translation adjustments", "(60)", "35")
            + Row("Total other comprehensive income (loss)", "(60)", "35") + Row("Comprehensive income", "1,200", "1,140")
            + Row("Less: comprehensive income attributable to noncontrolling interests", "(37)", "(41)")
            + Row("Comprehensive income attributable to Ostrander Kilnworks, Inc.", "1,163", "1,099")
            + "</table></body></html>";

        var result = Extract(html, "ostrander.htm");

        Assert.Equal(1_200_000m, result.Value(Consolidated, Year));
        Assert.Equal(37_000m, result.Value(Share, Year));
        Assert.Equal(1_163_000m, result.Value(Parent, Year));
        Assert.Equal(1_099_000m, result.Value(Parent, PriorYear));
    }

    [Fact]
    public void A_combined_statement_splitting_net_income_and_comprehensive_income_reports_each_owners_share()
    {
        // The noncontrolling interests' comprehensive income (37) is not their net income (40): they have other
        // comprehensive income of their own, so the parent's comprehensive income is not its net income plus the
        // consolidated other comprehensive income.
        var result = Extract(Opening + "CONSOLIDATED STATEMENTS OF INCOME AND COMPREHENSIVE INCOME\n(in thousands, except per share amounts)\n\n" + Header
            + Line("Revenue", "20,000", "18,000") + Line("Cost of revenue", "12,000", "11,000") + Line("Gross profit", "8,000", "7,000")
            + Line("Operating expenses", "6,320", "5,530") + Line("Income before income taxes", "1,680", "1,470")
            + Line("Income tax expense", "420", "365") + Line("Net income", "1,260", "1,105")
            + Line("Less: net income attributable to noncontrolling interests", "(40)", "(38)")
            + Line("Net income attributable to Ostrander Kilnworks, Inc.", "1,220", "1,067")
            + Line("Other comprehensive income (loss):", "", "")
            + Line("Foreign currency translation adjustments", "(60)", "35")
            + Line("Other comprehensive income (loss)", "(60)", "35") + Line("Comprehensive income", "1,200", "1,140")
            + Line("Less: comprehensive income attributable to noncontrolling interests", "(37)", "(41)")
            + Line("Comprehensive income attributable to Ostrander Kilnworks, Inc.", "1,163", "1,099")
            + Line("Net income per share, basic and diluted", "$ 1.22", "$ 1.07")
            + Line("Weighted-average shares outstanding, basic and diluted", "1,000", "1,000"));

        Assert.Equal(1_260_000m, result.Value("ProfitLoss", Year));
        Assert.Equal(40_000m, result.Value("NetIncomeLossAttributableToNoncontrollingInterest", Year));
        Assert.Equal(1_220_000m, result.Value("NetIncomeLoss", Year));
        Assert.Equal(1_200_000m, result.Value(Consolidated, Year));
        Assert.Equal(37_000m, result.Value(Share, Year));
        Assert.Equal(1_163_000m, result.Value(Parent, Year));
        Assert.Equal(1_099_000m, result.Value(Parent, PriorYear));
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Error);
    }

    [Fact]
    public void A_split_that_does_not_foot_reports_none_of_its_lines()
    {
        var result = Extract(Comprehensive(parentNow: "1,160"));

        Assert.Null(result.Value(Consolidated, Year));
        Assert.Null(result.Value(Share, Year));
        Assert.Null(result.Value(Parent, Year));
        Assert.Null(result.Value(Parent, PriorYear));
        Assert.Contains(result.Findings, f => f.Message.Contains("does not foot", StringComparison.Ordinal));
    }

    [Fact]
    public void A_statement_without_noncontrolling_interests_keeps_its_comprehensive_income_the_parents()
    {
        var result = Extract(Opening + "CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME\n(in thousands)\n\n" + Header
            + Line("Net income", "1,260", "1,105") + Line("Other comprehensive income (loss):", "", "")
            + Line("Foreign currency translation adjustments", "(60)", "35")
            + Line("Other comprehensive income (loss)", "(60)", "35") + Line("Comprehensive income", "1,200", "1,140"));

        Assert.Equal(1_260_000m, result.Value("NetIncomeLoss", Year));
        Assert.Equal(1_200_000m, result.Value(Parent, Year));
        Assert.Null(result.Value(Consolidated, Year));
        Assert.Null(result.Value("ProfitLoss", Year));
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Error);
    }
}
