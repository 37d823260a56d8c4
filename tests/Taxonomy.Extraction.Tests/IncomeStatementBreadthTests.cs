using Taxonomy.Concepts;
using Taxonomy.Extraction.Concepts;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// Line items ordinary statements of operations print beyond the basic ones (continuing and discontinued operations,
/// impairments, acquisition costs, debt extinguishment, disposals, preferred dividends) and per-share rows printed under
/// a basic or diluted caption, read with the shipped schemas.
/// </summary>
public class IncomeStatementBreadthTests
{
    // A fictional quarter (in thousands, except per-share amounts) with discontinued operations and preferred dividends:
    // basic income from continuing operations per share is (6,000 − 100) ÷ 5,000 = 1.18.
    private const string Statement =
        "FICTIONAL KETTLEHORN FOUNDRY, INC.\n\nCONDENSED CONSOLIDATED STATEMENTS OF OPERATIONS\n\n(in thousands, except per share amounts)\n\n" +
        "\tThree Months Ended March 31,\n\t2031\t2030\n" +
        "Net revenues\t$\t40,000\t$\t36,000\n" +
        "Cost of revenues\t\t22,000\t\t20,000\n" +
        "Gross profit\t\t18,000\t\t16,000\n" +
        "Selling, general and administrative\t\t6,000\t\t5,500\n" +
        "Depreciation and amortization\t\t1,500\t\t1,400\n" +
        "Impairment of goodwill\t\t1,000\t\t-\n" +
        "Acquisition-related costs\t\t500\t\t100\n" +
        "Total operating expenses\t\t9,000\t\t7,000\n" +
        "Operating income\t\t9,000\t\t9,000\n" +
        "Interest expense\t\t(1,000\t)\t\t(900\t)\n" +
        "Loss on extinguishment of debt\t\t(400\t)\t\t-\n" +
        "Gain on sale of assets\t\t200\t\t-\n" +
        "Income from continuing operations before income taxes\t\t7,800\t\t8,100\n" +
        "Provision for income taxes\t\t1,800\t\t2,100\n" +
        "Income from continuing operations\t\t6,000\t\t6,000\n" +
        "Loss from discontinued operations, net of tax\t\t(500\t)\t\t(250\t)\n" +
        "Net income\t\t5,500\t\t5,750\n" +
        "Preferred stock dividends\t\t(100\t)\t\t(100\t)\n" +
        "Net income available to common stockholders\t$\t5,400\t$\t5,650\n\n" +
        "Earnings (loss) per share - basic:\n" +
        "Continuing operations\t$\t1.18\t$\t1.18\n" +
        "Discontinued operations\t\t(0.10\t)\t\t(0.05\t)\n" +
        "Net income\t$\t1.08\t$\t1.13\n" +
        "Earnings (loss) per share - diluted:\n" +
        "Continuing operations\t$\t1.16\t$\t1.16\n" +
        "Discontinued operations\t\t(0.10\t)\t\t(0.05\t)\n" +
        "Net income\t$\t1.06\t$\t1.11\n\n" +
        "Weighted average shares outstanding:\n" +
        "Basic\t\t5,000\t\t5,000\n" +
        "Diluted\t\t5,100\t\t5,100\n";

    private static ExtractionResult Extract(string text) =>
        FilingExtractor.Extract(text, new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "kettlehorn.txt" });

    // A bare exhibit states no cover-page items: that warning says nothing about the statement.
    private static bool IsErrorOrWarningAboutTheNumbers(ValidationFinding f) => f.Severity is Severity.Error or Severity.Warning && f.RuleId != RuleIds.RequiredMissing;

    private static decimal? Value(ExtractionResult result, string localName, string period = "2031-01-01/2031-03-31") =>
        Assert.Single(result.Report.Facts, f => f.Concept.Prefix == "us-gaap" && f.Concept.LocalName == localName && f.Period == Period.Parse(period)).NumericValue;

    [Theory]
    [InlineData("DepreciationAndAmortization", 1_500_000)]
    [InlineData("GoodwillImpairmentLoss", 1_000_000)]
    [InlineData("BusinessCombinationAcquisitionRelatedCosts", 500_000)]
    [InlineData("InterestExpense", 1_000_000)]
    [InlineData("GainsLossesOnExtinguishmentOfDebt", -400_000)]
    [InlineData("GainLossOnDispositionOfAssets", 200_000)]
    [InlineData("IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest", 7_800_000)]
    [InlineData("IncomeLossFromContinuingOperations", 6_000_000)]
    [InlineData("IncomeLossFromDiscontinuedOperationsNetOfTax", -500_000)]
    [InlineData("NetIncomeLoss", 5_500_000)]
    [InlineData("PreferredStockDividendsIncomeStatementImpact", 100_000)]
    [InlineData("NetIncomeLossAvailableToCommonStockholdersBasic", 5_400_000)]
    public void Each_line_of_the_statement_is_its_us_gaap_line_item(string localName, long value)
    {
        Assert.Equal(value, Value(Extract(Statement), localName));
    }

    [Theory]
    [InlineData("IncomeLossFromContinuingOperationsPerBasicShare", "1.18")]
    [InlineData("IncomeLossFromDiscontinuedOperationsNetOfTaxPerBasicShare", "-0.10")]
    [InlineData("EarningsPerShareBasic", "1.08")]
    [InlineData("IncomeLossFromContinuingOperationsPerDilutedShare", "1.16")]
    [InlineData("IncomeLossFromDiscontinuedOperationsNetOfTaxPerDilutedShare", "-0.10")]
    [InlineData("EarningsPerShareDiluted", "1.06")]
    public void Rows_under_a_basic_or_diluted_per_share_caption_are_the_per_share_amounts_of_what_they_name(string localName, string value)
    {
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), Value(Extract(Statement), localName));
    }

    [Fact]
    public void The_statement_reports_no_extension_and_no_error_or_warning()
    {
        var result = Extract(Statement);
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.Prefix != "us-gaap" && f.Concept.Prefix != "dei");
        Assert.DoesNotContain(result.Findings, IsErrorOrWarningAboutTheNumbers);
    }

    [Fact]
    public void Per_share_amounts_are_checked_on_income_less_preferred_dividends()
    {
        var result = Extract(Statement);
        Assert.Contains(result.Findings, f => f.RuleId == "per-share.after-preferred-dividends" && f.Concept?.LocalName == "IncomeLossFromContinuingOperationsPerBasicShare");
        // 1.28 fits neither 6,000 ÷ 5,000 nor (6,000 − 100) ÷ 5,000.
        var wrong = Extract(Statement.Replace("Continuing operations\t$\t1.18\t$\t1.18", "Continuing operations\t$\t1.28\t$\t1.18", StringComparison.Ordinal));
        Assert.Contains(wrong.Findings, f => f.RuleId == RuleIds.PerShareRatio && f.Severity == Severity.Error && f.Concept?.LocalName == "IncomeLossFromContinuingOperationsPerBasicShare");
    }

    [Fact]
    public void A_loss_of_a_gain_or_loss_line_printed_as_its_size_is_negative()
    {
        // The same statement printing the loss on extinguishment without parentheses: pre-tax income still foots.
        var result = Extract(Statement.Replace("Loss on extinguishment of debt\t\t(400\t)", "Loss on extinguishment of debt\t\t400", StringComparison.Ordinal));
        Assert.Equal(-400_000m, Value(result, "GainsLossesOnExtinguishmentOfDebt"));
        Assert.DoesNotContain(result.Findings, IsErrorOrWarningAboutTheNumbers);
    }

    [Fact]
    public void A_gain_printed_among_operating_expenses_is_an_extension_counted_toward_them_not_a_nonoperating_gain()
    {
        // The gain on sale moved up into the operating expenses, printed as the reduction of them it is there.
        string moved = Statement
            .Replace("Gain on sale of assets\t\t200\t\t-\n", "", StringComparison.Ordinal)
            .Replace("Acquisition-related costs\t\t500\t\t100\n", "Acquisition-related costs\t\t500\t\t100\nGain on sale of assets\t\t(200\t)\t\t-\n", StringComparison.Ordinal)
            .Replace("Total operating expenses\t\t9,000", "Total operating expenses\t\t8,800", StringComparison.Ordinal)
            .Replace("Operating income\t\t9,000", "Operating income\t\t9,200", StringComparison.Ordinal);
        var result = Extract(moved);
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "GainLossOnDispositionOfAssets");
        Assert.Contains(result.Findings, f => f.RuleId == "extract.extension" && f.Message.Contains("not part of the total printed below it (us-gaap:OperatingExpenses)", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Findings, IsErrorOrWarningAboutTheNumbers);
    }

    // A fictional year with captions naming basic and diluted before the words "earnings per share".
    private const string Captions =
        "FICTIONAL BRAMBLEWICK MILLS CORP.\n\nCONSOLIDATED STATEMENTS OF INCOME\n\n(in thousands, except per share data)\n\n" +
        "\tYear Ended December 31,\n\t2031\t2030\n" +
        "Net sales\t$\t9,000\t$\t8,000\n" +
        "Cost of sales\t\t5,000\t\t4,600\n" +
        "Earnings from continuing operations before income taxes\t\t4,000\t\t3,400\n" +
        "Income taxes\t\t1,000\t\t850\n" +
        "Earnings from continuing operations\t\t3,000\t\t2,550\n" +
        "Earnings from discontinued operations, net of tax\t\t1,000\t\t-\n" +
        "Net earnings\t$\t4,000\t$\t2,550\n\n" +
        "Basic earnings per share:\n" +
        "Continuing operations\t$\t1.50\t$\t1.28\n" +
        "Discontinued operations\t\t0.50\t\t-\n" +
        "Net earnings\t$\t2.00\t$\t1.28\n" +
        "Diluted earnings per share:\n" +
        "Continuing operations\t$\t1.43\t$\t1.21\n" +
        "Discontinued operations\t\t0.48\t\t-\n" +
        "Net earnings\t$\t1.90\t$\t1.21\n\n" +
        "Weighted average shares:\n" +
        "Basic\t\t2,000\t\t2,000\n" +
        "Diluted\t\t2,100\t\t2,100\n";

    [Theory]
    [InlineData("IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest", "4000000")]
    [InlineData("IncomeLossFromContinuingOperations", "3000000")]
    [InlineData("IncomeLossFromContinuingOperationsPerBasicShare", "1.50")]
    [InlineData("IncomeLossFromDiscontinuedOperationsNetOfTaxPerBasicShare", "0.50")]
    [InlineData("EarningsPerShareBasic", "2.00")]
    [InlineData("IncomeLossFromContinuingOperationsPerDilutedShare", "1.43")]
    [InlineData("IncomeLossFromDiscontinuedOperationsNetOfTaxPerDilutedShare", "0.48")]
    [InlineData("EarningsPerShareDiluted", "1.90")]
    public void Captions_that_name_basic_or_diluted_first_read_the_same(string localName, string value)
    {
        var result = Extract(Captions);
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), Value(result, localName, "2031-01-01/2031-12-31"));
        Assert.DoesNotContain(result.Findings, IsErrorOrWarningAboutTheNumbers);
    }

    [Fact]
    public void A_per_share_caption_that_says_neither_basic_nor_diluted_leaves_the_rows_unmapped()
    {
        var result = Extract(Captions.Replace("Basic earnings per share:", "Earnings per share:", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "IncomeLossFromContinuingOperationsPerBasicShare");
        Assert.All(result.Report.Facts.Where(f => f.NumericValue == 1.50m), f => Assert.NotEqual("us-gaap", f.Concept.Prefix));
        Assert.Equal(1.43m, Value(result, "IncomeLossFromContinuingOperationsPerDilutedShare", "2031-01-01/2031-12-31"));
    }

    [Theory]
    [InlineData("Income from continuing operations before income taxes", "IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest")]
    [InlineData("Loss from continuing operations before provision for income taxes", "IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest")]
    [InlineData("Income from continuing operations before income taxes and equity in earnings of affiliates", "IncomeLossFromContinuingOperationsBeforeIncomeTaxesMinorityInterestAndIncomeLossFromEquityMethodInvestments")]
    public void A_label_spelling_out_continuing_operations_names_the_line_item_of_continuing_operations(string label, string localName)
    {
        var (outcome, row, _) = new LabelMatcher(ConceptCatalog.Default).Match(label, StatementKind.IncomeStatement);
        Assert.Equal(LabelMatcher.Outcome.Matched, outcome);
        Assert.Equal(localName, row!.Concept.LocalName);
    }

    [Theory]
    [InlineData("Revenues from continuing operations")]
    [InlineData("Provision for income taxes from continuing operations")]
    public void Continuing_operations_spelled_out_does_not_name_an_item_that_is_not_of_them(string label)
    {
        var (outcome, _, _) = new LabelMatcher(ConceptCatalog.Default).Match(label, StatementKind.IncomeStatement);
        Assert.Equal(LabelMatcher.Outcome.None, outcome);
    }

    [Theory]
    [InlineData("Continuing operations", "Earnings per share - basic", "IncomeLossFromContinuingOperationsPerBasicShare")]
    [InlineData("Discontinued operations", "Diluted earnings (loss) per share", "IncomeLossFromDiscontinuedOperationsNetOfTaxPerDilutedShare")]
    [InlineData("Net earnings", "Diluted earnings per share", "EarningsPerShareDiluted")]
    [InlineData("Net loss", "Basic and diluted loss per share", "EarningsPerShareBasicAndDiluted")]
    [InlineData("Loss from continuing operations", "Basic and diluted net loss per share", "IncomeLossFromContinuingOperationsPerBasicAndDilutedShare")]
    [InlineData("Continuing operations - diluted", "Earnings per share", "IncomeLossFromContinuingOperationsPerDilutedShare")]
    public void A_row_under_a_per_share_caption_is_the_per_share_item_of_the_amount_it_names(string label, string caption, string localName)
    {
        var (outcome, row, _) = new LabelMatcher(ConceptCatalog.Default).Match(label, caption, StatementKind.IncomeStatement);
        Assert.Equal(LabelMatcher.Outcome.Matched, outcome);
        Assert.Equal(localName, row!.Concept.LocalName);
        Assert.Equal(ConceptDataType.PerShare, row.DataType);
    }

    [Theory]
    [InlineData("Continuing operations", "Earnings per share")]
    [InlineData("Cumulative effect of change in accounting principle", "Earnings per share - basic")]
    public void A_per_share_row_whose_amount_or_dilution_is_not_named_stays_unmatched(string label, string caption)
    {
        var (outcome, row, _) = new LabelMatcher(ConceptCatalog.Default).Match(label, caption, StatementKind.IncomeStatement);
        Assert.NotEqual(LabelMatcher.Outcome.Matched, outcome);
        Assert.Null(row);
    }
}
