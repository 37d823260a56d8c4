namespace Taxonomy.Extraction.Tests;

/// <summary>
/// Highlights printed as bullet items ("- Revenue up 12% to $45.2 million") state their amounts without a full stop:
/// each is a paragraph of its own, read as prose, never a heading. Controls: a bullet without an amount stays a heading; a
/// bullet without a subject of its own takes none from the item above it; an amount the statement prints agrees with it.
/// Fictional company, figures that foot.
/// </summary>
public class BulletHighlightsTests
{
    private static string Line(string label, params string[] values) => label.PadRight(44) + string.Concat(values.Select(v => v.PadLeft(12))) + "\n";

    private static string Release(string highlights) =>
        "Wrenfield Analytics Reports Third Quarter 2031 Results\n\n"
        + "Wrenfield Analytics, Inc. today reported results for its third quarter ended September 30, 2031.\n\n"
        + "Third Quarter Highlights\n" + highlights + "\n"
        + "CONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n(in thousands, except per share amounts)\n\n"
        + new string(' ', 44) + "Three Months Ended September 30,".PadLeft(24) + "\n" + new string(' ', 44) + "2031".PadLeft(12) + "2030".PadLeft(12) + "\n"
        + Line("Revenue", "$ 45,200", "$ 40,350") + Line("Cost of revenue", "18,100", "16,550") + Line("Gross profit", "27,100", "23,800")
        + Line("Operating expenses", "19,400", "18,200") + Line("Income before income taxes", "7,700", "5,600")
        + Line("Income tax expense", "1,600", "1,150") + Line("Net income", "$ 6,100", "$ 4,450");

    private static ExtractionResult Extract(string text) => FilingExtractor.Extract(text, new ExtractionOptions { SourceName = "wrenfield.txt" });

    private static IEnumerable<decimal?> Values(ExtractionResult result, string localName) =>
        result.Report.Facts.Where(f => f.Concept.LocalName == localName && f.Period.End == new DateOnly(2031, 9, 30)).Select(f => f.NumericValue);

    [Theory]
    [InlineData("- ")]
    [InlineData("\u2022 ")]
    [InlineData("* ")]
    public void A_bullet_item_stating_an_amount_is_read(string bullet)
    {
        var result = Extract(Release(bullet + "Revenue up 12% to $45.2 million\n" + bullet + "Research and development expense of $3.2 million\n"));

        Assert.Equal([3_200_000m], Values(result, "ResearchAndDevelopmentExpense"));
        Assert.Equal([45_200_000m], Values(result, "Revenues"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId is "extract.narrative-conflict");
    }

    [Fact]
    public void A_bullet_item_without_a_subject_of_its_own_takes_none_from_the_item_above()
    {
        var result = Extract(Release("- Revenue up 12% to $45.2 million\n- $3.2 million returned to stockholders\n"));

        Assert.Equal([45_200_000m], Values(result, "Revenues"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId is "extract.narrative-conflict");
    }

    [Fact]
    public void A_bullet_without_an_amount_stays_a_heading_and_adds_nothing()
    {
        var result = Extract(Release("- Record quarter for the platform\n- Two new enterprise customers\n"));

        Assert.Equal([45_200_000m], Values(result, "Revenues"));
        Assert.Empty(Values(result, "ResearchAndDevelopmentExpense"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId.StartsWith("extract.narrative", StringComparison.Ordinal));
    }
}
