using Taxonomy.Concepts;
using Taxonomy.Extraction.Loading;
using Taxonomy.Extraction.Narrative;
using Taxonomy.Extraction.Periods;
using Taxonomy.Extraction.Segmentation;
using Taxonomy.Extraction.Tables;
using Taxonomy.Extraction.Tests.Support;

namespace Taxonomy.Extraction.Tests.Stages;

/// <summary>Mechanisms that keep a wrong number out: title-stated periods, the parent's share, qualified prose phrases.</summary>
public class AccuracyGuardTests
{
    private static (StatementTable Table, DocumentCalendar Calendar) Table(string text)
    {
        var lines = Segmenter.Segment(new SourceText(text));
        var table = Assert.Single(TableLocator.Locate(lines, new StatementTitles(Fictional.Catalog)));
        return (table, DocumentCalendar.Build(lines));
    }

    private const string AnnualNarrative = "Bluefin Robotics, Inc. reported results for the year ended December 31, 2024.\n\n";

    [Fact]
    public void Title_lines_stating_six_month_periods_date_columns_whose_header_prints_only_years()
    {
        var (table, calendar) = Table(AnnualNarrative + "STATEMENTS OF OPERATIONS\nSIX MONTH PERIODS ENDED JUNE 30, 2025 AND 2024\n\n\t2025\t2024\nTotal revenues\t5,000\t4,500\nNet loss\t(900)\t(400)\n");
        var periods = ColumnPeriodResolver.Resolve(table, PeriodType.Duration, calendar);
        Assert.Equal([Period.Parse("2025-01-01/2025-06-30"), Period.Parse("2024-01-01/2024-06-30")], periods.Select(p => p.Period!.Value));
    }

    [Fact]
    public void A_title_stating_a_year_and_an_inception_period_dates_each_column_by_its_year()
    {
        var stated = TitlePeriods.Find("STATEMENTS OF OPERATIONS YEAR ENDED DECEMBER 31, 2025 AND PERIOD FROM MARCH 3, 2024 (INCEPTION) TO DECEMBER 31, 2024");
        var columns = TitlePeriods.ForColumns(stated, [2025, 2024], 2)!;
        Assert.Equal(Period.Parse("2025-01-01/2025-12-31"), columns[0]);
        Assert.Equal(Period.Parse("2024-03-03/2024-12-31"), columns[1]);
    }

    [Fact]
    public void A_header_of_years_the_document_does_not_date_gives_no_period_rather_than_the_narratives()
    {
        // The narrative reports on 2024; the table's columns are 2025 and 2024 with no length or date anywhere.
        var (table, calendar) = Table(AnnualNarrative + "STATEMENTS OF OPERATIONS\n\t2025\t2024\nTotal revenues\t5,000\t4,500\n");
        var periods = ColumnPeriodResolver.Resolve(table, PeriodType.Duration, calendar);
        Assert.Null(periods[0].Period);
    }

    [Fact]
    public void The_line_under_the_noncontrolling_deduction_is_the_parents_share()
    {
        var catalog = SchemaCatalog.Shipped();
        Assert.NotNull(catalog);
        const string text = "Bluefin Robotics, Inc. reported results for the year ended December 31, 2025.\n\n"
            + "CONSOLIDATED STATEMENTS OF OPERATIONS\n(in thousands)\n\tYear Ended December 31,\n\t2025\t2024\n"
            + "Total revenues\t8,000\t7,000\nTotal operating expenses\t6,000\t5,600\nOperating income\t2,000\t1,400\n"
            + "Income before income taxes\t2,000\t1,400\nProvision for income taxes\t500\t350\n"
            + "Profit of consolidated companies\t1,500\t1,050\nLess: Profit attributable to noncontrolling interests\t20\t10\nProfit\t1,480\t1,040\n";
        var result = FilingExtractor.Extract(text, new ExtractionOptions { Catalog = catalog, SourceName = "fictional.txt" });
        var facts = result.Report.Facts.Where(f => f.Period == Period.Parse("2025-01-01/2025-12-31")).ToList();
        Assert.Equal(1_480_000m, Assert.Single(facts, f => f.Concept.LocalName == "NetIncomeLoss").NumericValue);
        Assert.DoesNotContain(facts, f => f.Concept.LocalName == "ProfitLoss" && f.NumericValue == 1_480_000m);
    }

    [Theory]
    [InlineData("For the year ended December 31, 2025, Bluefin reported total revenues of $9 million.", true)]
    [InlineData("For the year ended December 31, 2025, Bluefin reported a total revenues run rate of $9 million.", false)]
    public void A_run_rate_of_a_line_item_is_not_the_line_item(string sentence, bool names)
    {
        var lines = Segmenter.Segment(new SourceText(sentence + "\n"));
        var amounts = new ProseReader(new PhraseIndex(Fictional.Catalog), DocumentCalendar.Build(lines)).Read(Sentence.Split(lines));
        Assert.Equal(names, amounts.Any(a => a.Concept is not null && a.Value == 9_000_000m));
    }
}

public class StatementBoundaryAndLossTests
{
    private const string Annual = "Bluefin Robotics, Inc. reported results for the year ended December 31, 2025.\n\n";

    private static ExtractionResult Extract(string text) =>
        FilingExtractor.Extract(text, new ExtractionOptions { Catalog = SchemaCatalog.Shipped(), SourceName = "fictional.txt" });

    [Fact]
    public void A_loss_printed_without_parentheses_under_a_loss_label_is_reported_negative()
    {
        var result = Extract(Annual + "STATEMENTS OF OPERATIONS\n\tYear Ended December 31,\n\t2025\t2024\nTotal revenues\t1,000\t800\n"
            + "Research and development\t3,000\t2,500\nLoss from operations\t2,000\t1,700\nNet loss\t2,000\t1,700\n");
        var year = Period.Parse("2025-01-01/2025-12-31");
        Assert.Equal(-2_000m, Assert.Single(result.Report.Facts, f => f.Concept.LocalName == "NetIncomeLoss" && f.Period == year).NumericValue);
        Assert.Equal(-2_000m, Assert.Single(result.Report.Facts, f => f.Concept.LocalName == "OperatingIncomeLoss" && f.Period == year).NumericValue);
        Assert.Equal(3_000m, Assert.Single(result.Report.Facts, f => f.Concept.LocalName == "ResearchAndDevelopmentExpense" && f.Period == year).NumericValue);
    }

    [Theory]
    [InlineData("Net loss", true)]
    [InlineData("Loss before income taxes", true)]
    [InlineData("Net income (loss)", false)]
    [InlineData("Net income", false)]
    public void Only_a_label_naming_just_a_loss_is_a_loss_label(string label, bool loss) =>
        Assert.Equal(loss, Taxonomy.Extraction.Facts.LossLabels.NamesOnlyALoss(label));

    [Fact]
    public void A_stockholders_equity_title_ends_the_statement_above_it()
    {
        var lines = Segmenter.Segment(new SourceText(Annual + "STATEMENTS OF OPERATIONS\n\t2025\t2024\nTotal revenues\t1,000\t800\n\n"
            + "STATEMENTS OF STOCKHOLDERS' EQUITY\n\tShares\tAmount\tDeficit\tTotal\nBalance\t100\t1\t(5)\t(4)\n"));
        var table = Assert.Single(TableLocator.Locate(lines, new StatementTitles(Fictional.Catalog)));
        Assert.Equal(2, table.ColumnCount);
        Assert.DoesNotContain(table.Rows, r => r.Label == "Balance");
    }

    [Theory]
    [InlineData("CONDENSED STATEMENTS OF CASHFLOWS")]
    [InlineData("Consolidated Statements of Cash Flows")]
    public void Both_spellings_of_cash_flows_title_the_cash_flow_statement(string title) =>
        Assert.Equal(StatementKind.CashFlow, new StatementTitles(Fictional.Catalog).Match(title));

    [Theory]
    [InlineData("Consolidated Statements of (Loss) Income", StatementKind.IncomeStatement)]
    [InlineData("CONSOLIDATED STATEMENTS OF NET EARNINGS", StatementKind.IncomeStatement)]
    [InlineData("Condensed Statement of Net Loss", StatementKind.IncomeStatement)]
    [InlineData("CONSOLIDATED STATEMENT OF FINANCIAL CONDITION", StatementKind.BalanceSheet)]
    public void Titles_worded_by_the_result_name_their_statement(string title, StatementKind kind) =>
        Assert.Equal(kind, new StatementTitles(Fictional.Catalog).Match(title));

    [Theory]
    [InlineData("Income statement highlights from the statements of cash flows", StatementKind.CashFlow)]
    [InlineData("Widget Corp. balance sheets and income statement", StatementKind.IncomeStatement)]
    [InlineData("Rebalance sheets", null)]
    [InlineData("", null)]
    public void A_line_naming_several_titles_takes_the_longest(string line, StatementKind? kind) =>
        Assert.Equal(kind, new StatementTitles(Fictional.Catalog).Match(line));

    [Theory]
    [InlineData("Three Months Ended", true)]
    [InlineData("For the 13", true)]
    [InlineData("& Ended", true)]
    [InlineData("2025 and 2024", false)]
    [InlineData("Net widget sales", null)]
    [InlineData("Widgets' ended", null)]
    [InlineData("Décembre 2025", null)]
    [InlineData("", false)]
    public void Column_title_words_are_told_by_their_words(string text, bool? expected) =>
        Assert.Equal(expected, HeaderLines.TitleWords(text));

    [Fact]
    public void Other_liabilities_printed_above_the_current_total_is_not_the_noncurrent_item()
    {
        var result = Extract("BALANCE SHEETS\n\tDecember 31, 2025\tDecember 31, 2024\nAccounts payable\t500\t400\nOther liabilities\t200\t100\nTotal current liabilities\t700\t500\n");
        Assert.Contains(result.Report.Facts, f => f.Concept.LocalName == "LiabilitiesCurrent");
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "OtherLiabilitiesNoncurrent");
    }

    [Fact]
    public void A_one_word_line_printed_above_a_caption_is_not_read_into_the_section_under_the_caption()
    {
        var result = Extract(Annual + "STATEMENTS OF OPERATIONS\n\tYear Ended December 31,\n\t2025\t2024\nRevenues\t9,000\t8,000\nCosts and expenses:\n"
            + "Cost of revenues\t4,000\t3,500\nResearch and development\t2,000\t1,800\nTotal costs and expenses\t6,000\t5,300\nIncome from operations\t3,000\t2,700\n");
        var year = Period.Parse("2025-01-01/2025-12-31");
        Assert.Equal(9_000m, Assert.Single(result.Report.Facts, f => f.Concept.LocalName == "Revenues" && f.Period == year).NumericValue);
        Assert.Equal(4_000m, Assert.Single(result.Report.Facts, f => f.Concept.LocalName == "CostOfRevenue" && f.Period == year).NumericValue);
    }

    [Fact]
    public void A_caption_printed_beside_the_years_is_a_header_not_a_row()
    {
        var result = Extract("BALANCE SHEETS\nDECEMBER 31, 2025 AND 2024\n\nASSETS\t2025\t2024\nCURRENT ASSETS:\nCash and cash equivalents\t1,500\t1,200\nTotal current assets\t1,500\t1,200\nTotal assets\t1,500\t1,200\n");
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue is 2025m or 2024m);
        Assert.Contains(result.Report.Facts, f => f.Concept.LocalName == "Assets" && f.NumericValue == 1_500m);
    }

    [Theory]
    [InlineData("STATEMENTS OF INCOME SIX MONTHS ENDED JUNE 30, 2025 AND 0000")]
    [InlineData("STATEMENTS OF INCOME SIX MONTHS ENDED JUNE 30, 2025 AND \u0661\u0669\u0669\u0669")]
    public void A_title_year_without_a_calendar_dates_no_column(string title)
    {
        var periods = TitlePeriods.Find(title);
        Assert.Equal([Period.Parse("2025-01-01/2025-06-30")], periods);
    }
}
