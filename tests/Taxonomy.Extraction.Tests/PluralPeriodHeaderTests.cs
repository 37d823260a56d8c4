using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Tests;

/// <summary>"Years Ended December 31," over three year columns, as 1990s annual statements print it. Fictional company.</summary>
public class PluralPeriodHeaderTests
{
    private static string Statement(string header) => $"""
        FICTIONAL LOOM WORKS, INC.
        STATEMENTS OF OPERATIONS
        (In thousands)

                                           {header}
                                       --------------------------------
                                         1996        1995        1994
                                       --------    --------    --------
        Net sales.....................  $184,220    $171,905    $160,340
        Cost of goods sold............   139,610     131,280     123,015
                                       --------    --------    --------
        Gross profit..................    44,610      40,625      37,325

        """;

    [Theory]
    [InlineData("Years Ended December 31,")]
    [InlineData("Year Ended December 31,")]
    [InlineData("Fiscal Years Ended December 31,")]
    public void Each_year_column_is_that_years_twelve_months(string header)
    {
        var result = FilingExtractor.Extract(Statement(header), new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "fictional.txt" });
        Assert.Equal(44_610_000m, result.Report.Facts.Single(f => f.Concept.LocalName == "GrossProfit" && f.Period == Period.Parse("1996-01-01/1996-12-31")).NumericValue);
        Assert.Equal(37_325_000m, result.Report.Facts.Single(f => f.Concept.LocalName == "GrossProfit" && f.Period == Period.Parse("1994-01-01/1994-12-31")).NumericValue);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == "extract.period-missing");
    }
}
