using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// Prose that is not the registrant's reported period: a section under a heading that names a subsidiary or regional unit
/// by the registrant's own name and a region ("Quillfeather Europe"), and an outlook sentence for a period that ends after
/// the one the release reports on. Fictional company, figures of our own.
/// </summary>
public class RegionalUnitAndOutlookProseTests
{
    private const string Opening = "Quillfeather Robotics, Inc. (NYSE: QFR) today reported results for the third quarter ended September 30, 2031.\n\n"
        + "Consolidated Results\n\nRevenue for the third quarter was $84.2 million, compared with $71.5 million in the third quarter of 2030.\n\n";

    private static ExtractionResult Extract(string text) =>
        FilingExtractor.Extract(text, new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "fictional.txt" });

    private static List<decimal> Values(ExtractionResult result, string concept) =>
        result.Report.Facts.Where(f => f.Concept.LocalName == concept).Select(f => f.NumericValue ?? 0m).Order().ToList();

    [Theory]
    [InlineData("Quillfeather Europe")]
    [InlineData("Quillfeather Canada")]
    [InlineData("Quillfeather Asia Pacific Limited")]
    public void A_heading_naming_a_regional_unit_of_the_registrant_is_not_the_company(string heading)
    {
        var result = Extract(Opening + heading + "\n\nRevenue was $22.1 million, compared with $19.4 million a year ago. Operating income was $3.3 million.\n");
        Assert.Empty(Values(result, "OperatingIncomeLoss"));
        Assert.Equal([71_500_000m, 84_200_000m], Values(result, "Revenues"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "extract.narrative-conflict");
        Assert.Contains(result.Findings, f => f.RuleId == "extract.segment-prose" && f.Message.Contains(heading, StringComparison.Ordinal));
    }

    [Fact]
    public void A_heading_with_the_registrants_name_alone_is_still_the_company()
    {
        var result = Extract(Opening + "Quillfeather Robotics\n\nOperating income for the quarter was $3.3 million.\n");
        Assert.Equal([3_300_000m], Values(result, "OperatingIncomeLoss"));
    }

    [Fact]
    public void An_outlook_for_a_later_period_is_not_a_fact()
    {
        var result = Extract(Opening + "Net income for the quarter was $6.3 million.\n\n"
            + "For the fourth quarter of 2031, Quillfeather sees revenue of approximately $90.0 million and net income of $7.0 million.\n");
        Assert.Equal([6_300_000m], Values(result, "NetIncomeLoss"));
        Assert.Equal([71_500_000m, 84_200_000m], Values(result, "Revenues"));
    }
}
