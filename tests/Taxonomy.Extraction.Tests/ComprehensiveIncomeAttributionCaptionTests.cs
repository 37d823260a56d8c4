using Taxonomy.Extraction.Tests.Support;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A split printed under a caption ("Comprehensive income attributable to:" / "Noncontrolling interests" / "&lt;the
/// company&gt; shareholders", the same for net income) reported the consolidated comprehensive income and net income as the
/// parent's, with calculation and per-share errors, and the parent's line as an extension. When the caption's two lines
/// add up to the amount above it, the three are the consolidated amount, the noncontrolling interests' share and the
/// parent's; otherwise none of them is reported as those items. Fictional company, figures that foot.
/// </summary>
public class ComprehensiveIncomeAttributionCaptionTests
{
    private static string Line(string label, string now, string before) => label.PadRight(70) + now.PadLeft(10) + before.PadLeft(10) + "\n";

    private const string Opening = "Quillfeather Tanneries, Inc. today reported results for its fiscal year ended December 31, 2031.\n\n";

    private static readonly string Header = new string(' ', 70) + "Year Ended December 31,".PadLeft(20) + "\n" + new string(' ', 70) + "2031".PadLeft(10) + "2030".PadLeft(10) + "\n";

    private const string Year = "2031-01-01/2031-12-31";

    private const string PriorYear = "2030-01-01/2030-12-31";

    private const string Consolidated = "ComprehensiveIncomeNetOfTaxIncludingPortionAttributableToNoncontrollingInterest";

    private const string Share = "ComprehensiveIncomeNetOfTaxAttributableToNoncontrollingInterest";

    private const string Parent = "ComprehensiveIncomeNetOfTax";

    private static ExtractionResult Extract(string text, string name = "quillfeather.txt") => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = name });

    private static string Comprehensive(params string[] lines) =>
        Opening + "CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME\n(in thousands)\n\n" + Header
        + Line("Net income", "2,480", "2,210") + Line("Other comprehensive income (loss), net of tax:", "", "")
        + Line("Foreign currency translation adjustments", "(130)", "64")
        + Line("Unrealized gains (losses) on cash flow hedges", "10", "(4)")
        + Line("Other comprehensive income (loss)", "(120)", "60") + Line("Comprehensive income", "2,360", "2,270")
        + Line("Comprehensive income attributable to:", "", "") + string.Concat(lines);

    private static readonly string NoncontrollingLine = Line("Noncontrolling interests", "52", "47");

    private static readonly string ParentLine = Line("Quillfeather Tanneries, Inc. shareholders", "2,308", "2,223");

    [Fact]
    public void The_lines_under_the_caption_are_the_noncontrolling_and_the_parents_comprehensive_income()
    {
        var result = Extract(Comprehensive(NoncontrollingLine, ParentLine));

        Assert.Equal(2_360_000m, result.Value(Consolidated, Year));
        Assert.Equal(52_000m, result.Value(Share, Year));
        Assert.Equal(2_308_000m, result.Value(Parent, Year));
        Assert.Equal(2_270_000m, result.Value(Consolidated, PriorYear));
        Assert.Equal(2_223_000m, result.Value(Parent, PriorYear));
        // The net income heading the statement includes the noncontrolling interests' share.
        Assert.Equal(2_480_000m, result.Value("ProfitLoss", Year));
        Assert.Null(result.Value("NetIncomeLoss", Year));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.Prefix == "ext");
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Error);
    }

    [Fact]
    public void The_parents_line_printed_first_is_read_the_same()
    {
        var result = Extract(Comprehensive(ParentLine, NoncontrollingLine));

        Assert.Equal(52_000m, result.Value(Share, Year));
        Assert.Equal(2_308_000m, result.Value(Parent, Year));
        Assert.Equal(2_360_000m, result.Value(Consolidated, Year));
    }

    [Fact]
    public void An_html_caption_is_read_the_same()
    {
        static string Row(string label, string now, string before) => $"<tr><td>{label}</td><td>$</td><td>{now}</td><td>$</td><td>{before}</td></tr>\n";
        string html = "<html><body><p>Quillfeather Tanneries, Inc. today reported results for its fiscal year ended December 31, 2031.</p>\n"
            + "<p><b>CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME</b></p><p>(in thousands)</p>\n<table>\n"
            + "<tr><td></td><td colspan=\"4\">Year Ended December 31,</td></tr>\n<tr><td></td><td colspan=\"2\">2031</td><td colspan=\"2\">2030</td></tr>\n"
            + Row("Net income", "2,480", "2,210") + Row("Other comprehensive income (loss):", "", "")
            + Row("Foreign currency translation adjustments", "(120)", "60")
            + Row("Total other comprehensive income (loss)", "(120)", "60") + Row("Comprehensive income", "2,360", "2,270")
            + "<tr><td>Comprehensive income attributable to:</td><td></td><td></td><td></td><td></td></tr>\n"
            + Row("Noncontrolling interests", "52", "47") + Row("Quillfeather Tanneries, Inc. shareholders", "2,308", "2,223")
            + "</table></body></html>";

        var result = Extract(html, "quillfeather.htm");

        Assert.Equal(2_360_000m, result.Value(Consolidated, Year));
        Assert.Equal(52_000m, result.Value(Share, Year));
        Assert.Equal(2_308_000m, result.Value(Parent, Year));
        Assert.Equal(2_480_000m, result.Value("ProfitLoss", Year));
    }

    [Fact]
    public void Lines_that_do_not_add_up_to_the_comprehensive_income_report_none_of_the_split()
    {
        var result = Extract(Comprehensive(NoncontrollingLine, Line("Quillfeather Tanneries, Inc. shareholders", "2,300", "2,223")));

        Assert.Null(result.Value(Consolidated, Year));
        Assert.Null(result.Value(Share, Year));
        Assert.Null(result.Value(Parent, Year));
        Assert.Null(result.Value(Parent, PriorYear));
        Assert.Contains(result.Findings, f => f.Message.Contains("do not add up to 'Comprehensive income'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_caption_with_one_line_and_no_noncontrolling_interests_is_left_as_it_was()
    {
        var result = Extract(Comprehensive(Line("Quillfeather Tanneries, Inc. shareholders", "2,360", "2,270")));

        Assert.Equal(2_480_000m, result.Value("NetIncomeLoss", Year));
        Assert.Equal(2_360_000m, result.Value(Parent, Year));
        Assert.Null(result.Value(Consolidated, Year));
        Assert.Null(result.Value("ProfitLoss", Year));
    }

    [Fact]
    public void A_statement_without_a_split_keeps_its_comprehensive_income_the_parents()
    {
        var result = Extract(Opening + "CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME\n(in thousands)\n\n" + Header
            + Line("Net income", "2,480", "2,210") + Line("Foreign currency translation adjustments", "(120)", "60")
            + Line("Comprehensive income", "2,360", "2,270"));

        Assert.Equal(2_480_000m, result.Value("NetIncomeLoss", Year));
        Assert.Equal(2_360_000m, result.Value(Parent, Year));
        Assert.Null(result.Value(Consolidated, Year));
    }

    private static string Operations(string netIncome, string share, string parent, string priorNet, string priorShare, string priorParent, string netLabel = "Net income") =>
        Opening + "CONSOLIDATED STATEMENTS OF OPERATIONS\n(in thousands, except per share amounts)\n\n" + Header
        + Line("Revenue", "31,000", "29,500") + Line("Costs and expenses", "28,520", "27,290")
        + Line(netLabel, netIncome, priorNet) + Line(netLabel + " attributable to:", "", "")
        + Line("Noncontrolling interests", share, priorShare) + Line("Quillfeather Tanneries, Inc. stockholders", parent, priorParent)
        + Line(netLabel + " per share, basic and diluted", "$ 2.43", "$ 2.17")
        + Line("Weighted-average shares outstanding, basic and diluted", "1,000", "1,000");

    [Fact]
    public void The_lines_under_a_net_income_caption_are_the_noncontrolling_and_the_parents_net_income()
    {
        var result = Extract(Operations("2,480", "52", "2,428", "2,210", "40", "2,170"));

        Assert.Equal(2_480_000m, result.Value("ProfitLoss", Year));
        Assert.Equal(52_000m, result.Value("NetIncomeLossAttributableToNoncontrollingInterest", Year));
        Assert.Equal(2_428_000m, result.Value("NetIncomeLoss", Year));
        Assert.Equal(2_170_000m, result.Value("NetIncomeLoss", PriorYear));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.Prefix == "ext");
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Error);
    }

    [Fact]
    public void A_net_income_caption_whose_lines_do_not_add_up_reports_no_net_income_as_the_parents()
    {
        var result = Extract(Operations("2,480", "52", "2,420", "2,210", "40", "2,170"));

        Assert.Null(result.Value("NetIncomeLoss", Year));
        Assert.Null(result.Value("ProfitLoss", Year));
        Assert.Null(result.Value("NetIncomeLossAttributableToNoncontrollingInterest", Year));
        Assert.Contains(result.Findings, f => f.Message.Contains("do not add up to 'Net income'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_net_loss_shared_with_the_noncontrolling_interests_is_read_with_its_signs()
    {
        var result = Extract(Opening + "CONSOLIDATED STATEMENTS OF OPERATIONS\n(in thousands, except per share amounts)\n\n" + Header
            + Line("Revenue", "9,000", "8,400") + Line("Costs and expenses", "9,150", "8,650")
            + Line("Net loss", "(150)", "(250)") + Line("Net loss attributable to:", "", "")
            + Line("Noncontrolling interests", "(6)", "(10)") + Line("Quillfeather Tanneries, Inc. stockholders", "(144)", "(240)")
            + Line("Net loss per share, basic and diluted", "$ (0.14)", "$ (0.24)")
            + Line("Weighted-average shares outstanding, basic and diluted", "1,000", "1,000"));

        Assert.Equal(-150_000m, result.Value("ProfitLoss", Year));
        Assert.Equal(-6_000m, result.Value("NetIncomeLossAttributableToNoncontrollingInterest", Year));
        Assert.Equal(-144_000m, result.Value("NetIncomeLoss", Year));
        Assert.Equal(-240_000m, result.Value("NetIncomeLoss", PriorYear));
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Error);
    }
}
