using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;
using Taxonomy.Extraction.Tests.Support;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A fictional company's fixed-width statements (the 1990s plain-text layout): preferred stock series whose labels state
/// their share counts and wrap onto the line of their amounts, and a generic "Other assets" line printed in the
/// investing section of the cash flow statement.
/// </summary>
public class FixedWidthEquityTests
{
    private static ExtractionResult Extract(string text) =>
        FilingExtractor.Extract(text, new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "fictional.txt" });

    // Every total foots: equity is 2,000 + 5,000 + 400 + 600 = 8,000 and 2,000 + 3,500 + 300 + 700 = 6,500.
    private const string BalanceSheet =
        "NORTHWIND ORCHARDS INC.\n\nBALANCE SHEETS\n\n(in thousands)\n\n" +
        "                                                                    December 31,     December 31,\n" +
        "                                                                        2024             2023\n" +
        "Cash                                                                 $ 9,000          $ 8,000\n" +
        "Total assets                                                         $ 9,000          $ 8,000\n" +
        "\n" +
        "Total liabilities                                                      1,000            1,500\n" +
        "\n" +
        "STOCKHOLDERS' EQUITY:\n" +
        "  Convertible preferred stock, $.001 par value:\n" +
        "    Series A: 500,000 shares designated, issued and outstanding        2,000            2,000\n" +
        "    Series B: 900,000 shares designated; shares issued and outstanding:\n" +
        "      2024, 850,000; 2023, 600,000                                     5,000            3,500\n" +
        "  Common stock                                                           400              300\n" +
        "  Retained earnings                                                      600              700\n" +
        "           Total stockholders' equity                                  8,000            6,500\n" +
        "\n" +
        "Total liabilities and stockholders' equity                           $ 9,000          $ 8,000\n";

    [Fact]
    public void A_label_wrapped_onto_a_line_that_begins_with_figures_keeps_the_amounts_of_that_line()
    {
        var result = Extract(BalanceSheet);

        var seriesB = result.Report.Facts.Where(f => f.Concept.LocalName.StartsWith("SeriesB", StringComparison.Ordinal)).ToList();
        Assert.Equal(5_000_000m, Assert.Single(seriesB, f => f.Period == Period.Parse("2024-12-31")).NumericValue);
        Assert.Equal(3_500_000m, Assert.Single(seriesB, f => f.Period == Period.Parse("2023-12-31")).NumericValue);
        Assert.All(seriesB, f => Assert.Equal(Unit.Usd, f.Unit));
        Assert.DoesNotContain(result.Findings, f => f.Severity != Severity.Info && f.RuleId.StartsWith("calc11", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "extract.noise-dropped");
    }

    [Fact]
    public void The_figures_by_year_closing_a_label_are_not_part_of_the_extension_name()
    {
        var result = Extract(BalanceSheet);

        var seriesB = result.Report.Facts.First(f => f.Concept.LocalName.StartsWith("SeriesB", StringComparison.Ordinal));
        Assert.Equal("SeriesB900000SharesDesignatedSharesIssuedAndOutstanding", seriesB.Concept.LocalName);
        Assert.Equal("Series B: 900,000 shares designated; shares issued and outstanding",
            ExtensionNamer.Label("Series B: 900,000 shares designated; shares issued and outstanding: 2024, 850,000; 2023, 600,000"));
        // A colon followed by words, or by a figure that lists no years, stays.
        Assert.Equal("Notes payable: 2031 maturity", ExtensionNamer.Label("Notes payable: 2031 maturity"));
    }

    [Fact]
    public void The_indented_rest_of_a_label_that_stops_on_a_connective_is_read_with_it()
    {
        // The same series printed the other way round: its amounts on the label's first line, which stops on "and".
        string text = BalanceSheet
            .Replace("    Series B: 900,000 shares designated; shares issued and outstanding:\n      2024, 850,000; 2023, 600,000                                     5,000            3,500\n",
                "    Series B: 900,000 shares designated; shares issued and             5,000            3,500\n        outstanding: 2024, 850,000; 2023, 600,000\n", StringComparison.Ordinal);
        Assert.NotEqual(BalanceSheet, text);
        var result = Extract(text);

        var seriesB = result.Report.Facts.Where(f => f.Concept.LocalName.StartsWith("SeriesB", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, seriesB.Count);
        Assert.All(seriesB, f => Assert.Equal("SeriesB900000SharesDesignatedSharesIssuedAndOutstanding", f.Concept.LocalName));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName.StartsWith("Outstanding", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Series A: 500,000 shares designated, issued and outstanding", null)]
    [InlineData("Shares outstanding", ConceptDataType.Shares)]
    [InlineData("Weighted average shares outstanding", ConceptDataType.Shares)]
    [InlineData("Number of shares outstanding at end of period", ConceptDataType.Shares)]
    public void A_stock_line_stating_its_own_share_count_reports_money(string label, ConceptDataType? expected) =>
        Assert.Equal(expected, AmountKind.Named(label, StatementKind.BalanceSheet));

    [Fact]
    public void A_stock_line_stating_its_own_share_count_is_reported_in_dollars()
    {
        var result = Extract(BalanceSheet);

        var seriesA = result.Report.Facts.Where(f => f.Concept.LocalName.StartsWith("SeriesA", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, seriesA.Count);
        Assert.All(seriesA, f => Assert.Equal(Unit.Usd, f.Unit));
    }

    [Fact]
    public void A_generic_other_line_in_the_investing_section_is_the_residual_investing_item()
    {
        string text = FictionalStatement.Headed("FICTIONAL WIDGETS CORP.", "", "STATEMENTS OF CASH FLOWS",
                "YEAR ENDED DECEMBER 31, 2025 AND PERIOD FROM MARCH 3, 2024 (INCEPTION)", "TO DECEMBER 31, 2024", "")
            .Header("2025", "2024")
            .Line("CASH FLOWS FROM OPERATING ACTIVITIES:")
            .Dollars("Net loss", -900, -400)
            .Row("Depreciation", 150, 50)
            .Row("Net cash used in operating activities", -750, -350)
            .Line("CASH FLOWS FROM INVESTING ACTIVITIES:")
            .Row("Purchases of property and equipment", -200, -300)
            .Row("Other assets", 30, -45)
            .Row("Net cash used in investing activities", -170, -345)
            .Line("CASH FLOWS FROM FINANCING ACTIVITIES:")
            .Row("Sale of common stock", 1_000, 2_000)
            .Row("Net cash provided by financing activities", 1_000, 2_000)
            .Row("NET INCREASE IN CASH AND CASH EQUIVALENTS", 80, 1_305);
        var result = Extract(text);

        // A payment (cash used) is positive under the item's credit balance: 30 received is -30, 45 paid is 45.
        Assert.Equal(-30m, result.Report.Facts.Single(f => f.Concept.LocalName == "PaymentsForProceedsFromOtherInvestingActivities" && f.Period.Start?.Year == 2025).NumericValue);
        Assert.Equal(45m, result.Report.Facts.Single(f => f.Concept.LocalName == "PaymentsForProceedsFromOtherInvestingActivities" && f.Period.Start?.Year == 2024).NumericValue);
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "PaymentsToAcquireBusinessesNetOfCashAcquired");
    }

    [Fact]
    public void A_wording_printed_in_the_operating_and_the_financing_section_is_each_section_s_own_item()
    {
        string text = FictionalStatement.Headed("FICTIONAL WIDGETS CORP.", "", "STATEMENTS OF CASH FLOWS",
                "YEAR ENDED DECEMBER 31, 2025 AND PERIOD FROM MARCH 3, 2024 (INCEPTION)", "TO DECEMBER 31, 2024", "")
            .Header("2025", "2024")
            .Line("CASH FLOWS FROM OPERATING ACTIVITIES:")
            .Dollars("Net income", 900, 400)
            .Row("Depreciation", 150, 50)
            .Row("Excess tax benefits from equity awards", -40, -15)
            .Row("Net cash provided by operating activities", 1_010, 435)
            .Line("CASH FLOWS FROM INVESTING ACTIVITIES:")
            .Row("Purchases of property and equipment", -200, -300)
            .Row("Net cash used in investing activities", -200, -300)
            .Line("CASH FLOWS FROM FINANCING ACTIVITIES:")
            .Row("Sale of common stock", 100, 200)
            .Row("Excess tax benefits from equity awards", 40, 15)
            .Row("Net cash provided by financing activities", 140, 215)
            .Row("NET INCREASE IN CASH AND CASH EQUIVALENTS", 950, 350);
        var result = Extract(text);

        decimal? Value(string name, int year) => result.Report.Facts.SingleOrDefault(f => f.Concept.LocalName == name && f.Period.Start?.Year == year)?.NumericValue;
        // The benefit taken out of operating cash flows is subtracted there (a credit item): printed (40), it is 40.
        Assert.Equal(40m, Value("ExcessTaxBenefitFromShareBasedCompensationOperatingActivities", 2025));
        Assert.Equal(15m, Value("ExcessTaxBenefitFromShareBasedCompensationOperatingActivities", 2024));
        Assert.Equal(40m, Value("ExcessTaxBenefitFromShareBasedCompensationFinancingActivities", 2025));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "extract.duplicate-conflict");
        Assert.DoesNotContain(result.Findings, f => f.Severity != Severity.Info && f.RuleId.StartsWith("calc11", StringComparison.Ordinal));
    }
}
