using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Tests.Stages;

/// <summary>
/// A statement of operations whose row labels were lost in conversion (a fictional company, Cobalt Kettle Corp.): the
/// label-less rows are solved from the calculations, and where two line items foot equally the caption of the section
/// decides, or the rows are ambiguous; a line item is never chosen because more totals contain it.
/// </summary>
public sealed class SectionCaptionTests
{
    // 9,000 − 5,400 = 3,600 (8,000 − 4,900 = 3,100); 700 + 1,300 = 2,000 (650 + 1,150 = 1,800); 3,600 − 2,000 = 1,600
    // (3,100 − 1,800 = 1,300); + 100 = 1,700 (+ 80 = 1,380); − 400 = 1,300 (− 330 = 1,050).
    private static string Statement(bool caption) =>
        "COBALT KETTLE CORP.\n\nCONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n(In thousands)\n\n" +
        "                                   Three Months Ended\n" +
        "                                 March 31,     March 31,\n" +
        "                                    2031          2030\n" +
        "                               $   9,000     $   8,000\n" +
        "                                   5,400         4,900\n" +
        "                                   3,600         3,100\n" +
        (caption ? "Operating expenses:\n" : "") +
        "                                     700           650\n" +
        "                                   1,300         1,150\n" +
        "                                   2,000         1,800\n" +
        "                                   1,600         1,300\n" +
        "                                     100            80\n" +
        "                                   1,700         1,380\n" +
        "                                     400           330\n" +
        "                               $   1,300     $   1,050\n";

    private static ExtractionResult Extract(string text) =>
        FilingExtractor.Extract(text, new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "cobalt.txt" });

    [Fact]
    public void The_caption_of_a_section_names_its_label_less_total()
    {
        var result = Extract(Statement(caption: true));
        var total = Assert.Single(result.Report.Facts, f => f.NumericValue == 2_000_000m);
        Assert.Equal("OperatingExpenses", total.Concept.LocalName);
    }

    [Fact]
    public void Without_a_caption_a_total_that_foots_as_two_line_items_is_not_given_either_by_preference()
    {
        var result = Extract(Statement(caption: false));
        // 700 + 1,300 = 2,000 foots as selling, general and administrative expense (selling + G&A) as well as operating
        // expenses (R&D + SG&A): the rows are ambiguous, not SG&A because more totals contain it.
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue == 2_000_000m && f.Concept.LocalName != "OperatingExpenses");
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is 700_000m or 1_300_000m && f.Concept.LocalName is "SellingExpense" or "GeneralAndAdministrativeExpense");
    }
}
