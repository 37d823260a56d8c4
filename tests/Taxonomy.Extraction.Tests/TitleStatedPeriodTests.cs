using Taxonomy.Extraction.Facts;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A statement whose title states the period without a year ("Consolidated Statements of Operations (Year ended
/// December 31)", "Consolidated Balance Sheets (December 31)") over columns headed only by years: the title's phrase dates
/// every column, as a header line printing it would, in whichever order the years are printed. Fictional company and
/// figures: revenue − costs = operating income, less interest and tax = net income; assets = liabilities + equity.
/// </summary>
public class TitleStatedPeriodTests
{
    private static string Release(string title, bool ascending)
    {
        // Each year's header cell spans two cells ("$" and the figure); the closing parenthesis sits in a third cell.
        (string Year, string[] Figures) current = ("2031", ["52,400", "31,200", "21,200", "14,400", "6,800", "(600", "1,300", "4,900"]);
        (string Year, string[] Figures) prior = ("2030", ["48,100", "29,500", "18,600", "13,500", "5,100", "(700", "900", "3,500"]);
        var (first, second) = ascending ? (prior, current) : (current, prior);
        string[] labels = ["Revenue", "Cost of revenue", "Gross profit", "Total operating expenses", "Operating income", "Interest expense, net", "Income tax expense", "Net income"];
        var html = new System.Text.StringBuilder("<html><body><p>Quillmere Instruments, Inc. today reported results for the year ended December 31, 2031.</p>")
            .Append("<p><b>").Append(title).Append("</b></p><p>(in thousands)</p><table>")
            .Append("<tr><td></td><td colspan=2>").Append(first.Year).Append("</td><td></td><td colspan=2>").Append(second.Year).Append("</td><td></td></tr>");
        for (int r = 0; r < labels.Length; r++)
        {
            html.Append("<tr><td>").Append(labels[r]).Append("</td>");
            foreach (var figure in new[] { first.Figures[r], second.Figures[r] })
            {
                html.Append("<td>").Append(r is 0 or 7 ? "$" : "").Append("</td><td align=right>").Append(figure).Append("</td><td>").Append(figure.StartsWith('(') ? ")" : "").Append("</td>");
            }
            html.Append("</tr>");
        }
        return html.Append("</table></body></html>").ToString();
    }

    private static ExtractionResult Extract(string html) => FilingExtractor.Extract(html, new ExtractionOptions { SourceName = "quillmere.htm" });

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Years_under_a_title_stating_the_year_ended_are_those_years(bool ascending)
    {
        var result = Extract(Release("CONSOLIDATED STATEMENTS OF OPERATIONS (Year ended December 31)", ascending));
        Assert.Equal(52_400_000m, result.Value("Revenues", "2031-01-01/2031-12-31"));
        Assert.Equal(48_100_000m, result.Value("Revenues", "2030-01-01/2030-12-31"));
        Assert.Equal(4_900_000m, result.Value("NetIncomeLoss", "2031-01-01/2031-12-31"));
        Assert.Equal(3_500_000m, result.Value("NetIncomeLoss", "2030-01-01/2030-12-31"));
        Assert.Equal(600_000m, result.Value("InterestExpense", "2031-01-01/2031-12-31"));
        // Dated from the header and the title, not guessed from the narrative.
        Assert.DoesNotContain(result.Findings, f => f.RuleId is Findings.MissingPeriod or Findings.InferredHeader);
    }

    [Fact]
    public void A_title_naming_no_period_leaves_ascending_years_undated()
    {
        // Control: without the title's phrase, the narrative's year does not fit the first column; nothing is guessed.
        var result = Extract(Release("CONSOLIDATED STATEMENTS OF OPERATIONS", ascending: true));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "Revenues");
        Assert.Contains(result.Findings, f => f.RuleId == Findings.MissingPeriod);
    }

    [Fact]
    public void A_title_stating_the_quarter_ended_dates_the_years_as_quarters()
    {
        var result = Extract(Release("CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS (Three months ended September 30)", ascending: false));
        Assert.Equal(52_400_000m, result.Value("Revenues", "2031-07-01/2031-09-30"));
        Assert.Equal(48_100_000m, result.Value("Revenues", "2030-07-01/2030-09-30"));
        Assert.Null(result.Value("Revenues", "2031-01-01/2031-12-31"));
    }

    private static string BalanceSheet(string title, bool ascending)
    {
        string[] labels = ["Cash and cash equivalents", "Accounts receivable", "Total current assets", "Property and equipment, net", "Total assets",
            "Accounts payable", "Total liabilities", "Total stockholders' equity", "Total liabilities and stockholders' equity"];
        string[] current = ["9,100", "6,200", "15,300", "11,700", "27,000", "4,500", "4,500", "22,500", "27,000"];
        string[] prior = ["7,400", "5,800", "13,200", "12,100", "25,300", "4,200", "4,200", "21,100", "25,300"];
        var (first, second) = ascending ? (("2030", prior), ("2031", current)) : (("2031", current), ("2030", prior));
        var html = new System.Text.StringBuilder("<html><body><p>Quillmere Instruments, Inc. today reported results for the year ended December 31, 2031.</p>")
            .Append("<p><b>").Append(title).Append("</b></p><p>(in thousands)</p><table>")
            .Append("<tr><td></td><td colspan=2>").Append(first.Item1).Append("</td><td></td><td colspan=2>").Append(second.Item1).Append("</td><td></td></tr>");
        for (int r = 0; r < labels.Length; r++)
        {
            html.Append("<tr><td>").Append(labels[r]).Append("</td><td></td><td>").Append(first.Item2[r]).Append("</td><td></td><td></td><td>").Append(second.Item2[r]).Append("</td><td></td></tr>");
        }
        return html.Append("</table></body></html>").ToString();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Years_under_a_balance_sheet_title_stating_the_day_are_balances_at_that_day(bool ascending)
    {
        var result = Extract(BalanceSheet("CONSOLIDATED BALANCE SHEETS (December 31)", ascending));
        Assert.Equal(27_000_000m, result.Value("Assets", "2031-12-31"));
        Assert.Equal(25_300_000m, result.Value("Assets", "2030-12-31"));
        Assert.Equal(21_100_000m, result.Value("StockholdersEquity", "2030-12-31"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId is Findings.MissingPeriod or Findings.InferredHeader);
    }

    [Fact]
    public void A_balance_sheet_title_naming_no_day_leaves_years_undated()
    {
        // Control: a year alone says no day of it.
        var result = Extract(BalanceSheet("CONSOLIDATED BALANCE SHEETS", ascending: false));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "Assets");
        Assert.Contains(result.Findings, f => f.RuleId == Findings.MissingPeriod);
    }
}
