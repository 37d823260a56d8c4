using Taxonomy.Extraction.Evaluation;
using Taxonomy.Extraction.Tests.Support;
using Taxonomy.Testing;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Tests;

public class FoundingFilingTests
{
    private const string Filing = "filings/001_26c721c3275d4b3d.txt";
    private const string Truth = "corpus/truth/001_26c721c3275d4b3d.json";

    [SharedFact(Filing, Truth)]
    public void Founding_filing_scores_every_truth_fact_with_none_wrong()
    {
        var catalog = SchemaCatalog.Shipped();
        Assert.True(catalog is not null, "No statements are registered and no schemas/ folder was found.");
        var result = FilingExtractor.ExtractFile(SharedFiles.Require(Filing), new ExtractionOptions { Catalog = catalog });
        var score = TruthScorer.Score(TruthFile.Load(SharedFiles.Require(Truth)), result.Report.Facts);
        string details = score.ToTable() + "\nfindings:\n" + string.Join("\n", result.Findings.Select(f => f.ToString()));
        Assert.True(score.Found == score.Results.Count && score.Wrong == 0 && score.InconsistentDuplicates.Count == 0, details);
        Assert.False(result.HasErrors, details);
    }

    [SharedFact(Filing)]
    public void Founding_filing_says_which_header_was_inferred_and_which_cell_was_recovered()
    {
        var catalog = SchemaCatalog.Shipped();
        Assert.NotNull(catalog);
        var result = FilingExtractor.ExtractFile(SharedFiles.Require(Filing), new ExtractionOptions { Catalog = catalog });
        var june = result.Report.Facts.Where(f => f.Period == Period.Instant(new DateOnly(2008, 6, 30))).ToList();
        Assert.NotEmpty(june);
        Assert.All(june.Where(f => f.Provenance is not null && f.Provenance.Methods.Contains(DecisionMethod.Label)), f => Assert.Contains(DecisionMethod.HeaderInferred, f.Provenance!.Methods));
        Assert.Contains(result.Findings, f => f.RuleId == "extract.header-inferred");
        var recovered = Assert.Single(result.Report.Facts, f => f.Provenance?.Methods.Contains(DecisionMethod.ValueRecovered) == true);
        Assert.Equal(2_223_000m, recovered.NumericValue);
        Assert.Equal("sec-file", result.Report.Facts[0].Entity.Prefix);
        Assert.Contains(result.Report.Namespaces, n => n.Key == "imgn");
        Assert.Contains(ExtractionReportNamespacesEntry(), result.Report.Taxonomy);
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Error);
    }

    private static string ExtractionReportNamespacesEntry() => "https://xbrl.fasb.org/us-gaap/2024/entire/us-gaap-entryPoint-std-2024.xsd";
}
