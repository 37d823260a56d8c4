using Taxonomy.Concepts;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A line the shipped schemas mark <c>x-classifiedAs</c> is reported as its counterpart where a printed total places
/// it: other assets and other liabilities below the current totals of a classified balance sheet are the noncurrent
/// items, a condensed balance sheet keeps the unclassified ones; interest expense among the lines that foot to a
/// printed other-income total is nonoperating interest expense, printed beside that total it stays interest expense;
/// deferred compensation among the lines that foot to equity is contra-equity, elsewhere a noncurrent liability.
/// Every statement here foots (fictional: Larkspur Instruments, Inc.).
/// </summary>
public class ClassifiedItemTests
{
    private const string Header = "LARKSPUR INSTRUMENTS, INC.\n\nLarkspur Instruments, Inc. reported results for the year ended December 31, 2030.\n\n";

    private const string Classified = Header +
        "CONSOLIDATED BALANCE SHEETS\n(in thousands)\n\n\tDecember 31, 2030\tDecember 31, 2029\n" +
        "Cash and cash equivalents\t$\t1,200\t$\t1,000\n" +
        "Accounts receivable, net\t\t800\t\t700\n" +
        "Total current assets\t\t2,000\t\t1,700\n" +
        "Property and equipment, net\t\t900\t\t950\n" +
        "Other assets\t\t130\t\t70\n" +
        "Total assets\t$\t3,030\t$\t2,720\n" +
        "Accounts payable\t$\t400\t$\t350\n" +
        "Accrued liabilities\t\t200\t\t150\n" +
        "Total current liabilities\t\t600\t\t500\n" +
        "Long-term debt\t\t500\t\t500\n" +
        "Other liabilities\t\t150\t\t100\n" +
        "Total liabilities\t\t1,250\t\t1,100\n" +
        "Common stock\t\t10\t\t10\n" +
        "Additional paid-in capital\t\t1,540\t\t1,490\n" +
        "Retained earnings\t\t230\t\t120\n" +
        "Total stockholders' equity\t\t1,780\t\t1,620\n" +
        "Total liabilities and stockholders' equity\t$\t3,030\t$\t2,720\n";

    private const string Condensed = Header +
        "CONDENSED CONSOLIDATED BALANCE SHEETS\n(in thousands)\n\n\tDecember 31, 2030\tDecember 31, 2029\n" +
        "Cash, cash equivalents and marketable securities\t$\t1,200\t$\t1,000\n" +
        "Other assets\t\t1,800\t\t1,700\n" +
        "Total assets\t$\t3,000\t$\t2,700\n" +
        "Long-term debt\t\t500\t\t500\n" +
        "Other liabilities\t\t750\t\t600\n" +
        "Total liabilities\t\t1,250\t\t1,100\n" +
        "Stockholders' equity\t\t1,750\t\t1,600\n" +
        "Total liabilities and stockholders' equity\t$\t3,000\t$\t2,700\n";

    // One wording twice: deferred compensation owed (a liability) and stock compensation not yet earned, deducted from
    // equity. 10 + 2,000 - 45 + 415 = 2,380 and 10 + 1,900 - 30 + 320 = 2,200; 400 + 120 = 520 and 350 + 100 = 450.
    private const string DeferredCompensation = Header +
        "CONSOLIDATED BALANCE SHEETS\n(in thousands)\n\n\tDecember 31, 2030\tDecember 31, 2029\n" +
        "Cash and cash equivalents\t$\t1,200\t$\t1,000\n" +
        "Accounts receivable, net\t\t800\t\t700\n" +
        "Total current assets\t\t2,000\t\t1,700\n" +
        "Property and equipment, net\t\t900\t\t950\n" +
        "Total assets\t$\t2,900\t$\t2,650\n" +
        "Accounts payable\t$\t400\t$\t350\n" +
        "Total current liabilities\t\t400\t\t350\n" +
        "Deferred compensation\t\t120\t\t100\n" +
        "Total liabilities\t\t520\t\t450\n" +
        "Common stock\t\t10\t\t10\n" +
        "Additional paid-in capital\t\t2,000\t\t1,900\n" +
        "Deferred compensation\t\t(45)\t\t(30)\n" +
        "Retained earnings\t\t415\t\t320\n" +
        "Total stockholders' equity\t\t2,380\t\t2,200\n" +
        "Total liabilities and stockholders' equity\t$\t2,900\t$\t2,650\n";

    private static string Operations(string nonoperating) => Header +
        "CONSOLIDATED STATEMENTS OF OPERATIONS\n(in thousands)\n\n\tYear Ended December 31,\n\t2030\t2029\n" +
        "Total revenues\t$\t5,000\t$\t4,000\n" +
        "Cost of revenues\t\t2,000\t\t1,600\n" +
        "Research and development\t\t1,500\t\t1,400\n" +
        "Selling, general and administrative\t\t1,000\t\t900\n" +
        "Total costs and expenses\t\t4,500\t\t3,900\n" +
        "Income from operations\t\t500\t\t100\n" +
        nonoperating +
        "Income before income taxes\t\t550\t\t125\n" +
        "Provision for income taxes\t\t115\t\t25\n" +
        "Net income\t$\t435\t$\t100\n";

    // 120 - 60 - 10 = 50 and 80 - 50 - 5 = 25: interest expense is part of the printed total.
    private const string OtherIncomeSection =
        "Other income (expense):\n" +
        "Interest income\t\t120\t\t80\n" +
        "Interest expense\t\t(60)\t\t(50)\n" +
        "Other expense\t\t(10)\t\t(5)\n" +
        "Total other income, net\t\t50\t\t25\n";

    // 500 - 60 + 110 = 550: interest expense is printed beside the nonoperating line, not inside it.
    private const string BesideNonoperating =
        "Interest expense\t\t(60)\t\t(50)\n" +
        "Non-operating income, net\t\t110\t\t75\n";

    private static ExtractionResult Extract(string text) =>
        FilingExtractor.Extract(text, new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "larkspur.txt" });

    private static string ConceptOf(ExtractionResult result, decimal value, string period) =>
        Assert.Single(result.Report.Facts, f => f.NumericValue == value && f.Period == Period.Parse(period)).Concept.ToString();

    private static void AssertFoots(ExtractionResult result) =>
        Assert.DoesNotContain(result.Findings, f => f.Severity != Severity.Info && f.RuleId.StartsWith("calc11", StringComparison.Ordinal));

    [Fact]
    public void Other_assets_and_liabilities_below_the_current_totals_of_a_classified_balance_sheet_are_noncurrent()
    {
        var result = Extract(Classified);

        Assert.Equal("us-gaap:OtherAssetsNoncurrent", ConceptOf(result, 130_000m, "2030-12-31"));
        Assert.Equal("us-gaap:OtherAssetsNoncurrent", ConceptOf(result, 70_000m, "2029-12-31"));
        Assert.Equal("us-gaap:OtherLiabilitiesNoncurrent", ConceptOf(result, 150_000m, "2030-12-31"));
        var fact = Assert.Single(result.Report.Facts, f => f.NumericValue == 130_000m);
        Assert.Contains("'Other assets' reported as us-gaap:OtherAssetsNoncurrent: a balance sheet that prints a current-assets total is classified", fact.Provenance!.Note, StringComparison.Ordinal);
        AssertFoots(result);
    }

    [Fact]
    public void A_condensed_balance_sheet_without_current_totals_keeps_the_unclassified_items()
    {
        var result = Extract(Condensed);

        Assert.Equal("us-gaap:OtherAssets", ConceptOf(result, 1_800_000m, "2030-12-31"));
        Assert.Equal("us-gaap:OtherLiabilities", ConceptOf(result, 750_000m, "2030-12-31"));
        Assert.Equal("us-gaap:OtherLiabilities", ConceptOf(result, 600_000m, "2029-12-31"));
        AssertFoots(result);
    }

    [Fact]
    public void Interest_expense_among_the_lines_that_foot_to_the_other_income_total_is_nonoperating_interest_expense()
    {
        var result = Extract(Operations(OtherIncomeSection));

        Assert.Equal("us-gaap:InterestExpenseNonoperating", ConceptOf(result, 60_000m, "2030-01-01/2030-12-31"));
        Assert.Equal("us-gaap:InterestExpenseNonoperating", ConceptOf(result, 50_000m, "2029-01-01/2029-12-31"));
        Assert.Equal("us-gaap:NonoperatingIncomeExpense", ConceptOf(result, 50_000m, "2030-01-01/2030-12-31"));
        AssertFoots(result);
    }

    [Fact]
    public void Interest_expense_printed_beside_a_nonoperating_line_it_is_not_part_of_stays_interest_expense()
    {
        var result = Extract(Operations(BesideNonoperating));

        Assert.Equal("us-gaap:InterestExpense", ConceptOf(result, 60_000m, "2030-01-01/2030-12-31"));
        Assert.Equal("us-gaap:NonoperatingIncomeExpense", ConceptOf(result, 110_000m, "2030-01-01/2030-12-31"));
        AssertFoots(result);
    }

    [Fact]
    public void Deferred_compensation_among_the_lines_that_foot_to_equity_is_contra_equity_and_elsewhere_a_liability()
    {
        var result = Extract(DeferredCompensation);

        Assert.Equal("us-gaap:DeferredCompensationLiabilityClassifiedNoncurrent", ConceptOf(result, 120_000m, "2030-12-31"));
        Assert.Equal("us-gaap:DeferredCompensationLiabilityClassifiedNoncurrent", ConceptOf(result, 100_000m, "2029-12-31"));
        // A debit deducted from equity: printed (45), it is 45.
        Assert.Equal("us-gaap:DeferredCompensationEquity", ConceptOf(result, 45_000m, "2030-12-31"));
        Assert.Equal("us-gaap:DeferredCompensationEquity", ConceptOf(result, 30_000m, "2029-12-31"));
        AssertFoots(result);
    }
}
