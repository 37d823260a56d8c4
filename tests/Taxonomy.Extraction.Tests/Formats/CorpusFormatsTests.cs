using Taxonomy.Extraction.Formats;
using Taxonomy.Testing;

namespace Taxonomy.Extraction.Tests.Formats;

/// <summary>The readers over the real filings in <c>shared/corpus</c> (read in place, never copied).</summary>
public sealed class CorpusFormatsTests
{
    private const string Corpus = "corpus";

    [SharedTheory(Corpus)]
    [InlineData("amazon_1998-08-12_0000891020-98-001352.txt", "0000891020-98-001352", "0001018724", "AMAZON COM INC", "1998-08-12", "8-K")]
    [InlineData("apple_2011-01-18_0001193125-11-009392.txt", "0001193125-11-009392", "0000320193", "APPLE INC", "2011-01-18", "EX-99.1,EX-99.2")]
    [InlineData("caterpillar_2022-04-28_0000018230-22-000107.txt", "0000018230-22-000107", "0000018230", "CATERPILLAR INC", "2022-04-28", "EX-99.1,EX-99.2")]
    [InlineData("oracle_2014-06-19_0001193125-14-242424.txt", "0001193125-14-242424", "0001341439", "ORACLE CORP", "2014-06-19", "EX-99.1")]
    [InlineData("sears_2004-07-22_0000891092-04-003383.txt", "0000891092-04-003383", "0000319256", "SEARS ROEBUCK & CO", "2004-07-22", "EX-99")]
    [InlineData("southern_2005-01-25_0000092122-05-000042.txt", "0000092122-05-000042", "0000092122", "SOUTHERN CO", "2005-01-25", "EX-99.01,EX-99.02,EX-99.03,EX-99.04,EX-99.05,EX-99.06")]
    public void Full_submissions_parse_with_their_header_and_earnings_exhibits(
        string file, string accession, string cik, string company, string period, string exhibits)
    {
        string content = File.ReadAllText(SharedFiles.Require($"corpus/full-submissions/{file}"));
        ReadDocument read = FilingReader.Read(content);

        Assert.Equal(DocumentFormat.EdgarSubmission, read.Format);
        SubmissionHeader header = read.Header!;
        Assert.Equal(accession, header.AccessionNumber);
        Assert.Equal("8-K", header.SubmissionType);
        Assert.Equal(cik, header.CentralIndexKey);
        Assert.Equal(company, header.CompanyName);
        Assert.Equal(DateOnly.ParseExact(period, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), header.PeriodOfReport);
        Assert.Equal(exhibits.Split(','), read.Parts.Select(p => p.Type));
        Assert.Equal(read.Text.Split('\n').Length, read.LineOffsets.Count);
        Assert.All(read.LineOffsets, offset => Assert.InRange(offset, 0, content.Length - 1));
        Assert.DoesNotContain("<PAGE>", read.Text, StringComparison.Ordinal);
    }

    [SharedFact(Corpus)]
    public void Multi_filer_header_lists_every_filer_and_the_submitter_is_primary()
    {
        var header = EdgarSubmissionReader.Read(File.ReadAllText(SharedFiles.Require("corpus/full-submissions/southern_2005-01-25_0000092122-05-000042.txt"))).Header!;
        Assert.Equal(7, header.Filers.Count);
        Assert.Equal("0000003153", header.Filers[0].CentralIndexKey);
        Assert.Equal("0000092122", header.Primary!.CentralIndexKey);
    }

    [SharedFact(Corpus)]
    public void Header_fields_of_a_single_filer_submission()
    {
        var header = EdgarSubmissionReader.Read(File.ReadAllText(SharedFiles.Require("corpus/full-submissions/apple_2011-01-18_0001193125-11-009392.txt"))).Header!;
        Assert.Equal("--09-30", header.FiscalYearEnd);
        Assert.Equal("942404110", header.IrsNumber);
        Assert.Equal("CA", header.StateOfIncorporation);
        Assert.Equal("000-10030", header.SecFileNumber);
        Assert.Equal(new DateOnly(2011, 1, 18), header.FiledAsOf);
    }

    [SharedTheory(Corpus)]
    [InlineData("apple_2011-01-18_0001193125-11-009392_EX-99.1_dex991.htm", "Net sales", "26,741")]
    [InlineData("buckle_2024-11-22_EX-99.1_bke20241122-8kexhibit.html", "NET INCOME", "44,172")]
    [InlineData("caterpillar_2022-04-28_0000018230-22-000107_EX-99.1_ex991toformcat1q2022earnin.htm", "Total sales and revenues", "13,589")]
    [InlineData("oracle_2014-06-19_0001193125-14-242424_EX-99.1_d740679dex991.htm", "Total Revenues", "11,320")]
    public void Html_press_releases_convert_to_tab_separated_statement_rows(string file, string label, string value)
    {
        ReadDocument read = FilingReader.Read(File.ReadAllText(SharedFiles.Require($"corpus/press-releases/{file}")));
        string[] lines = read.Text.Split('\n');
        Assert.Contains(lines, line => line.Split('\t') is var cells && cells[0] == label && cells.Contains(value));
        Assert.Contains(lines, line => line.Split('\t').Contains("$"));
        Assert.DoesNotContain(lines, line => line.EndsWith('\t'));
        Assert.DoesNotContain(lines, line => line.Contains('<', StringComparison.Ordinal) && line.Contains("<td", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain('\u00A0', read.Text);
        Assert.Equal(lines.Length, read.LineOffsets.Count);
    }

    [SharedTheory(Corpus)]
    [InlineData("apple_2011-01-18_0001193125-11-009392.txt", "apple_2011-01-18_0001193125-11-009392_EX-99.1_dex991.htm")]
    [InlineData("oracle_2014-06-19_0001193125-14-242424.txt", "oracle_2014-06-19_0001193125-14-242424_EX-99.1_d740679dex991.htm")]
    [InlineData("sears_2004-07-22_0000891092-04-003383.txt", "sears_2004-07-22_0000891092-04-003383_EX-99_e18506ex_99.txt")]
    [InlineData("southern_2005-01-25_0000092122-05-000042.txt", "southern_2005-01-25_0000092122-05-000042_EX-99.02_x9902.txt")]
    public void An_exhibit_reads_the_same_inside_its_submission_as_on_its_own(string submission, string exhibit)
    {
        ReadDocument whole = FilingReader.Read(File.ReadAllText(SharedFiles.Require($"corpus/full-submissions/{submission}")));
        ReadDocument alone = FilingReader.Read(File.ReadAllText(SharedFiles.Require($"corpus/press-releases/{exhibit}")));
        string type = exhibit.Split('_')[3];
        Assert.Equal(alone.Text, whole.Parts.Single(p => p.Type == type).Text);
    }

    [SharedFact(Corpus)]
    public void Sgml_table_tags_of_a_1998_text_submission_are_removed()
    {
        ReadDocument read = FilingReader.Read(File.ReadAllText(SharedFiles.Require("corpus/full-submissions/amazon_1998-08-12_0000891020-98-001352.txt")));
        Assert.Equal(DocumentFormat.PlainText, read.Parts[0].Format);
        foreach (string tag in new[] { "<TABLE>", "</TABLE>", "<S>", "<C>", "<CAPTION>", "<PAGE>" })
            Assert.DoesNotContain(tag, read.Text, StringComparison.Ordinal);
        Assert.Contains(read.Text.Split('\n'), line => line.Contains("000-22513", StringComparison.Ordinal));
    }

    private static readonly Dictionary<string, DocumentFormat> ExpectedFormats = new(StringComparer.Ordinal)
    {
        ["full-submissions/amazon_1998-08-12_0000891020-98-001352.txt"] = DocumentFormat.EdgarSubmission,
        ["full-submissions/apple_2011-01-18_0001193125-11-009392.txt"] = DocumentFormat.EdgarSubmission,
        ["full-submissions/caterpillar_2022-04-28_0000018230-22-000107.txt"] = DocumentFormat.EdgarSubmission,
        ["full-submissions/oracle_2014-06-19_0001193125-14-242424.txt"] = DocumentFormat.EdgarSubmission,
        ["full-submissions/sears_2004-07-22_0000891092-04-003383.txt"] = DocumentFormat.EdgarSubmission,
        ["full-submissions/southern_2005-01-25_0000092122-05-000042.txt"] = DocumentFormat.EdgarSubmission,
        ["press-releases/alphabet_2024Q4_release_pdftext-lines.md"] = DocumentFormat.Markdown,
        ["press-releases/alphabet_2025Q2_release_pdf2md-htmltables.md"] = DocumentFormat.Markdown,
        ["press-releases/alphabet_2025Q2_release_pdf2md-pipetables.md"] = DocumentFormat.Markdown,
        ["press-releases/alphabet_2025Q2_release_pdftext-lines.md"] = DocumentFormat.Markdown,
        ["press-releases/apple_2011-01-18_0001193125-11-009392_EX-99.1_dex991.htm"] = DocumentFormat.Html,
        ["press-releases/buckle_2024-11-22_EX-99.1_bke20241122-8kexhibit.html"] = DocumentFormat.EdgarSubmission,
        ["press-releases/caterpillar_2022-04-28_0000018230-22-000107_EX-99.1_ex991toformcat1q2022earnin.htm"] = DocumentFormat.Html,
        ["press-releases/oracle_2014-06-19_0001193125-14-242424_EX-99.1_d740679dex991.htm"] = DocumentFormat.Html,
        ["press-releases/sears_2004-07-22_0000891092-04-003383_EX-99_e18506ex_99.txt"] = DocumentFormat.PlainText,
        ["press-releases/southern_2005-01-25_0000092122-05-000042_EX-99.01_x9901.txt"] = DocumentFormat.PlainText,
        ["press-releases/southern_2005-01-25_0000092122-05-000042_EX-99.02_x9902.txt"] = DocumentFormat.PlainText,
    };

    [SharedFact(Corpus)]
    public void Every_corpus_document_is_detected_as_its_format()
    {
        string root = SharedFiles.Require(Corpus);
        var files = new[] { "full-submissions", "press-releases" }
            .SelectMany(folder => Directory.GetFiles(Path.Combine(root, folder)).Select(path => $"{folder}/{Path.GetFileName(path)}"))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(ExpectedFormats.Keys.Order(StringComparer.Ordinal), files);
        foreach (string file in files)
            Assert.True(ExpectedFormats[file] == DocumentFormatDetector.Detect(File.ReadAllText(Path.Combine(root, file))), $"{file}: expected {ExpectedFormats[file]}");
    }

    [SharedFact(Corpus)]
    public void Every_html_press_release_converts_and_the_edgartools_exhibit_reads_as_its_html()
    {
        string root = SharedFiles.Require(Corpus);
        foreach (string path in Directory.GetFiles(Path.Combine(root, "press-releases")).Where(p => p.EndsWith(".htm", StringComparison.Ordinal) || p.EndsWith(".html", StringComparison.Ordinal)))
        {
            ReadDocument read = FilingReader.Read(File.ReadAllText(path));
            Assert.Contains('\t', read.Text);
            Assert.All(read.Parts, part => Assert.Equal(DocumentFormat.Html, part.Format));
        }
    }
}
