using System.Text;
using Taxonomy.Extraction.Tests.Support;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Tests;

public class ExtractionTests
{
    private static ExtractionResult Extract(string text) => FilingExtractor.Extract(text, new ExtractionOptions { Catalog = Fictional.Catalog, SourceName = "fictional.txt" });

    private static Fact Single(ExtractionResult result, string localName, string period) =>
        Assert.Single(result.Report.Facts, f => f.Concept.LocalName == localName && f.Period == Period.Parse(period));

    [Fact]
    public void A_labelled_release_becomes_scaled_facts_with_provenance()
    {
        var result = Extract(Fictional.Release);
        var revenue = Single(result, "Revenues", "2025-04-01/2025-06-30");
        Assert.Equal(5_000_000m, revenue.NumericValue);
        Assert.Equal(Decimals.Of(-3), revenue.Decimals);
        Assert.Equal(Unit.Usd, revenue.Unit);
        Assert.Contains(DecisionMethod.NarrativeMatched, revenue.Provenance!.Methods);
        Assert.Equal("5,000", revenue.Provenance.Text);
        Assert.Equal(Fictional.Release.IndexOf("5,000", StringComparison.Ordinal), revenue.Provenance.Span.Offset);
        Assert.Equal(-20_000m, Single(result, "NonoperatingIncomeExpense", "2024-04-01/2024-06-30").NumericValue);
        var eps = Single(result, "EarningsPerShareBasicAndDiluted", "2025-04-01/2025-06-30");
        Assert.Equal((0.06m, Decimals.Of(2)), (eps.NumericValue!.Value, eps.Decimals!.Value));
        Assert.Equal(12_300_000m, Single(result, "Assets", "2025-03-31").NumericValue);
        Assert.Equal(200_000m, Single(result, "PaymentsToAcquirePropertyPlantAndEquipment", "2025-04-01/2025-06-30").NumericValue);
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is 21_000_000m or 23_000_000m);
        Assert.Equal("bfrb", result.Report.Namespaces.Keys.Single(k => k == "bfrb"));
        Assert.False(result.HasErrors, string.Join("\n", result.Findings));
        Assert.NotEmpty(result.Statements);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Line_breaks_of_any_convention_give_the_same_facts(string lineBreak)
    {
        var withLf = Extract(Fictional.Release).Report.Facts.Select(f => (f.Concept, f.Period, f.LexicalValue)).Order().ToList();
        var other = Extract(Fictional.Release.Replace("\n", lineBreak, StringComparison.Ordinal)).Report.Facts
            .Select(f => (f.Concept, f.Period, f.LexicalValue)).Order().ToList();
        Assert.NotEmpty(withLf);
        Assert.Equal(withLf, other);
    }

    [Fact]
    public void The_cik_option_names_the_entity()
    {
        var result = FilingExtractor.Extract(Fictional.Release, new ExtractionOptions { Catalog = Fictional.Catalog, Cik = "12345" });
        Assert.All(result.Report.Facts, f => Assert.Equal(Entity.Cik("12345"), f.Entity));
    }

    [Fact]
    public void A_table_whose_totals_do_not_foot_is_an_error()
    {
        var result = Extract(Fictional.Release.Replace("Total revenues\t\t5,000", "Total revenues\t\t5,900", StringComparison.Ordinal));
        Assert.Contains(result.Findings, f => f.Severity == Severity.Error && f.Concept?.LocalName == "Revenues");
    }

    [Fact]
    public void A_damaged_value_nothing_confirms_is_a_finding_and_no_fact()
    {
        // "2.500" in a table of whole thousands reads as 2,500 only if something confirms it; here the total is lost too.
        string text = Fictional.Release.Replace("Research and development\t\t2,500", "Research and development\t\t2.500", StringComparison.Ordinal)
                                       .Replace("Total operating expenses\t\t4,300", "Total operating expenses\t\t<u> </u> .", StringComparison.Ordinal);
        var result = Extract(text);
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "ResearchAndDevelopmentExpense" && f.Period == Period.Parse("2025-04-01/2025-06-30"));
        Assert.Contains(result.Findings, f => f.RuleId == "extract.value-uncertain");
    }

    [Fact]
    public void A_damaged_value_the_calculation_confirms_is_reported()
    {
        string text = Fictional.Release.Replace("Research and development\t\t2,500", "Research and development\t\t2.500", StringComparison.Ordinal);
        var fact = Single(Extract(text), "ResearchAndDevelopmentExpense", "2025-04-01/2025-06-30");
        Assert.Equal(2_500_000m, fact.NumericValue);
        Assert.Contains("confirmed by the calculation", fact.Provenance!.Note);
    }

    [Fact]
    public void A_lost_cell_is_recovered_only_when_calculation_and_a_second_source_agree()
    {
        string lost = Fictional.Release.Replace("Services\t\t1,900", "Services\t\t<u> </u> .", StringComparison.Ordinal);
        // Only the calculation determines it: not reported.
        var one = Extract(lost);
        Assert.DoesNotContain(one.Report.Facts, f => f.Concept.LocalName == "ServiceRevenue" && f.Period == Period.Parse("2025-04-01/2025-06-30"));
        Assert.Contains(one.Findings, f => f.RuleId == "extract.value-lost" && f.Expected == 1_900m);
        // The prose states it too: recovered, and the provenance says so.
        var two = Extract(lost.Replace("Net income was $0.6 million.", "Net income was $0.6 million. Services revenue was $1.9 million.", StringComparison.Ordinal)
                              .Replace("\"Products\"", "\"Products\"", StringComparison.Ordinal));
        var service = two.Report.Facts.SingleOrDefault(f => f.Concept.LocalName == "ServiceRevenue" && f.Period == Period.Parse("2025-04-01/2025-06-30"));
        Assert.NotNull(service);
        Assert.Equal(1_900_000m, service.NumericValue);
        Assert.Contains(DecisionMethod.ValueRecovered, service.Provenance!.Methods);
    }

    [Fact]
    public void Empty_text_gives_no_facts_and_no_exception()
    {
        var result = Extract(string.Empty);
        Assert.Empty(result.Report.Facts);
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void Binary_content_is_rejected()
    {
        byte[] bytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];
        var error = Assert.Throws<InputException>(() => FilingExtractor.Extract(bytes, new ExtractionOptions { SourceName = "image.png" }));
        Assert.Equal("image.png", error.SourceName);
    }

    [Fact]
    public void Bytes_are_decoded_as_text()
    {
        var result = FilingExtractor.Extract(Encoding.UTF8.GetBytes(Fictional.Release), new ExtractionOptions { Catalog = Fictional.Catalog });
        Assert.NotEmpty(result.Report.Facts);
    }

    [Fact]
    public void A_missing_file_is_an_input_error() =>
        Assert.Throws<InputException>(() => FilingExtractor.ExtractFile(Path.Combine(Path.GetTempPath(), "no-such-filing-" + Guid.NewGuid().ToString("N") + ".txt")));

    [Fact]
    public void A_filing_without_financial_tables_has_no_numeric_facts()
    {
        var result = Extract("FORM 8-K\n\nBluefin Robotics, Inc. appointed a new chief technology officer on May 5, 2025. The appointment takes effect immediately.\n");
        Assert.DoesNotContain(result.Report.Facts, f => f.IsNumeric);
        Assert.Contains(result.Findings, f => f.RuleId == "extract.no-statements");
    }
}
