using Taxonomy.Concepts;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A row named by a line item the schema marks <c>x-supersededBy</c> is reported as the successor in a report with a
/// period ending on or after the date: the mechanism reads the schema, not a list of concepts in code (these concepts
/// are fictional).
/// </summary>
public class SupersededItemTests
{
    private const string Schema = """
    {
      "title": "KilnPosition", "type": "object",
      "x-statement": { "namespace": "Tiny", "periodType": "instant", "kind": "balanceSheet", "titles": ["Balance Sheets"],
                       "identities": [ { "left": "Assets", "right": "LiabilitiesAndEquity" } ] },
      "x-namespaces": { "us-gaap": "http://fasb.org/us-gaap/2024", "kiln": "http://example.com/kiln/2030" },
      "properties": {
        "Cash": { "x-concept": "us-gaap:Cash", "x-dataType": "monetary", "x-periodType": "instant", "x-labels": { "standard": "Cash", "synonyms": [] } },
        "Assets": { "x-concept": "us-gaap:Assets", "x-dataType": "monetary", "x-periodType": "instant", "x-labels": { "standard": "Total assets", "synonyms": [] },
                    "x-calculation": [ { "item": "Cash", "weight": 1 } ] },
        "KilnDeposits": { "x-concept": "kiln:KilnDeposits", "x-dataType": "monetary", "x-periodType": "instant",
                          "x-supersededBy": { "item": "KilnAdvances", "from": "2031-07-01", "reason": "the fictional kiln standard renames deposits" },
                          "x-labels": { "standard": "Kiln deposits", "synonyms": ["Customer deposits"] } },
        "KilnAdvances": { "x-concept": "kiln:KilnAdvances", "x-dataType": "monetary", "x-periodType": "instant", "x-labels": { "standard": "Kiln advances", "synonyms": [] } },
        "KilnReserves": { "x-concept": "kiln:KilnReserves", "x-dataType": "monetary", "x-periodType": "instant",
                          "x-supersededBy": { "item": "KilnAdvances", "from": "2031-07-01" },
                          "x-labels": { "standard": "Kiln reserves", "synonyms": [] } },
        "Equity": { "x-concept": "us-gaap:StockholdersEquity", "x-dataType": "monetary", "x-periodType": "instant", "x-labels": { "standard": "Total equity", "synonyms": [] } },
        "LiabilitiesAndEquity": { "x-concept": "us-gaap:LiabilitiesAndStockholdersEquity", "x-dataType": "monetary", "x-periodType": "instant",
                                  "x-labels": { "standard": "Total liabilities and equity", "synonyms": [] },
                                  "x-calculation": [ { "item": "KilnDeposits", "weight": 1 }, { "item": "KilnAdvances", "weight": 1 }, { "item": "KilnReserves", "weight": 1 }, { "item": "Equity", "weight": 1 } ] }
      }
    }
    """;

    private static readonly ConceptCatalog Catalog = new([SchemaCatalog.Load(Schema)]);

    // Fictional: Emberly Kilns, Inc.; each side foots (400 = 100 + 300, 450 = 140 + 310).
    private static ExtractionResult Extract(string current, string prior, string liability = "Customer deposits", string? second = null) =>
        FilingExtractor.Extract(
            "EMBERLY KILNS, INC.\n\nBALANCE SHEETS\n\n(in thousands)\n\n\t" + current + "\t" + prior + "\n" +
            "Cash\t$\t400\t$\t450\n" +
            "Total assets\t$\t400\t$\t450\n" +
            liability + "\t\t100\t\t140\n" +
            (second is null ? string.Empty : second + "\t\t0\t\t0\n") +
            "Total equity\t\t300\t\t310\n" +
            "Total liabilities and equity\t$\t400\t$\t450\n",
            new ExtractionOptions { Catalog = Catalog, SourceName = "emberly.txt" });

    private static Fact Liability(ExtractionResult result) => Assert.Single(result.Report.Facts, f => f.NumericValue == 100_000m);

    [Fact]
    public void A_report_ending_on_or_after_the_date_reports_the_successor_with_the_schemas_reason()
    {
        var fact = Liability(Extract("July 31, 2031", "December 31, 2030"));

        Assert.Equal("KilnAdvances", fact.Concept.LocalName);
        Assert.Contains("'Kiln deposits' reported as kiln:KilnAdvances: the fictional kiln standard renames deposits", fact.Provenance!.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_ending_before_the_date_keeps_the_superseded_item()
    {
        Assert.Equal("KilnDeposits", Liability(Extract("June 30, 2031", "December 31, 2030")).Concept.LocalName);
    }

    [Fact]
    public void Without_a_reason_the_note_names_the_date()
    {
        var fact = Liability(Extract("July 31, 2031", "December 31, 2030", liability: "Kiln reserves"));

        Assert.Equal("KilnAdvances", fact.Concept.LocalName);
        Assert.Contains("the report's periods end on or after 2031-07-01", fact.Provenance!.Note, StringComparison.Ordinal);
    }

    [Fact]
    public void A_successor_the_table_prints_under_its_own_label_leaves_the_superseded_row_alone()
    {
        var result = Extract("July 31, 2031", "December 31, 2030", second: "Kiln advances");

        Assert.Equal("KilnDeposits", Liability(result).Concept.LocalName);
    }
}
