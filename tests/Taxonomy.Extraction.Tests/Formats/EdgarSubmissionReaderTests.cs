using Taxonomy.Extraction.Formats;

namespace Taxonomy.Extraction.Tests.Formats;

public sealed class EdgarSubmissionReaderTests
{
    // A fictional two-filer submission: the submitter (accession prefix 0009999002) is the second filer.
    internal const string Submission = """
        <SEC-DOCUMENT>0009999002-31-000007.txt : 20310801
        <SEC-HEADER>0009999002-31-000007.hdr.sgml : 20310801
        ACCESSION NUMBER:		0009999002-31-000007
        CONFORMED SUBMISSION TYPE:	8-K
        PUBLIC DOCUMENT COUNT:		3
        CONFORMED PERIOD OF REPORT:	20310731
        ITEM INFORMATION:		
        FILED AS OF DATE:		20310801

        FILER:

        	COMPANY DATA:	
        		COMPANY CONFORMED NAME:			QUILLFEATHER FINANCE LLC
        		CENTRAL INDEX KEY:			0009999001
        		FISCAL YEAR END:			1231

        FILER:

        	COMPANY DATA:	
        		COMPANY CONFORMED NAME:			QUILLFEATHER INSTRUMENTS INC
        		CENTRAL INDEX KEY:			0009999002
        		IRS NUMBER:				123456789
        		STATE OF INCORPORATION:			DE
        		FISCAL YEAR END:			0930

        	FILING VALUES:
        		FORM TYPE:		8-K
        		SEC FILE NUMBER:	000-99999
        </SEC-HEADER>
        <DOCUMENT>
        <TYPE>8-K
        <SEQUENCE>1
        <FILENAME>q8k.txt
        <DESCRIPTION>CURRENT REPORT
        <TEXT>
        Item 2.02 Results of Operations.
        <PAGE>   2
        See Exhibit 99.1.
        </TEXT>
        </DOCUMENT>
        <DOCUMENT>
        <TYPE>EX-99.2
        <SEQUENCE>3
        <FILENAME>qex992.htm
        <TEXT>
        <html><body><table><tr><td>Backlog</td><td>$</td><td>75</td></tr></table></body></html>
        </TEXT>
        </DOCUMENT>
        <DOCUMENT>
        <TYPE>EX-99.1
        <SEQUENCE>2
        <FILENAME>qex991.htm
        <DESCRIPTION>PRESS RELEASE
        <TEXT>
        <html><body><p>Quillfeather results</p><table><tr><td>Revenue</td><td>$</td><td>1,250</td></tr></table></body></html>
        </TEXT>
        </DOCUMENT>
        </SEC-DOCUMENT>
        """;

    [Fact]
    public void Parses_the_header_and_chooses_the_submitting_filer_as_primary()
    {
        SubmissionHeader header = EdgarSubmissionReader.Read(Submission).Header!;
        Assert.Equal("0009999002-31-000007", header.AccessionNumber);
        Assert.Equal("8-K", header.SubmissionType);
        Assert.Equal(new DateOnly(2031, 7, 31), header.PeriodOfReport);
        Assert.Equal(new DateOnly(2031, 8, 1), header.FiledAsOf);
        Assert.Equal(["0009999001", "0009999002"], header.Filers.Select(f => f.CentralIndexKey));
        Assert.Equal("QUILLFEATHER INSTRUMENTS INC", header.CompanyName);
        Assert.Equal("0009999002", header.CentralIndexKey);
        Assert.Equal("123456789", header.IrsNumber);
        Assert.Equal("DE", header.StateOfIncorporation);
        Assert.Equal("--09-30", header.FiscalYearEnd);
        Assert.Equal("000-99999", header.SecFileNumber);
        Assert.Equal("--12-31", header.Filers[0].FiscalYearEnd);
    }

    [Fact]
    public void Without_the_submitter_among_the_filers_the_first_filer_is_primary()
    {
        string agentFiled = Submission.Replace("ACCESSION NUMBER:\t\t0009999002", "ACCESSION NUMBER:\t\t0001111111", StringComparison.Ordinal);
        Assert.Equal("0009999001", EdgarSubmissionReader.Read(agentFiled).Header!.CentralIndexKey);
    }

    [Fact]
    public void Reads_every_document_with_its_body_offset()
    {
        var documents = EdgarSubmissionReader.Read(Submission).Documents;
        Assert.Equal(["8-K", "EX-99.2", "EX-99.1"], documents.Select(d => d.Type));
        Assert.Equal([1, 3, 2], documents.Select(d => d.Sequence));
        Assert.Equal(["q8k.txt", "qex992.htm", "qex991.htm"], documents.Select(d => d.FileName));
        Assert.Equal(["CURRENT REPORT", null, "PRESS RELEASE"], documents.Select(d => d.Description));
        Assert.Equal("Item 2.02 Results of Operations.\n<PAGE>   2\nSee Exhibit 99.1.\n", documents[0].Body);
        foreach (var document in documents)
            Assert.Equal(document.Body, Submission.Substring(document.BodyOffset, document.Body.Length));
        Assert.Equal([DocumentFormat.PlainText, DocumentFormat.Html, DocumentFormat.Html], documents.Select(d => d.BodyFormat));
    }

    [Fact]
    public void Selects_exhibit_99_1_first_then_the_other_exhibits_99()
    {
        var selected = EdgarSubmissionReader.SelectEarningsExhibits(EdgarSubmissionReader.Read(Submission));
        Assert.Equal(["EX-99.1", "EX-99.2"], selected.Select(d => d.Type));
    }

    [Fact]
    public void Without_exhibits_99_selects_the_main_document()
    {
        string onlyMain = Submission[..(Submission.IndexOf("<DOCUMENT>\n<TYPE>EX-99.2", StringComparison.Ordinal))];
        var selected = EdgarSubmissionReader.SelectEarningsExhibits(EdgarSubmissionReader.Read(onlyMain));
        Assert.Equal(["8-K"], selected.Select(d => d.Type));
    }

    [Fact]
    public void Reads_a_single_exhibit_stored_with_its_type_lines()
    {
        string exhibit = "<TYPE>EX-99.1\n<SEQUENCE>2\n<FILENAME>r.htm\n<html><body><p>Hello</p></body></html>\n";
        var submission = EdgarSubmissionReader.Read(exhibit);
        Assert.Null(submission.Header);
        var document = Assert.Single(submission.Documents);
        Assert.Equal("EX-99.1", document.Type);
        Assert.Equal(2, document.Sequence);
        Assert.Equal("<html><body><p>Hello</p></body></html>\n", document.Body);
    }
}
