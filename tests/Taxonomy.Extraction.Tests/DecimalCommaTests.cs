using Taxonomy.Extraction.Facts;
using Taxonomy.Extraction.Tables;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>A foreign filer's statement printed with decimal commas: withheld with a finding, never read 1,000 times off. Fictional company and figures.</summary>
public class DecimalCommaTests
{
    private static string Release(string cash, string receivables) =>
        "ROTTERDAM, July 24, 2031 -- Meerpaal Shipping N.V. (NYSE: MRPL) today reported results for the second quarter ended June 30, 2031.\n\n" +
        "              CONDENSED CONSOLIDATED BALANCE SHEETS\n" +
        "                    (in millions of euros)\n\n" +
        "                                             June 30,      December 31,\n" +
        "                                               2031            2030\n" +
        $"Cash and cash equivalents                     {cash}\n" +
        $"Trade receivables                             {receivables}\n";

    [Fact]
    public void Figures_with_a_decimal_comma_are_withheld_with_a_finding()
    {
        var result = FilingExtractor.Extract(Release("  312,4           287,9", "1.455,1         1.420,6"), new ExtractionOptions { SourceName = "meerpaal.txt" });

        Assert.Null(result.Value("CashAndCashEquivalentsAtCarryingValue", "2031-06-30"));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "AccountsReceivableNetCurrent");
        var finding = Assert.Single(result.Findings, f => f.RuleId == Findings.UncertainValue && f.Message.Contains("decimal comma", StringComparison.Ordinal));
        Assert.Contains("4 figures", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Figures_with_thousands_commas_are_read_and_raise_no_such_finding()
    {
        var result = FilingExtractor.Extract(Release("  312,400         287,900", "1,455,100       1,420,600"), new ExtractionOptions { SourceName = "meerpaal.txt" });

        Assert.Equal(312_400_000_000m, result.Value("CashAndCashEquivalentsAtCarryingValue", "2031-06-30"));
        Assert.DoesNotContain(result.Findings, f => f.Message.Contains("decimal comma", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("312,4  287,9", 2)]
    [InlineData("€ 0,45  (0,33)", 2)]
    [InlineData("1.234,5  2\u202F100,0", 2)]
    [InlineData("1,250  12,345  0.45", 0)]
    [InlineData("Note 3, 4", 0)]
    public void Decimal_comma_figures_are_counted(string text, int count) => Assert.Equal(count, DecimalCommas.Count(text));
}
