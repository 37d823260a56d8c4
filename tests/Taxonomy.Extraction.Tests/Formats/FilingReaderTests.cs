using Taxonomy.Extraction.Formats;

namespace Taxonomy.Extraction.Tests.Formats;

public sealed class FilingReaderTests
{
    [Fact]
    public void A_submission_reads_as_its_selected_exhibits_with_a_separator_line()
    {
        ReadDocument read = FilingReader.Read(EdgarSubmissionReaderTests.Submission);
        Assert.Equal(DocumentFormat.EdgarSubmission, read.Format);
        Assert.Equal("0009999002", read.Header!.CentralIndexKey);
        Assert.Equal(
            ["Quillfeather results", "", "Revenue\t$\t1,250", "", "[EX-99.2: qex992.htm]", "", "Backlog\t$\t75"],
            read.Text.Split('\n'));
        Assert.Equal(["EX-99.1", "EX-99.2"], read.Parts.Select(p => p.Type));
        Assert.Equal([0, 6], read.Parts.Select(p => p.FirstLine));
        Assert.Equal(read.Text.Split('\n').Length, read.LineOffsets.Count);
        int revenueRow = read.LineOffsets[2];
        Assert.StartsWith("<tr><td>Revenue", EdgarSubmissionReaderTests.Submission[revenueRow..], StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_text_exhibits_in_a_submission_lose_their_page_markers()
    {
        string onlyMain = EdgarSubmissionReaderTests.Submission[..EdgarSubmissionReaderTests.Submission.IndexOf("<DOCUMENT>\n<TYPE>EX-99.2", StringComparison.Ordinal)];
        ReadDocument read = FilingReader.Read(onlyMain);
        Assert.Equal("Item 2.02 Results of Operations.\nSee Exhibit 99.1.", read.Text);
        Assert.Equal(DocumentFormat.PlainText, Assert.Single(read.Parts).Format);
    }

    [Fact]
    public void Html_and_plain_text_read_as_one_part()
    {
        ReadDocument html = FilingReader.Read("<p>Net sales</p><table><tr><td>Net sales</td><td>9</td></tr></table>");
        Assert.Equal(DocumentFormat.Html, html.Format);
        Assert.Equal("Net sales\n\nNet sales\t9", html.Text);
        Assert.Null(html.Header);

        ReadDocument text = FilingReader.Read("Net sales\t9\r\n");
        Assert.Equal(DocumentFormat.PlainText, text.Format);
        Assert.Equal("Net sales\t9", text.Text);
        Assert.Single(text.Parts);
    }
}
