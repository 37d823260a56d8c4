using Taxonomy.Concepts;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>"Three Months Ended" over four dated quarters and "Year Ended" over one: each group covers the columns printed under it.</summary>
public class UnequalPeriodGroupTests
{
    private static ExtractionResult Extract(string text) =>
        FilingExtractor.Extract(text, new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "fictional.txt" });

    private const string Intro = "Pellbrook Looms, Inc. reported results for the fourth quarter and year ended December 31, 2025.\n\n" +
        "CONSOLIDATED STATEMENTS OF OPERATIONS\n(in thousands)\n";

    /// <summary>The release and statement in fixed-width columns under the given group and date header lines.</summary>
    private static string FixedWidth(string groups, string dates) => string.Join("\n",
        "Pellbrook Looms, Inc. reported results for the fourth quarter and year ended December 31, 2025.",
        "",
        "                 CONSOLIDATED STATEMENTS OF OPERATIONS",
        "                          (in thousands)",
        "",
        groups,
        dates,
        "                           2025          2025          2025          2025           2025",
        "Total revenues            $1,000        $1,100        $1,200        $1,300         $4,600",
        "Total operating expenses     800           850           900           950          3,500",
        "Operating income             200           250           300           350          1,100",
        "");

    [Fact]
    public void Spanned_cells_give_four_quarters_and_the_year()
    {
        // An HTML table's colspans, as the conversion keeps them: each group's cell, then empty cells over its columns.
        string text = Intro + "\tThree Months Ended\t\t\t\tYear Ended\n" +
            "\tMarch 31, 2025\tJune 30, 2025\tSeptember 30, 2025\tDecember 31, 2025\tDecember 31, 2025\n" +
            "Total revenues\t1,000\t1,100\t1,200\t1,300\t4,600\n" +
            "Total operating expenses\t800\t850\t900\t950\t3,500\n" +
            "Operating income\t200\t250\t300\t350\t1,100\n";
        var result = Extract(text);
        Assert.Equal(1_000_000m, result.Value("Revenues", "2025-01-01/2025-03-31"));
        Assert.Equal(1_100_000m, result.Value("Revenues", "2025-04-01/2025-06-30"));
        Assert.Equal(1_200_000m, result.Value("Revenues", "2025-07-01/2025-09-30"));
        Assert.Equal(350_000m, result.Value("OperatingIncomeLoss", "2025-10-01/2025-12-31"));
        Assert.Equal(4_600_000m, result.Value("Revenues", "2025-01-01/2025-12-31"));
    }

    [Fact]
    public void Fixed_width_groups_centred_over_their_columns_give_four_quarters_and_the_year()
    {
        string text = FixedWidth(
            "                                          Three Months Ended                      Year Ended",
            "                         March 31,     June 30,    September 30,  December 31,   December 31,");
        var result = Extract(text);
        Assert.Equal(1_000_000m, result.Value("Revenues", "2025-01-01/2025-03-31"));
        Assert.Equal(1_200_000m, result.Value("Revenues", "2025-07-01/2025-09-30"));
        Assert.Equal(350_000m, result.Value("OperatingIncomeLoss", "2025-10-01/2025-12-31"));
        Assert.Equal(4_600_000m, result.Value("Revenues", "2025-01-01/2025-12-31"));
    }

    [Fact]
    public void Dates_a_single_space_apart_each_head_the_column_under_them()
    {
        // "September 30, December 31," reads as one header cell over the third and fourth columns: each date is its own column's.
        string text = FixedWidth(
            "                                          Three Months Ended                      Year Ended",
            "                         March 31,     June 30,    September 30, December 31,   December 31,");
        var result = Extract(text);
        Assert.Equal(1_200_000m, result.Value("Revenues", "2025-07-01/2025-09-30"));
        Assert.Equal(1_300_000m, result.Value("Revenues", "2025-10-01/2025-12-31"));
        Assert.Equal(300_000m, result.Value("OperatingIncomeLoss", "2025-07-01/2025-09-30"));
        Assert.Equal(350_000m, result.Value("OperatingIncomeLoss", "2025-10-01/2025-12-31"));
        // Control: the columns whose dates stand apart are read as before.
        Assert.Equal(1_000_000m, result.Value("Revenues", "2025-01-01/2025-03-31"));
        Assert.Equal(4_600_000m, result.Value("Revenues", "2025-01-01/2025-12-31"));
    }

    [Fact]
    public void Groups_in_neighbouring_cells_have_lost_their_spans_and_are_withheld()
    {
        // Control: no empty cell tells how far "Three Months Ended" reaches; no column is read as a year it may not be.
        string text = Intro + "\tThree Months Ended\tYear Ended\n" +
            "\tMarch 31, 2025\tJune 30, 2025\tSeptember 30, 2025\tDecember 31, 2025\tDecember 31, 2025\n" +
            "Total revenues\t1,000\t1,100\t1,200\t1,300\t4,600\n" +
            "Total operating expenses\t800\t850\t900\t950\t3,500\n" +
            "Operating income\t200\t250\t300\t350\t1,100\n";
        var result = Extract(text);
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is 1_100_000m or 1_200_000m or 250_000m);
        Assert.Contains(result.Findings, f => f.RuleId == "extract.period-missing");
    }

    [Fact]
    public void Fixed_width_groups_not_centred_over_a_cut_of_the_columns_are_withheld()
    {
        // Control: "Three Months Ended" sits over the second and third columns and "Year Ended" over the fourth: no cut of the
        // five columns centres both, so none is guessed.
        string text = FixedWidth(
            "                                  Three Months Ended        Year Ended",
            "                         March 31,     June 30,    September 30,  December 31,   December 31,");
        var result = Extract(text);
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is 1_100_000m or 1_200_000m or 1_300_000m or 4_600_000m);
    }
}
