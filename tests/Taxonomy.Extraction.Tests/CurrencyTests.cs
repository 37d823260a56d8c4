using Taxonomy.Extraction.Facts;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// Money facts are in the currency the statement names (heading, cell signs) or the document states; US dollars only when
/// nothing names another; undecidable currencies withhold the amounts with a finding.
/// </summary>
public class CurrencyTests
{
    private static string Statement(string heading, string sign, string prose = "") =>
        "LANTERN & WICK N.V.\n\n" + prose + "CONSOLIDATED STATEMENTS OF INCOME\n" + heading + "\n\n" +
        "\tYear Ended December 31,\n\t2031\t2030\n" +
        $"Net sales\t{sign}\t1,000\t{sign}\t900\nCost of sales\t\t600\t\t550\nGross profit\t\t400\t\t350\n" +
        $"Net income\t{sign}\t120\t{sign}\t100\nDiluted earnings per share\t{sign}\t1.20\t{sign}\t1.00\n";

    private static ExtractionResult Extract(string text) => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "lantern.txt" });

    private static Fact Sales(ExtractionResult result) =>
        result.Report.Facts.Single(f => f.Concept.LocalName is "Revenues" or "SalesRevenueNet" or "RevenueFromContractWithCustomerExcludingAssessedTax" && f.Period.ToString() == "2031-01-01/2031-12-31");

    private static Fact PerShare(ExtractionResult result) =>
        result.Report.Facts.Single(f => f.Concept.LocalName == "EarningsPerShareDiluted" && f.Period.ToString() == "2031-01-01/2031-12-31");

    [Theory]
    [InlineData("(in thousands of euros, except per share data)", "€", "EUR")]
    [InlineData("(in thousands of euros, except per share data)", "", "EUR")]
    [InlineData("(EUR thousands, except per share data)", "", "EUR")]
    [InlineData("(in thousands, except per share data)", "€", "EUR")]
    [InlineData("(in thousands of Canadian dollars, except per share amounts)", "$", "CAD")]
    [InlineData("(C$ in thousands, except per share amounts)", "$", "CAD")]
    [InlineData("(in thousands, except per share amounts)", "C$", "CAD")]
    [InlineData("(£ in thousands)", "£", "GBP")]
    [InlineData("(in thousands of yen)", "¥", "JPY")]
    [InlineData("(in thousands of U.S. dollars)", "$", "USD")]
    [InlineData("(in thousands, except per share amounts)", "$", "USD")]
    [InlineData("(in thousands)", "", "USD")]
    public void Money_facts_are_in_the_currency_the_statement_names(string heading, string sign, string code)
    {
        var result = Extract(Statement(heading, sign));
        Assert.Equal(Unit.Currency(code), Sales(result).Unit);
        Assert.Equal(Unit.PerShare(code), PerShare(result).Unit);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == Findings.CurrencyUndecided);
    }

    [Fact]
    public void A_table_that_names_no_currency_is_in_the_currency_the_document_states()
    {
        var result = Extract(Statement("(in thousands)", "$", "All amounts are in Canadian dollars unless otherwise stated.\n\n"));
        Assert.Equal(Unit.Currency("CAD"), Sales(result).Unit);
    }

    [Fact]
    public void Dollar_amounts_of_the_narrative_are_read_beside_dollar_statements()
    {
        var result = Extract(Statement("(in thousands of Canadian dollars)", "$",
            "Lantern & Wick N.V. reported research and development expenses of $1.2 million for the year ended December 31, 2031.\n\n"));
        Assert.Equal(Unit.Currency("CAD"), result.Report.Facts.Single(f => f.Concept.LocalName == "ResearchAndDevelopmentExpense").Unit);
    }

    [Fact]
    public void A_us_filer_naming_foreign_amounts_in_its_narrative_stays_in_us_dollars()
    {
        var result = Extract(Statement("(in thousands)", "$",
            "The company bought a German supplier for EUR 180 million; its European unit sold €95.0 million in the year.\n\n"));
        Assert.Equal(Unit.Usd, Sales(result).Unit);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == Findings.CurrencyUndecided);
    }

    [Theory]
    [InlineData("(in thousands of euros, except per share data)", "$")]
    [InlineData("(in thousands, except per share data)", "¥")]
    [InlineData("(in thousands of euros; U.S. dollar amounts in thousands of U.S. dollars)", "")]
    [InlineData("(in millions of Chilean pesos, except per share data)", "")]
    [InlineData("(in thousands of Thai baht)", "")]
    [InlineData("(Argentine pesos in millions)", "$")]
    public void An_undecided_currency_withholds_the_money_amounts_with_a_finding(string heading, string sign)
    {
        var result = Extract(Statement(heading, sign));
        Assert.DoesNotContain(result.Report.Facts, f => f.Unit?.Numerator.Prefix == "iso4217");
        Assert.Contains(result.Findings, f => f.RuleId == Findings.CurrencyUndecided);
    }

    [Fact]
    public void Dollar_amounts_of_the_narrative_are_not_read_beside_euro_statements()
    {
        var result = Extract(Statement("(in thousands of euros, except per share data)", "€",
            "Lantern & Wick N.V. reported research and development expenses of $1.2 million for the year ended December 31, 2031.\n\n"));
        Assert.DoesNotContain(result.Report.Facts, f => f.Unit == Unit.Usd);
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "ResearchAndDevelopmentExpense");
        Assert.Contains(result.Findings, f => f.RuleId == Findings.CurrencyUndecided);
        Assert.Equal(Unit.Currency("EUR"), Sales(result).Unit);
    }

    private const string Translated =
        "JADEPORT HOLDINGS LTD.\n\nCONSOLIDATED STATEMENTS OF OPERATIONS\n(in thousands)\n\n" +
        "\tYear Ended December 31,\n\t2031\t2030\n\t{0}\n" +
        "Revenues\t\t4,200\t\t3,600\nCost of revenues\t\t2,450\t\t2,100\nGross profit\t\t1,750\t\t1,500\n";

    [Fact]
    public void Column_headings_in_one_currency_name_it()
    {
        var result = Extract(string.Format(System.Globalization.CultureInfo.InvariantCulture, Translated, "RMB\tRMB"));
        Assert.Equal(Unit.Currency("CNY"), result.Report.Facts.Single(f => f.Concept.LocalName == "GrossProfit" && f.NumericValue == 1_750_000m).Unit);
    }

    [Fact]
    public void A_convenience_translation_column_leaves_the_currency_undecided()
    {
        var result = Extract(string.Format(System.Globalization.CultureInfo.InvariantCulture, Translated, "RMB\tUS$"));
        Assert.DoesNotContain(result.Report.Facts, f => f.Unit?.Numerator.Prefix == "iso4217");
        Assert.Contains(result.Findings, f => f.RuleId == Findings.CurrencyUndecided && f.Message.Contains("CNY, USD", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("RMB", "CNY")]
    [InlineData("US$", "USD")]
    [InlineData("(€)", "EUR")]
    [InlineData("Euros", "EUR")]
    [InlineData("Brand", null)]
    [InlineData("2031", null)]
    [InlineData("Total", null)]
    [InlineData("$", null)]
    public void A_column_heading_that_is_only_a_currency_names_it(string cell, string? code) =>
        Assert.Equal(code, CurrencyNames.OfColumnHeading(cell));

    [Theory]
    [InlineData("(in thousands of euros)", "EUR")]
    [InlineData("(EUR millions)", "EUR")]
    [InlineData("(£m)", "GBP")]
    [InlineData("(C$ in millions)", "CAD")]
    [InlineData("(in millions of Canadian dollars, except per share amounts)", "CAD")]
    [InlineData("Amounts in thousands of pounds sterling", "GBP")]
    [InlineData("(RMB'000)", "CNY")]
    [InlineData("(in millions of US$)", "USD")]
    [InlineData("(in millions of Japanese yen)", "JPY")]
    [InlineData("(Swiss francs in millions)", "CHF")]
    [InlineData("(in millions, except per share amounts)", null)]
    [InlineData("($ in millions)", null)]
    [InlineData("Revenue in Europe grew 4% in euros", null)]
    public void A_heading_names_its_currency(string heading, string? code)
    {
        var named = new HashSet<string>(StringComparer.Ordinal);
        CurrencyNames.InHeading(heading, named);
        if (code is null) Assert.Empty(named);
        else Assert.Equal(code, Assert.Single(named));
    }
}
