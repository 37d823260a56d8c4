using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Tests.Stages;

/// <summary>
/// A statement of operations whose row labels were lost in conversion (a fictional company, Cobalt Kettle Corp.): the
/// label-less rows are solved from the calculations, and where two line items foot equally (700 + 1,300 = 2,000 as SG&A,
/// selling plus G&A, or as operating expenses) the caption of the section decides.
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
}
