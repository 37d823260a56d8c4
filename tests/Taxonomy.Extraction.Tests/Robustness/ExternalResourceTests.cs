using System.Net;
using System.Net.Sockets;
using System.Text;
using Taxonomy.Extraction.Formats;

namespace Taxonomy.Extraction.Tests.Robustness;

/// <summary>
/// Parsing never reaches outside the input: DTDs, external entities, images, style sheets, scripts and frames are not
/// fetched (HTML is parsed by AngleSharp without a browsing context, so it has no loaders), and entities declared in a
/// document type are not expanded. There is no XML reader in the pipeline (xBRL-JSON is JSON, submissions are SGML text),
/// so HTML is the one parser that could resolve anything.
/// </summary>
public sealed class ExternalResourceTests : IDisposable
{
    private const string SecretMarker = "SECRET-FILE-CONTENT-7f3a";
    private const string EntityMarker = "EXPANDED-ENTITY-9c1d";

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _secretFile = Path.Combine(Path.GetTempPath(), $"taxonomy-secret-{Guid.NewGuid():N}.txt");

    public ExternalResourceTests()
    {
        _listener.Start();
        File.WriteAllText(_secretFile, SecretMarker);
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Dispose();
        File.Delete(_secretFile);
    }

    private string Server => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    private string FileUrl => new Uri(_secretFile).AbsoluteUri;

    /// <summary>A fictional release that names every kind of outside resource HTML and XML can refer to.</summary>
    private string HostileHtml() => $$"""
        <!DOCTYPE html SYSTEM "{{Server}}/dtd/strict.dtd" [
          <!ENTITY secret SYSTEM "{{FileUrl}}">
          <!ENTITY remote SYSTEM "{{Server}}/entity">
          <!ENTITY inline "{{EntityMarker}}">
          <!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
        ]>
        <?xml-stylesheet href="{{Server}}/style.xsl"?>
        <html><head>
        <link rel="stylesheet" href="{{Server}}/style.css"><link rel="import" href="{{FileUrl}}">
        <script src="{{Server}}/script.js"></script><script>fetch("{{Server}}/fetch")</script>
        <style>@import url("{{Server}}/import.css"); body { background: url("{{FileUrl}}") }</style>
        <base href="{{Server}}/">
        </head><body>
        <p>Larkspur Ceramics reported results &secret; &remote; &inline; &lol2;</p>
        <img src="{{Server}}/logo.png"><img src="{{FileUrl}}"><iframe src="{{FileUrl}}"></iframe><object data="{{Server}}/object"></object>
        <svg><image href="{{Server}}/svg.png"/></svg><video poster="{{Server}}/poster.png"></video>
        <table>
          <tr><td>Revenue</td><td>$</td><td>1,250</td></tr>
          <tr><td>Cost of revenue</td><td></td><td>700</td></tr>
        </table>
        </body></html>
        """;

    [Fact]
    public void Html_conversion_neither_fetches_nor_expands_anything()
    {
        string text = HtmlToText.Convert(HostileHtml()).Text;
        AssertNothingReached(text);
        Assert.Contains("Revenue\t$\t1,250", text, StringComparison.Ordinal);
        // Declared entities stay unexpanded text.
        Assert.Contains("&inline;", text, StringComparison.Ordinal);
        Assert.Contains("&lol2;", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extraction_of_an_html_exhibit_neither_fetches_nor_expands_anything()
    {
        Assert.Equal(DocumentFormat.Html, DocumentFormatDetector.Detect(HostileHtml()));
        var result = FilingExtractor.Extract(Encoding.UTF8.GetBytes(HostileHtml()), new ExtractionOptions { SourceName = "hostile.htm" });
        AssertNothingReached(Everything(result));
    }

    [Fact]
    public void Extraction_of_an_edgar_submission_with_hostile_html_neither_fetches_nor_expands_anything()
    {
        string submission = "<SEC-DOCUMENT>0000000000-31-000001.txt\n<SEC-HEADER>\nCONFORMED SUBMISSION TYPE:\t8-K\n"
            + "COMPANY CONFORMED NAME:\t\t\tLARKSPUR CERAMICS INC\nCENTRAL INDEX KEY:\t\t\t0000000001\n</SEC-HEADER>\n"
            + "<DOCUMENT>\n<TYPE>EX-99.1\n<SEQUENCE>2\n<FILENAME>ex991.htm\n<TEXT>\n" + HostileHtml() + "\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n";
        Assert.Equal(DocumentFormat.EdgarSubmission, DocumentFormatDetector.Detect(submission));
        var result = FilingExtractor.Extract(Encoding.UTF8.GetBytes(submission), new ExtractionOptions { SourceName = "hostile.txt" });
        AssertNothingReached(Everything(result));
    }

    private static string Everything(ExtractionResult result) =>
        string.Join("\n", result.Report.Facts.Select(f => f.LexicalValue).Concat(result.Findings.Select(f => f.Message)))
        + Taxonomy.Xbrl.XbrlJson.ToJson(result.Report);

    /// <summary>No connection reached the local server, the secret file's content and the entity's value appear nowhere.</summary>
    private void AssertNothingReached(string output)
    {
        Assert.False(_listener.Pending(), "the parser connected to " + Server);
        Assert.DoesNotContain(SecretMarker, output, StringComparison.Ordinal);
        Assert.DoesNotContain(EntityMarker, output, StringComparison.Ordinal);
        Assert.DoesNotContain("lollol", output, StringComparison.Ordinal);
    }
}
