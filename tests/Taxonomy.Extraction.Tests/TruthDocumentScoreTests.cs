using Taxonomy.Extraction.Evaluation;

namespace Taxonomy.Extraction.Tests;

/// <summary>A truth file's document values (form, fiscal focus, identifiers) scored against the dei facts.</summary>
public class TruthDocumentScoreTests
{
    private const string Truth = """
        {
          "documents": ["filings/fictional.txt"],
          "company": "Fictional Kettles, Inc.",
          "cik": "0000123456",
          "commission_file_number": "0-11111",
          "document": { "form": "8-K", "fiscal_year_focus": 2031, "fiscal_period_focus": "Q2", "fiscal_year_end": "--03-31" },
          "facts": []
        }
        """;

    private static Fact Dei(string localName, string value) => new()
    {
        Concept = new QName("dei", localName),
        Entity = new Entity("http://www.sec.gov/CIK", "0000123456", "cik"),
        Period = Period.Duration(new DateOnly(2031, 10, 30), new DateOnly(2031, 10, 30)),
        TextValue = value,
    };

    [Fact]
    public void Document_values_are_read_from_the_document_block_and_the_identifiers()
    {
        var truth = TruthFile.Parse(Truth);
        Assert.Equal(
            ["form=8-K", "fiscal_year_focus=2031", "fiscal_period_focus=Q2", "fiscal_year_end=--03-31", "cik=0000123456", "commission_file_number=0-11111"],
            truth.DocumentFields.Select(f => f.Field + "=" + f.Value));
    }

    [Fact]
    public void Each_value_is_found_wrong_or_missing()
    {
        var score = TruthScorer.Score(TruthFile.Parse(Truth),
            [Dei("DocumentType", "8-K"), Dei("DocumentFiscalYearFocus", "2032"), Dei("DocumentFiscalPeriodFocus", "Q2"), Dei("EntityCentralIndexKey", "123456")]);
        var outcomes = score.DocumentResults.ToDictionary(r => r.Truth.Concept, r => r.Outcome);
        Assert.Equal(TruthOutcome.Found, outcomes["DocumentType"]);
        Assert.Equal(TruthOutcome.Wrong, outcomes["DocumentFiscalYearFocus"]);
        Assert.Equal(TruthOutcome.Found, outcomes["DocumentFiscalPeriodFocus"]);
        Assert.Equal(TruthOutcome.Missing, outcomes["CurrentFiscalYearEndDate"]);
        Assert.Equal(TruthOutcome.Found, outcomes["EntityCentralIndexKey"]); // leading zeros do not matter
        Assert.Equal(TruthOutcome.Missing, outcomes["EntityFileNumber"]);
        Assert.Equal((3, 1), (score.DocumentFound, score.DocumentWrong));
        Assert.Equal("2032", score.DocumentResults.Single(r => r.Outcome == TruthOutcome.Wrong).Reported);
    }
}
