namespace Taxonomy.Extraction.Tests.Formats;

/// <summary>
/// A submission filed for several registrants (a holding company and its operating subsidiary): the facts are reported
/// for one of them, and a finding says which and why; when a filing agent submitted it, the header confirms no choice and
/// the finding is a warning. Fictional submission.
/// </summary>
public sealed class SeveralRegistrantsTests
{
    private const string Release = """
        Fernhollow Energy Holdings Inc. today reported net income of $41.0 million for the quarter ended June 30, 2031.
        """;

    private static string Submission(string accession, bool twoFilers, string release = Release) => $"""
        <SEC-DOCUMENT>{accession}.txt : 20310728
        <SEC-HEADER>{accession}.hdr.sgml : 20310728
        ACCESSION NUMBER:		{accession}
        CONFORMED SUBMISSION TYPE:	8-K
        CONFORMED PERIOD OF REPORT:	20310728
        """ + (twoFilers ? """

        FILER:
        	COMPANY DATA:	
        		COMPANY CONFORMED NAME:			FERNHOLLOW ELECTRIC CO
        		CENTRAL INDEX KEY:			0009999001
        """ : "") + $"""

        FILER:
        	COMPANY DATA:	
        		COMPANY CONFORMED NAME:			FERNHOLLOW ENERGY HOLDINGS INC
        		CENTRAL INDEX KEY:			0009999002
        </SEC-HEADER>
        <DOCUMENT>
        <TYPE>EX-99.1
        <SEQUENCE>2
        <FILENAME>ex991.txt
        <TEXT>
        {release}
        </TEXT>
        </DOCUMENT>
        </SEC-DOCUMENT>
        """;

    private static string? Dei(ExtractionResult result, string localName) =>
        result.Report.Facts.SingleOrDefault(f => f.Concept.LocalName == localName)?.TextValue;

    [Fact]
    public void The_registrant_that_submitted_is_chosen_and_said()
    {
        var result = FilingExtractor.Extract(Submission("0009999002-31-000007", twoFilers: true));

        Assert.Equal("0009999002", Dei(result, "EntityCentralIndexKey"));
        var finding = Assert.Single(result.Findings, f => f.RuleId == "extract.registrants-several");
        Assert.Equal(Taxonomy.Validation.Severity.Info, finding.Severity);
        Assert.Contains("FERNHOLLOW ELECTRIC CO", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_filing_agents_submission_warns_that_the_first_block_is_unconfirmed()
    {
        var result = FilingExtractor.Extract(Submission("0009999555-31-000007", twoFilers: true));

        Assert.Equal("0009999001", Dei(result, "EntityCentralIndexKey"));
        var finding = Assert.Single(result.Findings, f => f.RuleId == "extract.registrants-several");
        Assert.Equal(Taxonomy.Validation.Severity.Warning, finding.Severity);
        Assert.Contains("--cik", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Fernhollow Energy Holdings Inc. (NYSE: FHE) today reported net income of $41.0 million for the quarter ended June 30, 2031.")]
    [InlineData("Fernhollow Energy Holdings, Incorporated (NYSE: FHE) today reported net income of $41.0 million for the quarter ended June 30, 2031.")]
    public void A_filing_agents_submission_takes_the_block_the_issuer_listing_names(string release)
    {
        var result = FilingExtractor.Extract(Submission("0009999555-31-000007", twoFilers: true, release));

        Assert.Equal("0009999002", Dei(result, "EntityCentralIndexKey"));
        Assert.Equal("FERNHOLLOW ENERGY HOLDINGS INC", Dei(result, "EntityRegistrantName"));
        Assert.Equal("0009999002", result.Report.Facts.First().Entity.Identifier);
        var finding = Assert.Single(result.Findings, f => f.RuleId == "extract.registrants-several");
        Assert.Equal(Taxonomy.Validation.Severity.Info, finding.Severity);
        Assert.Contains("issuer listing", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_listing_naming_no_block_leaves_the_first_block_with_the_warning()
    {
        var result = FilingExtractor.Extract(Submission("0009999555-31-000007", twoFilers: true,
            "Fernhollow Renewables Inc. (NYSE: FHR) today reported net income of $41.0 million for the quarter ended June 30, 2031."));

        Assert.Equal("0009999001", Dei(result, "EntityCentralIndexKey"));
        Assert.Equal(Taxonomy.Validation.Severity.Warning, Assert.Single(result.Findings, f => f.RuleId == "extract.registrants-several").Severity);
    }

    [Fact]
    public void One_registrant_gives_no_finding()
    {
        var result = FilingExtractor.Extract(Submission("0009999555-31-000007", twoFilers: false));

        Assert.Equal("0009999002", Dei(result, "EntityCentralIndexKey"));
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "extract.registrants-several");
    }
}
