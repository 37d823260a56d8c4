using Taxonomy.Extraction.Formats;

namespace Taxonomy.Extraction.Tests.Formats;

/// <summary>
/// An exhibit 99 filed as an encoded file (a PDF copy of the release, uuencoded) is not text: it is never read, and a
/// finding says so. Fictional submission.
/// </summary>
public sealed class EncodedExhibitTests
{
    private const string Release = """
        Tallowmere Kites Inc. today reported net sales of $12.4 million for the quarter ended June 30, 2031.

        CONDENSED STATEMENTS OF INCOME
        (in thousands)
                                     Three Months Ended June 30,
                                         2031        2030
        Net sales                      $12,400     $11,100
        Cost of sales                    7,300       6,800
        Gross profit                     5,100       4,300

        """;

    private static string Submission(string secondBody, string secondFile) => $"""
        <SEC-DOCUMENT>0009999777-31-000002.txt : 20310728
        <SEC-HEADER>0009999777-31-000002.hdr.sgml : 20310728
        CONFORMED SUBMISSION TYPE:	8-K
        FILER:
        	COMPANY DATA:	
        		COMPANY CONFORMED NAME:			TALLOWMERE KITES INC
        		CENTRAL INDEX KEY:			0009999777
        </SEC-HEADER>
        <DOCUMENT>
        <TYPE>EX-99.1
        <SEQUENCE>2
        <FILENAME>ex991.txt
        <TEXT>
        {Release}</TEXT>
        </DOCUMENT>
        <DOCUMENT>
        <TYPE>EX-99.2
        <SEQUENCE>3
        <FILENAME>{secondFile}
        <TEXT>
        {secondBody}
        </TEXT>
        </DOCUMENT>
        </SEC-DOCUMENT>
        """;

    // A uuencoded body whose lines happen to hold a row of figures: read as text, they would be a table row.
    private const string Uuencoded = "<PDF>\nbegin 644 ex992.pdf\nM)5!$1BTQ+C0*\nNet sales  $99,999  $88,888\n`\nend\n</PDF>";

    [Theory]
    [InlineData(Uuencoded, "ex992.pdf")]
    [InlineData("begin 644 ex992.dat\nM)5!$1BTQ+C0*\nNet sales  $99,999  $88,888\n`\nend", "ex992.dat")]
    [InlineData("Net sales  $99,999  $88,888", "ex992.pdf")]
    public void An_encoded_exhibit_is_not_read_and_a_finding_says_so(string body, string file)
    {
        var result = FilingExtractor.Extract(Submission(body, file));
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is 99_999_000m or 88_888_000m or 99_999m or 88_888m);
        var finding = Assert.Single(result.Findings, f => f.RuleId == "extract.exhibit-encoded");
        Assert.Contains("EX-99.2", finding.Message, StringComparison.Ordinal);
        // The text exhibit is still read.
        Assert.Contains(result.Report.Facts, f => f.Concept.LocalName is "SalesRevenueNet" or "Revenues" && f.NumericValue == 12_400_000m);
    }

    [Fact]
    public void A_text_exhibit_is_read_and_gives_no_finding()
    {
        var submission = EdgarSubmissionReader.Read(Submission("Supplemental data: Net sales  $99,999  $88,888", "ex992.txt"));
        Assert.Equal(["EX-99.1", "EX-99.2"], EdgarSubmissionReader.SelectEarningsExhibits(submission).Select(d => d.Type));
        Assert.Empty(EdgarSubmissionReader.EncodedExhibits(submission));
    }

    [Theory]
    [InlineData("<PDF>\nbegin 644 a.pdf\nM\n`\nend\n</PDF>", null, true)]
    [InlineData("begin 0644 a.pdf\nM\n", null, true)]
    [InlineData("anything", "a.JPG", true)]
    [InlineData("begin the year with record sales\n", null, false)]
    [InlineData("begin 644\n", null, false)]
    [InlineData("<html><body>x</body></html>", "a.htm", false)]
    public void Tells_an_encoded_file_from_text(string body, string? file, bool encoded)
    {
        var document = new SubmissionDocument("EX-99.1", 1, file, null, body, 0);
        Assert.Equal(encoded, document.IsEncoded);
    }
}
