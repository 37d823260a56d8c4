using Taxonomy.Concepts;
using Taxonomy.Extraction.Formats;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests.Formats;

/// <summary>
/// A release converted to markdown by a tool that notes the pages in HTML comments (a fictional company, Fenwick Orchard Supply,
/// Inc.): a page header comment opens the document, and its income statement's pipe table breaks over two pages, its header
/// repeated after the break.
/// </summary>
public sealed class MarkdownCommentsTests
{
    private static ExtractionResult Extract(string text) =>
        FilingExtractor.Extract(text, new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "fenwick.md" });

    // Gross profit 9,000 − 5,400 = 3,600 (8,000 − 4,900 = 3,100; 26,000 − 15,700 = 10,300; 23,000 − 14,100 = 8,900); operating
    // income less SG&A; net income = operating income − tax (1,500 − 300 = 1,200; 1,200 − 250 = 950; 4,100 − 820 = 3,280;
    // 3,300 − 700 = 2,600).
    private const string Release = """
        <!-- PageHeader="Fenwick Orchard Supply, Inc." -->

        # Fenwick Orchard Supply Reports Third Quarter Results

        Fenwick Orchard Supply, Inc. today reported net sales of $9.0 million for its third quarter.

        ## CONDENSED CONSOLIDATED STATEMENTS OF INCOME

        (In thousands)

        | | Three Months Ended September 30, | | Nine Months Ended September 30, | |
        | --- | --: | --: | --: | --: |
        | | 2031 | 2030 | 2031 | 2030 |
        | Net sales | $ 9,000 | $ 8,000 | $ 26,000 | $ 23,000 |
        | Cost of sales | 5,400 | 4,900 | 15,700 | 14,100 |
        | Gross profit | 3,600 | 3,100 | 10,300 | 8,900 |
        | Selling, general and administrative | 2,100 | 1,900 | 6,200 | 5,600 |
        | Operating income | 1,500 | 1,200 | 4,100 | 3,300 |

        <!-- PageFooter="2" -->
        <!-- PageBreak -->
        <!-- PageHeader="Fenwick Orchard Supply, Inc." -->

        | | Three Months Ended September 30, | | Nine Months Ended September 30, | |
        | --- | --: | --: | --: | --: |
        | | 2031 | 2030 | 2031 | 2030 |
        | Income tax expense | 300 | 250 | 820 | 700 |
        | Net income | $ 1,200 | $ 950 | $ 3,280 | $ 2,600 |
        """;

    [Fact]
    public void A_comment_opening_the_markdown_does_not_make_it_html()
    {
        Assert.Equal(DocumentFormat.Markdown, DocumentFormatDetector.Detect(Release));
        // Control: an HTML page that opens with a comment is HTML still.
        Assert.Equal(DocumentFormat.Html, DocumentFormatDetector.Detect("<!-- saved page -->\n<p>Revenue</p>\n<table><tr><td>1</td></tr></table>\n"));
    }

    [Fact]
    public void Comment_lines_are_no_text_of_the_document()
    {
        var lines = MarkdownText.Convert(Release).Lines;

        Assert.DoesNotContain(lines, l => l.Contains("<!--", StringComparison.Ordinal) || l.Contains("PageHeader", StringComparison.Ordinal));
        // Control: a comment inside a line of text is left as it is.
        Assert.Contains("Sales rose <!-- checked --> in the quarter.", MarkdownText.Convert("Sales rose <!-- checked --> in the quarter.\n").Lines);
    }

    [Fact]
    public void A_table_broken_by_a_page_break_comment_reads_as_one_statement()
    {
        var result = Extract(Release);

        // Control: the rows above the break read as before.
        Assert.Equal(1_500_000m, result.Value("OperatingIncomeLoss", "2031-07-01/2031-09-30"));
        Assert.Equal(300_000m, result.Value("IncomeTaxExpenseBenefit", "2031-07-01/2031-09-30"));
        Assert.Equal(1_200_000m, result.Value("NetIncomeLoss", "2031-07-01/2031-09-30"));
        Assert.Equal(2_600_000m, result.Value("NetIncomeLoss", "2030-01-01/2030-09-30"));
    }
}
