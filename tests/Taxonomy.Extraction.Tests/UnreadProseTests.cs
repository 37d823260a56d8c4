using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Tests;

/// <summary>A line item's amount the prose states but the reader leaves unread is an info finding saying why, never silent.</summary>
public class UnreadProseTests
{
    private static ExtractionResult Extract(string text) =>
        FilingExtractor.Extract(text, new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "fictional.txt" });

    private static List<Taxonomy.Validation.ValidationFinding> Unread(ExtractionResult result) =>
        result.Findings.Where(f => f.RuleId == "extract.narrative-unread").ToList();

    private const string YearEnd =
        "Quillmere Tools Inc. Reports Fourth Quarter and Fiscal 2031 Results\n\n"
        + "Quillmere Tools Inc. today reported results for the fourth quarter and fiscal year ended December 31, 2031.\n\n";

    [Fact]
    public void A_quarter_named_by_its_ordinal_alone_in_a_release_on_another_is_a_finding()
    {
        var result = Extract(YearEnd + "Third-quarter net income was $2.7 million.\n\nFourth-quarter revenue was $38.5 million.\n");
        var finding = Assert.Single(Unread(result));
        Assert.Equal("NetIncomeLoss", finding.Concept!.Value.LocalName);
        Assert.Equal(2_700_000m, finding.Actual);
        Assert.Contains("another period", finding.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "NetIncomeLoss");
        // Control: the amount of the reported quarter is read.
        Assert.Contains(result.Report.Facts, f => f.Concept.LocalName == "Revenues" && f.NumericValue == 38_500_000m);
    }

    [Fact]
    public void Amounts_of_a_release_whose_period_has_no_day_are_findings()
    {
        var result = Extract("Dunmore Valves Corp. Reports First Quarter Results\n\n"
            + "Dunmore Valves Corp. today reported results for the quarter ended in March.\n\n"
            + "Revenue for the quarter was $17.6 million, compared with $15.2 million in the prior-year quarter. Net income was $1.1 million.\n");
        var unread = Unread(result);
        Assert.Equal([17_600_000m, 15_200_000m, 1_100_000m], unread.Select(f => f.Actual!.Value));
        Assert.All(unread, f => Assert.Contains("names no period it reports on", f.Message, StringComparison.Ordinal));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName is "Revenues" or "NetIncomeLoss");
    }

    [Fact]
    public void An_unread_amount_the_tables_report_needs_no_finding()
    {
        var result = Extract(YearEnd + "Third-quarter net income was $2.7 million.\n\n"
            + "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n(in thousands)\n\n"
            + "\tThree Months Ended\n\tSeptember 30, 2031\tDecember 31, 2031\n"
            + "Revenue\t$\t35,900\t$\t38,500\n"
            + "Cost of revenue\t\t20,100\t\t21,300\n"
            + "Net income\t\t2,700\t\t3,400\n");
        Assert.Contains(result.Report.Facts, f => f.Concept.LocalName == "NetIncomeLoss" && f.NumericValue == 2_700_000m);
        Assert.Empty(Unread(result));
    }

    [Fact]
    public void A_balance_at_another_point_is_a_finding_but_ranges_and_outlooks_are_not()
    {
        var result = Extract("Quillmere Tools Inc. Reports Third Quarter 2031 Results\n\n"
            + "Quillmere Tools Inc. today reported results for the third quarter ended September 30, 2031.\n\n"
            + "Total assets were $412.5 million at the end of the second quarter.\n\n"
            + "The company expects full-year revenue of $150 million to $155 million.\n\n"
            + "Revenue was $38.5 million.\n");
        var finding = Assert.Single(Unread(result));
        Assert.Equal(412_500_000m, finding.Actual);
        Assert.Contains(result.Report.Facts, f => f.Concept.LocalName == "Revenues" && f.NumericValue == 38_500_000m);
    }
}
