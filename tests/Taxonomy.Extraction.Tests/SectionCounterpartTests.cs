using Taxonomy.Concepts;
using Taxonomy.Extraction.Tests.Support;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// One wording printed in two sections of a statement is, in each section, that section's item when the schema pairs
/// the two items with <c>x-counterpartOf</c>: the mechanism reads the declared pair, whichever item declares it, not the
/// concepts' names (these are fictional and end in nothing like "…Activities").
/// </summary>
public class SectionCounterpartTests
{
    private const string Schema = """
    {
      "title": "HarborFlows", "type": "object",
      "x-statement": { "namespace": "Tiny", "periodType": "duration", "kind": "cashFlow", "titles": ["Statements of Harbor Cash Flows"] },
      "x-namespaces": { "hbr": "http://example.com/harbor/2030" },
      "properties": {
        "HarborIncome": { "x-concept": "hbr:HarborIncome", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "Net income" } },
        "RebatesWithheld": { "x-concept": "hbr:RebatesWithheld", "x-dataType": "monetary", "x-periodType": "duration", OPERATING
                             "x-labels": { "standard": "Rebates withheld from operations" } },
        "OperatingCash": { "x-concept": "hbr:OperatingCash", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "Net cash provided by harbor operations" },
                           "x-calculation": [ { "item": "HarborIncome", "weight": 1 }, { "item": "RebatesWithheld", "weight": -1 } ] },
        "BerthPurchases": { "x-concept": "hbr:BerthPurchases", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "Purchases of berths" } },
        "BerthCash": { "x-concept": "hbr:BerthCash", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "Net cash used in berth investments" },
                       "x-calculation": [ { "item": "BerthPurchases", "weight": -1 } ] },
        "LoanProceeds": { "x-concept": "hbr:LoanProceeds", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "Proceeds from harbor loans" } },
        "DockFeeRebates": { "x-concept": "hbr:DockFeeRebates", "x-dataType": "monetary", "x-periodType": "duration", FUNDING
                            "x-labels": { "standard": "Dock fee rebates" } },
        "FundingCash": { "x-concept": "hbr:FundingCash", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "Net cash provided by harbor funding" },
                         "x-calculation": [ { "item": "LoanProceeds", "weight": 1 }, { "item": "DockFeeRebates", "weight": 1 } ] },
        "CashChange": { "x-concept": "hbr:CashChange", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "Net increase in harbor cash" },
                        "x-calculation": [ { "item": "OperatingCash", "weight": 1 }, { "item": "BerthCash", "weight": 1 }, { "item": "FundingCash", "weight": 1 } ] }
      }
    }
    """;

    private const string Pair = "\"x-counterpartOf\": { \"item\": \"{0}\", \"reason\": \"the rebate withheld from operations is shown again among the funding flows\" },";

    private static ConceptCatalog Catalog(string? declaredOn)
    {
        string operating = declaredOn == "RebatesWithheld" ? Pair.Replace("{0}", "DockFeeRebates", StringComparison.Ordinal) : string.Empty;
        string funding = declaredOn == "DockFeeRebates" ? Pair.Replace("{0}", "RebatesWithheld", StringComparison.Ordinal) : string.Empty;
        return new([SchemaCatalog.Load(Schema.Replace("OPERATING", operating, StringComparison.Ordinal).Replace("FUNDING", funding, StringComparison.Ordinal))]);
    }

    // Fictional: Gullhaven Harbor Co. Every section foots: 900 - 40 = 860, -200, 100 + 40 = 140, 860 - 200 + 140 = 800;
    // 400 - 15 = 385, -300, 200 + 15 = 215, 385 - 300 + 215 = 300.
    private const string Text =
        "GULLHAVEN HARBOR CO.\n\nSTATEMENTS OF HARBOR CASH FLOWS\n(in thousands)\n\n\tYear Ended December 31,\n\t2030\t2029\n" +
        "Harbor operations:\n" +
        "Net income\t$\t900\t$\t400\n" +
        "Dock fee rebates\t\t(40)\t\t(15)\n" +
        "Net cash provided by harbor operations\t\t860\t\t385\n" +
        "Berth investments:\n" +
        "Purchases of berths\t\t(200)\t\t(300)\n" +
        "Net cash used in berth investments\t\t(200)\t\t(300)\n" +
        "Harbor funding:\n" +
        "Proceeds from harbor loans\t\t100\t\t200\n" +
        "Dock fee rebates\t\t40\t\t15\n" +
        "Net cash provided by harbor funding\t\t140\t\t215\n" +
        "Net increase in harbor cash\t$\t800\t$\t300\n";

    private static ExtractionResult Extract(string? declaredOn) =>
        FilingExtractor.Extract(Text, new ExtractionOptions { Catalog = Catalog(declaredOn), SourceName = "gullhaven.txt" });

    private static decimal? Value(ExtractionResult result, string localName, int year) =>
        result.Report.Facts.SingleOrDefault(f => f.Concept.LocalName == localName && f.Period.End.Year == year)?.NumericValue;

    [Theory]
    [InlineData("RebatesWithheld")]
    [InlineData("DockFeeRebates")]
    public void The_wording_printed_in_the_operating_section_is_the_declared_operating_counterpart(string declaredOn)
    {
        var result = Extract(declaredOn);

        // Withheld from operations (weight -1): printed (40) thousand, it is 40,000, and the operating total foots.
        Assert.Equal(40_000m, Value(result, "RebatesWithheld", 2030));
        Assert.Equal(15_000m, Value(result, "RebatesWithheld", 2029));
        Assert.Equal(40_000m, Value(result, "DockFeeRebates", 2030));
        Assert.Equal(15_000m, Value(result, "DockFeeRebates", 2029));
        var fact = Assert.Single(result.Report.Facts, f => f.Concept.LocalName == "RebatesWithheld" && f.Period.End.Year == 2030);
        Assert.Contains("'Dock fee rebates' names hbr:DockFeeRebates, printed here in the section of hbr:OperatingCash: its counterpart there", fact.Provenance!.Note, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Findings, f => f.Severity != Severity.Info && f.RuleId.StartsWith("calc11", StringComparison.Ordinal));
    }

    [Fact]
    public void Without_the_declared_pair_the_operating_row_is_not_the_other_sections_item()
    {
        var result = Extract(declaredOn: null);

        Assert.Null(Value(result, "RebatesWithheld", 2030));
        Assert.Equal(40_000m, Value(result, "DockFeeRebates", 2030));
    }
}
