namespace Taxonomy.Extraction.Tests.Formats;

/// <summary>A submission's SGML header supplies the document and entity facts, ahead of what its documents' text suggests.</summary>
public sealed class SubmissionEntityFactsTests
{
    private static Dictionary<string, string> DeiFacts()
    {
        var result = FilingExtractor.Extract(EdgarSubmissionReaderTests.Submission, new ExtractionOptions { SourceName = "fictional.txt" });
        return result.Report.Facts.Where(f => f.Concept.Prefix == "dei" && f.TextValue is not null)
            .ToDictionary(f => f.Concept.LocalName, f => f.TextValue!, StringComparer.Ordinal);
    }

    [Fact]
    public void The_primary_filers_header_values_are_the_entity_facts()
    {
        var dei = DeiFacts();
        Assert.Equal("QUILLFEATHER INSTRUMENTS INC", dei["EntityRegistrantName"]);
        Assert.Equal("0009999002", dei["EntityCentralIndexKey"]);
        Assert.Equal("000-99999", dei["EntityFileNumber"]);
        Assert.Equal("12-3456789", dei["EntityTaxIdentificationNumber"]);
        Assert.Equal("--09-30", dei["CurrentFiscalYearEndDate"]);
    }

    [Fact]
    public void The_submission_type_and_period_of_report_are_the_document_facts()
    {
        var dei = DeiFacts();
        Assert.Equal("8-K", dei["DocumentType"]);
        Assert.Equal("2031-07-31", dei["DocumentPeriodEndDate"]);
    }
}
