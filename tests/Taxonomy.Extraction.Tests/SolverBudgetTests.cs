using Taxonomy.Concepts;
using Taxonomy.Extraction.Facts;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// When the search over label-less rows stops at its step budget, the best reading it found is not shown to be the
/// cheapest: the label-less rows are not reported, and a finding says so. Before, that reading was reported as it stood
/// (a balance sheet that lost every other label had additional paid-in capital reported as net property and equipment).
/// Fictional: Northwind Fabrication Corp.; the statement foots.
/// </summary>
public class SolverBudgetTests
{
    private static readonly (string Label, string Now, string Before)[] Lines =
    [
        ("Cash and cash equivalents", "5,000", "4,000"), ("Restricted cash", "100", "90"), ("Accounts receivable, net", "2,000", "1,900"),
        ("Income taxes receivable", "150", "140"), ("Inventories", "3,000", "2,800"), ("Prepaid expenses and other current assets", "400", "380"),
        ("Total current assets", "10,650", "9,310"), ("Property, plant and equipment, net", "6,000", "5,900"),
        ("Operating lease right-of-use assets", "800", "820"), ("Finance lease right-of-use assets", "200", "210"), ("Goodwill", "4,000", "4,000"),
        ("Other intangible assets, net", "1,500", "1,550"), ("Equity method investments", "700", "650"), ("Deferred income taxes", "300", "310"),
        ("Other assets", "250", "240"), ("Total assets", "24,400", "22,990"), ("Accounts payable", "1,800", "1,700"),
        ("Accrued salaries and wages", "600", "550"), ("Accrued interest", "50", "45"), ("Taxes payable", "120", "110"),
        ("Notes payable, current", "300", "0"), ("Current portion of long-term debt", "200", "200"),
        ("Current portion of finance lease liabilities", "40", "40"), ("Operating lease liabilities, current", "150", "150"),
        ("Customer deposits", "90", "80"), ("Accrued expenses and other current liabilities", "700", "700"),
        ("Total current liabilities", "4,050", "3,575"), ("Long-term debt, net", "5,000", "4,700"), ("Finance lease liabilities", "170", "180"),
        ("Operating lease liabilities, non-current", "680", "700"), ("Deferred income taxes", "400", "390"),
        ("Other long-term liabilities", "500", "495"), ("Total liabilities", "10,800", "10,040"),
        ("Redeemable noncontrolling interest", "300", "290"), ("Common stock", "10", "10"), ("Additional paid-in capital", "8,000", "7,900"),
        ("Retained earnings", "6,000", "5,400"), ("Accumulated other comprehensive loss", "(210)", "(150)"),
        ("Treasury stock, at cost", "(800)", "(800)"), ("Total stockholders' equity", "13,000", "12,360"),
        ("Noncontrolling interests", "300", "300"), ("Total equity", "13,300", "12,660"), ("Total liabilities and equity", "24,400", "22,990"),
    ];

    // Every other line keeps its label; the others lost it in conversion.
    private static readonly string Document =
        "NORTHWIND FABRICATION CORP.\n\nNorthwind Fabrication Corp. reported results for the quarter ended March 31, 2031.\n\n"
        + "CONDENSED CONSOLIDATED BALANCE SHEETS\n(in thousands)\n\n\tMarch 31, 2031\tDecember 31, 2030\n"
        + string.Concat(Lines.Select((l, i) => (i % 2 == 0 ? l.Label : "") + "\t" + l.Now + "\t" + l.Before + "\n"));

    [Fact]
    public void Label_less_rows_the_search_cannot_settle_within_its_budget_are_not_reported()
    {
        var result = FilingExtractor.Extract(Document, new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "northwind.txt" });

        Assert.Contains(result.Findings, f => f.RuleId == Findings.Ambiguous && f.Message.Contains("exceeded its budget", StringComparison.Ordinal));
        // Label-less lines: net property and equipment, additional paid-in capital, total assets.
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName.StartsWith("PropertyPlantAndEquipment", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue == 8_000_000m);
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "Assets");
        // Control: the labelled lines are still read.
        Assert.Contains(result.Report.Facts, f => f.Concept.LocalName == "CashAndCashEquivalentsAtCarryingValue" && f.NumericValue == 5_000_000m);
        Assert.Contains(result.Report.Facts, f => f.Concept.LocalName == "LiabilitiesAndStockholdersEquity" && f.NumericValue == 24_400_000m);
    }
}
