using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// "revenue was $3.61 billion and net income was $231.4 million": the subject of the second amount is searched after the
/// first one, not from the clause's start, so net income is never read as revenue (it was, and with a stated fiscal year
/// end the prior year's net income was reported as revenue). One comparative after two line items compares with either
/// and is not placed, nor one after a line item and a measure the vocabulary does not know; a list of as many
/// comparatives is read in order. Fictional company.
/// </summary>
public class ProseClauseSubjectTests
{
    private const string Opening =
        "Larkspur Freight Corp. today reported results for the third quarter ended September 30, 2031. The company's fiscal year ends December 31.\n\n";

    private static ExtractionResult Extract(string sentence) =>
        FilingExtractor.Extract(Opening + sentence + "\n", new ExtractionOptions { SourceName = "larkspur.txt" });

    [Fact]
    public void The_second_amount_of_a_clause_is_its_own_subjects()
    {
        var result = Extract("For the first nine months of 2031, revenue was $3.61 billion and net income was $231.4 million, compared with $3.40 billion and $198.2 million for the same period last year.");

        Assert.Equal(3_610_000_000m, result.Value("Revenues", "2031-01-01/2031-09-30"));
        Assert.Equal(231_400_000m, result.Value("NetIncomeLoss", "2031-01-01/2031-09-30"));
        Assert.Equal(198_200_000m, result.Value("NetIncomeLoss", "2030-01-01/2030-09-30"));
        Assert.Null(result.Value("Revenues", "2030-01-01/2030-09-30"));
    }

    [Fact]
    public void An_unknown_measure_after_a_known_one_is_not_read_as_it()
    {
        var result = Extract("Research and development expenses were $31.0 million and bookings were $12.4 million in the quarter, compared with $29.7 million for the same period last year.");

        Assert.Equal(31_000_000m, result.Value("ResearchAndDevelopmentExpense", "2031-07-01/2031-09-30"));
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue == 12_400_000m);
        Assert.DoesNotContain(result.Findings, f => f.Message.Contains("$12.4 million", StringComparison.Ordinal));
        // The comparative may be the bookings' as well as the expenses': it is not the year before's expenses.
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue == 29_700_000m);
    }

    [Fact]
    public void One_comparative_after_two_line_items_is_not_given_either()
    {
        var result = Extract("Operating expenses were $310.2 million and interest expense was $12.4 million in the quarter, compared with $298.7 million for the same period last year.");

        Assert.Equal(310_200_000m, result.Value("OperatingExpenses", "2031-07-01/2031-09-30"));
        Assert.Equal(12_400_000m, result.Value("InterestExpense", "2031-07-01/2031-09-30"));
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue == 298_700_000m);
    }
}
