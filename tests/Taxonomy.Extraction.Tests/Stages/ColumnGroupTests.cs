using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests.Stages;

/// <summary>
/// A fictional release converted from PDF (Quillfeather Kites, Inc.): bold column-group headers over year lines, values
/// separated by single spaces, a wrapped label, and segment amounts in the narrative.
/// </summary>
public sealed class ColumnGroupTests
{
    private const string Release =
        "# Quillfeather Kites Reports Second Quarter 2025 Results\n\n" +
        "Quillfeather Kites, Inc. today reported results for the quarter ended June 30, 2025. Kite revenues increased 20% to $1.4 million.\n" +
        "Hedging gains related to revenues were $9 thousand in the quarter.\n\n" +
        "**Quillfeather Kites, Inc.**\n" +
        "**Statements of Operations**\n" +
        "(In thousands, except per share amounts)\n\n" +
        "**Quarter Ended June 30,** **Year To Date June 30,**\n\n" +
        "**2024** **2025** **2024** **2025**\n\n" +
        "Revenues $ 1,200 $ 1,450 $ 2,300 $ 2,810\n" +
        "Research and development 700 820 1,390 1,610\n" +
        "General and administrative 300 330 590 640\n" +
        "Operating expenses 1,000 1,150 1,980 2,250\n" +
        "Operating income (loss) 200 300 320 560\n" +
        "Weighted average shares, basic\n" +
        "and diluted 5,000 5,000 5,000 5,000\n\n" +
        "7\n";

    private static ExtractionResult Extract() =>
        FilingExtractor.Extract(Release, new ExtractionOptions { Catalog = Fictional.Catalog, SourceName = "quillfeather.md" });

    private static decimal? Value(ExtractionResult result, string localName, string period) => result.Value(localName, period);

    [Fact]
    public void Quarter_and_year_to_date_groups_give_three_and_six_month_periods()
    {
        var result = Extract();
        Assert.Equal(1_200_000m, Value(result, "Revenues", "2024-04-01/2024-06-30"));
        Assert.Equal(1_450_000m, Value(result, "Revenues", "2025-04-01/2025-06-30"));
        Assert.Equal(2_300_000m, Value(result, "Revenues", "2024-01-01/2024-06-30"));
        Assert.Equal(2_810_000m, Value(result, "Revenues", "2025-01-01/2025-06-30"));
        Assert.Equal(560_000m, Value(result, "OperatingIncomeLoss", "2025-01-01/2025-06-30"));
    }

    [Fact]
    public void A_label_wrapped_onto_the_line_of_its_values_is_read_whole()
    {
        var result = Extract();
        Assert.Equal(5_000_000m, Value(result, "WeightedAverageNumberOfShareOutstandingBasicAndDiluted", "2025-01-01/2025-06-30"));
    }

    [Fact]
    public void Segment_and_related_amounts_in_the_narrative_are_not_total_revenues()
    {
        var result = Extract();
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is 1_400_000m or 9_000m);
        var revenues = result.Report.Facts.Where(f => f.Concept.LocalName == "Revenues").Select(f => f.NumericValue).Order().ToList();
        Assert.Equal([1_200_000m, 1_450_000m, 2_300_000m, 2_810_000m], revenues);
    }
}
