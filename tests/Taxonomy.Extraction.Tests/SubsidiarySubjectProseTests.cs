using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A sentence whose subject is a subsidiary ("our Brazilian subsidiary reported …", "Northwind Canada reported …" for
/// Northwind Outfitters, Inc.) states that subsidiary's figures, not the registrant's: they are not the registrant's facts,
/// even for line items no table prints. The registrant reporting under its own name or as "we" / "the Company" still is.
/// Fictional company; the table foots.
/// </summary>
public class SubsidiarySubjectProseTests
{
    private const string Opening = "Northwind Outfitters, Inc. (Nasdaq: NWOF) today reported results for the third quarter ended September 30, 2024.\n\n";

    private const string Table =
        "\n\nCONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n(in thousands)\n\n"
        + "\tThree Months Ended\n\tSeptember 30, 2024\tSeptember 30, 2023\n"
        + "Revenue\t$\t45,300\t$\t40,100\n"
        + "Cost of revenue\t\t30,300\t\t27,100\n"
        + "Gross profit\t$\t15,000\t$\t13,000\n";

    private static ExtractionResult Extract(string prose) =>
        FilingExtractor.Extract(Opening + prose + Table, new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "fictional.txt" });

    [Theory]
    [InlineData("Our Brazilian subsidiary reported operating income of $3.0 million.")]
    [InlineData("Northwind Canada reported operating income of $3.0 million.")]
    [InlineData("In the third quarter, Northwind Canada reported operating income of $3.0 million, up from last year.")]
    public void A_subsidiary_reporting_is_not_the_registrant(string sentence)
    {
        var result = Extract(sentence);
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "OperatingIncomeLoss");
    }

    [Theory]
    [InlineData("We reported operating income of $9.0 million.")]
    [InlineData("Northwind reported operating income of $9.0 million.")]
    [InlineData("Northwind Outfitters reported operating income of $9.0 million.")]
    [InlineData("The Company reported operating income of $9.0 million.")]
    public void The_registrant_reporting_is_still_read(string sentence)
    {
        var result = Extract(sentence);
        Assert.Equal(9_000_000m, result.Report.Facts.Single(f => f.Concept.LocalName == "OperatingIncomeLoss").NumericValue);
    }
}
