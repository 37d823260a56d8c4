using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Tests;

/// <summary>Prose amounts whose sentence names no period, in a release whose tables report a quarter and the year to date.</summary>
public class NarrativePeriodTests
{
    private static ExtractionResult Extract(string prose) =>
        FilingExtractor.Extract(Release(prose), new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "fictional.txt" });

    // A fictional year-end release: the fourth quarter and the full year end on the same day.
    private static string Release(string prose) =>
        "FICTIONAL GADGETS CORP. REPORTS FOURTH QUARTER AND FULL YEAR 2025 RESULTS\n\n"
        + "Fictional Gadgets Corp. today reported results for the quarter ended December 31, 2025. " + prose + "\n\n" +
        "CONSOLIDATED STATEMENTS OF INCOME\n(in thousands)\n\n" +
        "\tThree Months Ended\tTwelve Months Ended\n" +
        "\tDecember 31, 2025\tDecember 31, 2024\tDecember 31, 2025\tDecember 31, 2024\n" +
        "Net sales\t$\t1,000\t$\t900\t$\t3,800\t$\t3,500\n" +
        "Cost of sales\t\t600\t\t550\t\t2,300\t\t2,100\n" +
        "Gross profit\t\t400\t\t350\t\t1,500\t\t1,400\n";

    private static Fact? Fact(ExtractionResult result, string localName, string period) =>
        result.Report.Facts.SingleOrDefault(f => f.Concept.LocalName == localName && f.Period == Period.Parse(period));

    [Fact]
    public void An_amount_without_its_period_confirms_the_one_table_fact_it_agrees_with()
    {
        var result = Extract("Gross profit was $1.5 million, with every product line growing.");
        var year = Fact(result, "GrossProfit", "2025-01-01/2025-12-31");
        Assert.Contains(DecisionMethod.NarrativeMatched, year!.Provenance!.Methods);
        var quarter = Fact(result, "GrossProfit", "2025-10-01/2025-12-31");
        Assert.DoesNotContain(DecisionMethod.NarrativeMatched, quarter!.Provenance!.Methods);
        Assert.DoesNotContain(result.Findings, f => f.RuleId is "extract.narrative-conflict" or "extract.narrative-period-ambiguous");
    }

    [Fact]
    public void An_amount_without_its_period_that_no_table_reports_is_a_finding_not_a_fact()
    {
        var result = Extract("Research and development expense was $0.7 million, as the company hired engineers.");
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "ResearchAndDevelopmentExpense");
        var finding = Assert.Single(result.Findings, f => f.RuleId == "extract.narrative-period-ambiguous");
        Assert.Equal("ResearchAndDevelopmentExpense", finding.Concept!.Value.LocalName);
    }

    [Fact]
    public void An_amount_whose_sentence_names_its_period_is_reported_for_that_period()
    {
        var result = Extract("For the twelve months ended December 31, 2025, research and development expense was $0.7 million.");
        Assert.Equal(700_000m, Fact(result, "ResearchAndDevelopmentExpense", "2025-01-01/2025-12-31")?.NumericValue);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "extract.narrative-period-ambiguous");
    }
}

/// <summary>The period a release reports on when its narrative names none.</summary>
public class ReportingPeriodTests
{
    [Fact]
    public void Without_a_narrative_period_the_release_reports_on_the_latest_and_shortest_table_period()
    {
        // Older columns first, the quarter beside the year: the document's focus is the latest quarter.
        const string text = "FICTIONAL GADGETS CORP.\n\nCONSOLIDATED STATEMENTS OF INCOME\n(in thousands)\n\n" +
            "\tTwelve Months Ended\tThree Months Ended\n" +
            "\tDecember 31, 2024\tDecember 31, 2025\tDecember 31, 2024\tDecember 31, 2025\n" +
            "Net sales\t$\t3,500\t$\t3,800\t$\t900\t$\t1,000\n" +
            "Cost of sales\t\t2,100\t\t2,300\t\t550\t\t600\n" +
            "Gross profit\t\t1,400\t\t1,500\t\t350\t\t400\n";
        var result = FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "fictional.txt" });
        var dei = result.Report.Facts.Where(f => f.Concept.Prefix == "dei").ToDictionary(f => f.Concept.LocalName, f => f.TextValue);
        Assert.Equal("2025", dei["DocumentFiscalYearFocus"]);
        Assert.Equal("Q4", dei["DocumentFiscalPeriodFocus"]);
    }
}
