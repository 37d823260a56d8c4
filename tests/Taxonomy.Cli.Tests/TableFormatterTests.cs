using Taxonomy.Cli.Output;

namespace Taxonomy.Cli.Tests;

public sealed class TableFormatterTests
{
    [Fact]
    public void Statements_are_aligned_tables_latest_period_first_then_other_facts_findings_and_summary()
    {
        const string expected = """
            # mini.txt

            ## MiniIncome (incomeStatement)
            Line item                              Concept                                  2026-07-01/2026-09-30  2025-07-01/2025-09-30
            -------------------------------------  ---------------------------------------  ---------------------  ---------------------
            Revenues, net                          us-gaap:Revenues                                     6,126,000             11,425,000
            Operating expenses                     us-gaap:OperatingExpenses                           15,538,000             13,258,000
            Net income (loss)                      us-gaap:NetIncomeLoss                               -9,412,000             -1,833,000
            Earnings per share, basic and diluted  us-gaap:EarningsPerShareBasicAndDiluted                  -0.19                  -0.02

            ## Other facts
            Concept         Period                     Value  Unit         Decimals  Source
            --------------  ---------------------  ---------  -----------  --------  ------
            ext:WidgetFees  2026-07-01/2026-09-30  2,223,000  iso4217:USD        -3  39:20

            ## Findings
            Severity  Rule              Where  Message
            --------  ----------------  -----  --------------------------------
            error     calc11.summation         Net income (loss) does not foot.
            info      extract.noise     38:1   Dropped a page footer.

            mini.txt: 7 facts, 2 statements, 1 error, 0 warnings, 1 info.

            """;
        Assert.Equal(expected.ReplaceLineEndings("\n"), TableFormatter.Format([HandBuilt.Result()]));
    }

    [Fact]
    public void Several_results_get_one_section_each()
    {
        string text = TableFormatter.Format([HandBuilt.Result(), HandBuilt.Result() with { SourceName = "second.txt" }]);
        Assert.Equal(["# mini.txt", "# second.txt"], text.Split('\n').Where(l => l.StartsWith("# ", StringComparison.Ordinal)));
        Assert.DoesNotContain('\r', text);
    }

    [Theory]
    [InlineData("78424000", "78,424,000")]
    [InlineData("-0.19", "-0.19")]
    [InlineData("-9412000", "-9,412,000")]
    [InlineData("1234.50", "1,234.5")]
    [InlineData("0", "0")]
    [InlineData("999", "999")]
    public void Numbers_are_grouped_invariantly_with_only_the_digits_they_have(string value, string expected)
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Equal(expected, Invariant.Grouped(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }
}
