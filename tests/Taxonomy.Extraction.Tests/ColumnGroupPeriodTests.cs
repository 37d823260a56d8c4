using Taxonomy.Concepts;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests;

/// <summary>"GAAP · Non-GAAP" column groups repeated under each period of the header: the GAAP column of every period is read.</summary>
public class ColumnGroupPeriodTests
{
    private static ExtractionResult Extract(string text) =>
        FilingExtractor.Extract(text, new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "fictional.txt" });

    private const string Intro = "Tallowmere Optics, Inc. reported results for the quarter ended June 30, 2025.\n\n" +
        "CONDENSED STATEMENTS OF OPERATIONS\n(in thousands)\n";

    [Fact]
    public void Gaap_columns_under_each_year_are_read_for_their_year()
    {
        string text = Intro + "\tThree Months Ended June 30,\n\t2025\t\t2024\n" +
            "\tGAAP\tNon-GAAP\tGAAP\tNon-GAAP\n" +
            "Total revenues\t5,000\t5,000\t4,500\t4,500\n" +
            "Total operating expenses\t4,200\t3,900\t3,800\t3,600\n" +
            "Operating income\t800\t1,100\t700\t900\n";
        var result = Extract(text);
        Assert.Equal(800_000m, result.Value("OperatingIncomeLoss", "2025-04-01/2025-06-30"));
        Assert.Equal(700_000m, result.Value("OperatingIncomeLoss", "2024-04-01/2024-06-30"));
        Assert.Equal(4_500_000m, result.Value("Revenues", "2024-04-01/2024-06-30"));
        Assert.Equal(3_800_000m, result.Value("OperatingExpenses", "2024-04-01/2024-06-30"));
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is 1_100_000m or 900_000m or 3_900_000m or 3_600_000m);
        Assert.Contains(result.Findings, f => f.RuleId == "extract.columns-skipped" && f.Message.Contains("'GAAP' column of each period", StringComparison.Ordinal));
    }

    [Fact]
    public void As_reported_with_adjustments_then_last_years_as_reported_reads_both_as_reported_columns()
    {
        string text = Intro + "\tThree Months Ended June 30, 2025\t\t\tThree Months Ended June 30, 2024\n" +
            "\tAs Reported\tAdjustments\tNon-GAAP\tAs Reported\n" +
            "Total revenues\t5,000\t—\t5,000\t4,500\n" +
            "Total operating expenses\t4,200\t(300\t)\t3,900\t3,800\n" +
            "Operating income\t800\t300\t1,100\t700\n";
        var result = Extract(text);
        Assert.Equal(800_000m, result.Value("OperatingIncomeLoss", "2025-04-01/2025-06-30"));
        Assert.Equal(700_000m, result.Value("OperatingIncomeLoss", "2024-04-01/2024-06-30"));
        Assert.Equal(3_800_000m, result.Value("OperatingExpenses", "2024-04-01/2024-06-30"));
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is 1_100_000m or 300_000m or 3_900_000m);
    }

    [Fact]
    public void Fixed_width_years_centred_over_their_groups_place_each_gaap_column()
    {
        string text = string.Join("\n",
            "Tallowmere Optics, Inc. reported results for the quarter ended June 30, 2025.",
            "",
            "                 CONDENSED STATEMENTS OF OPERATIONS",
            "                          (in thousands)",
            "",
            "                                    Three Months Ended June 30,",
            "                                       2025                2024",
            "                                 GAAP   Non-GAAP     GAAP   Non-GAAP",
            "Total revenues                  $5,000   $5,000     $4,500   $4,500",
            "Total operating expenses         4,200    3,900      3,800    3,600",
            "Operating income                   800    1,100        700      900",
            "");
        var result = Extract(text);
        Assert.Equal(800_000m, result.Value("OperatingIncomeLoss", "2025-04-01/2025-06-30"));
        Assert.Equal(700_000m, result.Value("OperatingIncomeLoss", "2024-04-01/2024-06-30"));
        Assert.Equal(4_500_000m, result.Value("Revenues", "2024-04-01/2024-06-30"));
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is 1_100_000m or 900_000m or 3_600_000m);
    }

    [Fact]
    public void Repeated_gaap_columns_under_one_period_keep_only_the_first()
    {
        // Control: no header line puts a period over each GAAP column, so the second one has no period of its own.
        string text = Intro + "\tThree Months Ended June 30, 2025\n" +
            "\tGAAP\tNon-GAAP\tGAAP\tNon-GAAP\n" +
            "Total revenues\t5,000\t5,000\t4,500\t4,500\n" +
            "Total operating expenses\t4,200\t3,900\t3,800\t3,600\n" +
            "Operating income\t800\t1,100\t700\t900\n";
        var result = Extract(text);
        Assert.Equal(800_000m, result.Value("OperatingIncomeLoss", "2025-04-01/2025-06-30"));
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is 700_000m or 1_100_000m or 4_500_000m);
    }
}
