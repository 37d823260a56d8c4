using Taxonomy.Extraction;
using Taxonomy.Testing.Samples;

namespace Taxonomy.Cli.Tests;

/// <summary>
/// Extraction of every sample variant yields exactly the facts the sample was built from.
/// These need the real extraction pipeline (FilingExtractor); expected values come only from the builder.
/// </summary>
public sealed class SampleExtractionTests
{
    public static TheoryData<string> VariantNames => new(SampleFiling.Variants.Keys);

    [Theory]
    [MemberData(nameof(VariantNames))]
    public void Extraction_yields_exactly_the_expected_facts(string variant)
    {
        var sample = SampleFiling.Variant(variant);
        var result = FilingExtractor.Extract(sample.Text, new ExtractionOptions { SourceName = variant + ".txt" });
        var problems = FactComparison.Problems(sample.Facts, result.Report.Facts);
        Assert.True(problems.Count == 0, $"{variant}: {problems.Count} problems\n" + string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(VariantNames))]
    public void Sample_variants_validate_without_errors(string variant)
    {
        var result = FilingExtractor.Extract(SampleFiling.Variant(variant).Text, new ExtractionOptions { SourceName = variant + ".txt" });
        Assert.False(result.HasErrors, string.Join("\n", result.Findings.Where(f => f.Severity == Taxonomy.Validation.Severity.Error)));
    }

    [Fact]
    public void Missing_balance_header_infers_the_periods_and_says_so()
    {
        var sample = SampleFiling.Variant("missing-balance-header");
        var result = FilingExtractor.Extract(sample.Text, new ExtractionOptions { SourceName = "missing-header.txt" });

        var comparative = Period.Parse("2026-03-31");
        var assets = Assert.Single(result.Report.Facts, f => f.Concept.LocalName == "Assets" && f.Period == comparative);
        Assert.Equal(sample.Facts.Single(f => f.Concept == "Assets" && f.Period == "2026-03-31").Value, assets.NumericValue);
        Assert.Contains(DecisionMethod.HeaderInferred, assets.Provenance!.Methods);
        Assert.Contains(result.Findings, f =>
            f.RuleId.Contains("header", StringComparison.OrdinalIgnoreCase) || f.Message.Contains("inferred", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_total_that_does_not_foot_is_an_error()
    {
        var sample = SampleFiling.Render("broken", SampleFiling.BrokenTotal);
        var result = FilingExtractor.Extract(sample.Text, new ExtractionOptions { SourceName = "broken.txt" });
        Assert.True(result.HasErrors);
        Assert.Contains(result.Findings, f => f.Severity == Taxonomy.Validation.Severity.Error && f.Concept?.LocalName == "OperatingExpenses");
    }
}
