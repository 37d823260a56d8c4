using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A paragraph of a plain-text release wrapped over several lines is read as one text: the subject on one line ("its net
/// income"), the verb and amount on the next ("was $3.1 million"), its comparative and per-share amounts on the lines
/// after. Controls: the same paragraph on one line reads the same facts; a line after a full stop that opens with an
/// amount is a sentence of its own and takes no subject from the line above. Fictional company, figures of my own.
/// </summary>
public class ProseWrappedParagraphTests
{
    private static ExtractionResult Extract(string text) =>
        FilingExtractor.Extract(text, new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "halverton.txt" });

    private static decimal? Value(ExtractionResult result, string localName, string period) =>
        result.Report.Facts.SingleOrDefault(f => f.Concept.LocalName == localName && f.Period == Period.Parse(period))?.NumericValue;

    private static string Release(string paragraph) =>
        "Halverton Tools Reports First Quarter 2031 Results\n\n" + paragraph + "\n\nThe company's fiscal year ends December 31.\n";

    private const string Wrapped =
        "HALVERTON, Oregon, May 4, 2031 -- Halverton Tools, Inc. today reported results for the\n"
        + "first quarter ended March 31, 2031. Its net income\n"
        + "was $3.1 million, or $0.21 per diluted share, compared with $2.8 million, or\n"
        + "$0.19 per diluted share, in the first quarter of 2030.";

    [Fact]
    public void A_sentence_wrapped_over_lines_is_read_with_its_subject_and_comparatives()
    {
        var result = Extract(Release(Wrapped));

        Assert.Equal(3_100_000m, Value(result, "NetIncomeLoss", "2031-01-01/2031-03-31"));
        Assert.Equal(0.21m, Value(result, "EarningsPerShareDiluted", "2031-01-01/2031-03-31"));
        Assert.Equal(2_800_000m, Value(result, "NetIncomeLoss", "2030-01-01/2030-03-31"));
        Assert.Equal(0.19m, Value(result, "EarningsPerShareDiluted", "2030-01-01/2030-03-31"));
    }

    [Fact]
    public void The_same_paragraph_on_one_line_reads_the_same_facts()
    {
        var wrapped = Extract(Release(Wrapped));
        var oneLine = Extract(Release(Wrapped.Replace('\n', ' ')));

        Assert.Equal(4, Read(oneLine).Count);
        Assert.Equal(Read(oneLine), Read(wrapped));
    }

    private static List<string> Read(ExtractionResult result) =>
        result.Report.Facts.Where(f => f.Concept.Prefix == "us-gaap").Select(f => $"{f.Concept.LocalName} {f.Period} {f.NumericValue}").Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void A_line_opening_with_an_amount_after_a_full_stop_takes_no_subject_from_the_line_above()
    {
        var result = Extract(Release(
            "HALVERTON, Oregon, May 4, 2031 -- Halverton Tools, Inc. today reported results for the first quarter ended\n"
            + "March 31, 2031. Revenue for the quarter was $45.2 million.\n"
            + "$3.2 million was returned to stockholders through the repurchase of common stock."));

        Assert.Equal(45_200_000m, Value(result, "Revenues", "2031-01-01/2031-03-31"));
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue == 3_200_000m);
    }
}
