using Taxonomy.Concepts;
using Taxonomy.Extraction.Tests.Support;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Tests;

/// <summary>A label-less row of whole numbers beside a per-share row is its share count when numerator ÷ row agrees with the per-share amounts (x-perShareOf).</summary>
public class ShareCountRowTests
{
    private const string Schema = """
    {
      "title": "ShareIncome", "type": "object",
      "x-statement": { "namespace": "Tiny", "periodType": "duration", "kind": "incomeStatement", "titles": ["Statements of Operations"] },
      "x-namespaces": { "us-gaap": "http://fasb.org/us-gaap/2024" },
      "properties": {
        "Revenues": { "x-concept": "us-gaap:Revenues", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "Revenues", "synonyms": [] } },
        "OperatingExpenses": { "x-concept": "us-gaap:OperatingExpenses", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "Operating expenses", "synonyms": [] } },
        "NetIncomeLoss": { "x-concept": "us-gaap:NetIncomeLoss", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "Net income (loss)", "synonyms": ["Net loss"] },
                           "x-calculation": [ { "item": "Revenues", "weight": 1 }, { "item": "OperatingExpenses", "weight": -1 } ] },
        "EpsBasic": { "x-concept": "us-gaap:EarningsPerShareBasic", "x-dataType": "perShare", "x-periodType": "duration", "x-labels": { "standard": "Net loss per share, basic", "synonyms": [] },
                      "x-perShareOf": { "numerator": "NetIncomeLoss", "denominator": "SharesBasic" } },
        "EpsDiluted": { "x-concept": "us-gaap:EarningsPerShareDiluted", "x-dataType": "perShare", "x-periodType": "duration", "x-labels": { "standard": "Net loss per share, diluted", "synonyms": [] },
                        "x-perShareOf": { "numerator": "NetIncomeLoss", "denominator": "SharesDiluted" } },
        "EpsBoth": { "x-concept": "us-gaap:EarningsPerShareBasicAndDiluted", "x-dataType": "perShare", "x-periodType": "duration", "x-labels": { "standard": "Net loss per share, basic and diluted", "synonyms": [] },
                     "x-perShareOf": { "numerator": "NetIncomeLoss", "denominator": "SharesBoth" } },
        "SharesBasic": { "x-concept": "us-gaap:WeightedAverageNumberOfSharesOutstandingBasic", "x-dataType": "shares", "x-periodType": "duration", "x-labels": { "standard": "Basic shares", "synonyms": [] } },
        "SharesDiluted": { "x-concept": "us-gaap:WeightedAverageNumberOfDilutedSharesOutstanding", "x-dataType": "shares", "x-periodType": "duration", "x-labels": { "standard": "Diluted shares", "synonyms": [] } },
        "SharesBoth": { "x-concept": "us-gaap:WeightedAverageNumberOfShareOutstandingBasicAndDiluted", "x-dataType": "shares", "x-periodType": "duration", "x-labels": { "standard": "Basic and diluted shares", "synonyms": [] } }
      }
    }
    """;

    private static readonly ConceptCatalog Catalog = new([SchemaCatalog.Load(Schema)]);

    // Fictional: net loss of 4,200 and 3,150 thousand over 52,500 and 45,000 thousand shares is $(0.08) and $(0.07) a share.
    private static string Release(string perShareLabel, string shares = "52,500\t\t45,000") =>
        "Copperleaf Instruments, Inc. reported results for the quarter ended June 30, 2025.\n" +
        "\n" +
        "STATEMENTS OF OPERATIONS\n" +
        "(in thousands, except per share amounts)\n" +
        "\tThree Months Ended June 30,\n" +
        "\t2025\t2024\n" +
        "Revenues\t$\t10,000\t$\t9,000\n" +
        "Operating expenses\t\t14,200\t\t12,150\n" +
        "Net loss\t$\t(4,200)\t$\t(3,150)\n" +
        perShareLabel + "\t$\t(0.08)\t$\t(0.07)\n" +
        "\t\t" + shares + "\n";

    private static ExtractionResult Extract(string text) => FilingExtractor.Extract(text, new ExtractionOptions { Catalog = Catalog, SourceName = "copperleaf.txt" });

    private static List<Fact> Shares(ExtractionResult result) => result.Report.Facts.Where(f => f.Unit == Unit.Shares).ToList();

    [Fact]
    public void The_row_under_a_basic_and_diluted_per_share_row_is_its_weighted_share_count()
    {
        var result = Extract(Release("Net loss per share, basic and diluted"));
        var shares = Shares(result);
        Assert.Equal(2, shares.Count);
        Assert.All(shares, f => Assert.Equal("WeightedAverageNumberOfShareOutstandingBasicAndDiluted", f.Concept.LocalName));
        var current = Assert.Single(shares, f => f.Period == Period.Parse("2025-04-01/2025-06-30"));
        Assert.Equal((52_500_000m, Decimals.Of(-3)), (current.NumericValue!.Value, current.Decimals!.Value));
        Assert.Equal(45_000_000m, Assert.Single(shares, f => f.Period == Period.Parse("2024-04-01/2024-06-30")).NumericValue);
        Assert.Contains(DecisionMethod.CalculationInferred, current.Provenance!.Methods);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "extract.noise-dropped");
    }

    [Fact]
    public void The_per_share_rows_own_concept_chooses_among_denominators_that_fit_equally()
    {
        var shares = Shares(Extract(Release("Net loss per share, diluted")));
        Assert.Equal(2, shares.Count);
        Assert.All(shares, f => Assert.Equal("WeightedAverageNumberOfDilutedSharesOutstanding", f.Concept.LocalName));
    }

    [Fact]
    public void Without_the_per_share_rows_concept_equal_fits_are_ambiguous()
    {
        var result = Extract(Release(string.Empty));
        Assert.Empty(Shares(result));
        Assert.Contains(result.Findings, f => f.RuleId == "extract.ambiguous" && f.Message.Contains("share count", StringComparison.Ordinal)
            && f.Message.Contains("WeightedAverageNumberOfSharesOutstandingBasic", StringComparison.Ordinal));
    }

    [Fact]
    public void A_row_whose_ratio_disagrees_with_the_per_share_amounts_is_not_a_share_count()
    {
        // 4,200 / 60,000 = 0.070, not 0.08.
        var result = Extract(Release("Net loss per share, basic and diluted", "60,000\t\t45,000"));
        Assert.Empty(Shares(result));
        Assert.Contains(result.Findings, f => f.RuleId == "extract.noise-dropped" && f.Severity == Severity.Warning);
    }
}
