using Taxonomy.Extraction.Facts;
using Taxonomy.Concepts;
using Taxonomy.Validation;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// Label-less balance-sheet rows are read in the order the schemas state for a classified balance sheet
/// (<c>x-printedBelow</c>): the noncurrent liabilities, and the items they sum, are printed below the current-liabilities
/// total. Where "current total, then a noncurrent line" and "noncurrent total, then a current line" foot alike, the
/// current total is never reported as the noncurrent one. A statement of financial position (IFRS's name) prints its
/// sections in either order, so its label-less rows are not read at all. Every statement here foots (fictional:
/// Quillon Fabrics Corp.).
/// </summary>
public class PrintedOrderTests
{
    private const string Header = "QUILLON FABRICS CORP.\n\nQuillon Fabrics Corp. reported results for the quarter ended September 30, 2031.\n\n";

    // 5,200 + 3,100 + 2,750 + 1,900 = 12,950; 12,950 + 6,400 + 2,300 = 21,650; 1,800 + 1,250 = 3,050;
    // 3,050 + 4,000 = 7,050; 7,050 + 14,600 = 21,650 (and 4,100 + 2,900 + 2,500 + 1,700 = 11,200; 11,200 + 6,100 + 2,300
    // = 19,600; 1,650 + 1,100 = 2,750; 2,750 + 4,500 = 7,250; 7,250 + 12,350 = 19,600).
    private static readonly (int Now, int Before)[] Amounts =
    [
        (5_200, 4_100), (3_100, 2_900), (2_750, 2_500), (1_900, 1_700), (12_950, 11_200), (6_400, 6_100), (2_300, 2_300), (21_650, 19_600),
        (1_800, 1_650), (1_250, 1_100), (3_050, 2_750), (4_000, 4_500), (7_050, 7_250), (14_600, 12_350), (21_650, 19_600),
    ];

    private static string LabelLess(string title) =>
        Header + title + "\n(in thousands)\n\n\tSeptember 30,\tDecember 31,\n\t2031\t\t2030\n"
        + string.Concat(Amounts.Select(a => FormattableString.Invariant($"\t{a.Now:N0}\t\t{a.Before:N0}\n")));

    private static ExtractionResult Extract(string text) =>
        FilingExtractor.Extract(text, new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "quillon.txt" });

    private static IEnumerable<Fact> BalanceSheetFacts(ExtractionResult result) =>
        result.Report.Facts.Where(f => f.Concept.Prefix == "us-gaap" && f.Period.IsInstant);

    [Fact]
    public void The_current_liabilities_total_of_a_label_less_balance_sheet_is_never_read_as_the_noncurrent_one()
    {
        var result = Extract(LabelLess("CONDENSED CONSOLIDATED BALANCE SHEETS"));

        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "LiabilitiesNoncurrent");
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue == 3_050_000m && f.Concept.LocalName != "LiabilitiesCurrent");
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue == 4_000_000m && f.Concept.LocalName == "LiabilitiesCurrent");
        // Control: the grand totals, which no order question touches, are still read.
        Assert.Contains(result.Report.Facts, f => f.Concept.LocalName == "Assets" && f.NumericValue == 21_650_000m);
        Assert.Contains(result.Report.Facts, f => f.Concept.LocalName == "LiabilitiesAndStockholdersEquity" && f.NumericValue == 21_650_000m);
    }

    [Fact]
    public void Label_less_rows_of_a_statement_of_financial_position_are_not_read_and_a_finding_says_why()
    {
        var result = Extract(LabelLess("CONSOLIDATED STATEMENT OF FINANCIAL POSITION"));

        Assert.Empty(BalanceSheetFacts(result));
        var finding = Assert.Single(result.Findings, f => f.RuleId == Findings.Ambiguous);
        Assert.Contains("15 row(s) without a label are not read", finding.Message, StringComparison.Ordinal);
        Assert.Contains("statement of financial position", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_labelled_statement_of_financial_position_is_still_read()
    {
        string text = Header + "CONSOLIDATED STATEMENT OF FINANCIAL POSITION\n(in thousands)\n\n\tSeptember 30,\tDecember 31,\n\t2031\t\t2030\n"
            + "Property, plant and equipment, net\t6,400\t\t6,100\n"
            + "Cash and cash equivalents\t5,200\t\t4,100\n"
            + "Total assets\t11,600\t\t10,200\n"
            + "Share capital\t\t9,600\t\t8,700\n"
            + "Trade payables\t\t2,000\t\t1,500\n"
            + "Total equity and liabilities\t11,600\t\t10,200\n";
        var result = Extract(text);

        Assert.Contains(result.Report.Facts, f => f.Concept.LocalName == "Assets" && f.NumericValue == 11_600_000m);
        Assert.Contains(result.Report.Facts, f => f.Concept.LocalName == "CashAndCashEquivalentsAtCarryingValue" && f.NumericValue == 5_200_000m);
        Assert.DoesNotContain(result.Findings, f => f.RuleId == Findings.Ambiguous);
    }
}
