using Taxonomy.Extraction.Formats;

namespace Taxonomy.Extraction.Tests.Formats;

public sealed class DocumentFormatDetectorTests
{
    [Theory]
    [InlineData("<SEC-DOCUMENT>0000000000-31-000001.txt\n<SEC-HEADER>", DocumentFormat.EdgarSubmission)]
    [InlineData("-----BEGIN PRIVACY-ENHANCED MESSAGE-----\n\n<SEC-HEADER>x", DocumentFormat.EdgarSubmission)]
    [InlineData("\n<DOCUMENT>\n<TYPE>EX-99.1\n<TEXT>\n<html>", DocumentFormat.EdgarSubmission)]
    [InlineData("<TYPE>EX-99.1\n<SEQUENCE>2\n<html>", DocumentFormat.EdgarSubmission)]
    [InlineData("<HTML><BODY><P>Hi</P></BODY></HTML>", DocumentFormat.Html)]
    [InlineData("  <div><font>Revenue</font></div>", DocumentFormat.Html)]
    [InlineData("<!DOCTYPE html><html>", DocumentFormat.Html)]
    [InlineData("Some words first\n<TABLE>\n<tr><td>1</td></tr>\n</TABLE>", DocumentFormat.Html)]
    [InlineData("Revenue\t$\t1,250\n", DocumentFormat.PlainText)]
    [InlineData("# Results\n\nRevenue grew.\n\n| a | b |\n|---|---|\n", DocumentFormat.Markdown)]
    [InlineData("# Results\n\nRevenue grew.\n\nMore prose.\n\n<table>\n<tr><td>1</td></tr>\n</table>\n", DocumentFormat.PlainText)]
    [InlineData("<PAGE>   1\n<TABLE>\n<S>      <C>\nCash     5\n</TABLE>", DocumentFormat.PlainText)]
    [InlineData("", DocumentFormat.PlainText)]
    public void Detects_the_format_from_content(string content, DocumentFormat expected) =>
        Assert.Equal(expected, DocumentFormatDetector.Detect(content));
}
