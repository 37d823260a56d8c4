using Taxonomy.Concepts;
using Taxonomy.Extraction.Facts;

namespace Taxonomy.Extraction.Tests;

/// <summary>
/// A reading of label-less rows the solver cannot vouch for is not reported; a finding says why. When the search stops
/// at its step budget, the best reading it found is not shown to be the cheapest (a balance sheet that lost every other
/// label had additional paid-in capital reported as net property and equipment); when the best reading drops more than
/// one row as a stray line, it explains too little of the table (another had its retained earnings reported as total
/// stockholders' equity, the real total dropped). Fictional: Northwind Fabrication Corp., Maplewood Home Stores, Inc.;
/// the statements foot.
/// </summary>
public class UntrustedSolverReadingTests
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
    private static readonly string Northwind =
        "NORTHWIND FABRICATION CORP.\n\nNorthwind Fabrication Corp. reported results for the quarter ended March 31, 2031.\n\n"
        + "CONDENSED CONSOLIDATED BALANCE SHEETS\n(in thousands)\n\n\tMarch 31, 2031\tDecember 31, 2030\n"
        + string.Concat(Lines.Select((l, i) => (i % 2 == 0 ? l.Label : "") + "\t" + l.Now + "\t" + l.Before + "\n"));

    [Fact]
    public void Label_less_rows_the_search_cannot_settle_within_its_budget_are_not_reported()
    {
        var result = Extract(Northwind);

        Assert.Contains(result.Findings, f => f.RuleId == Findings.Ambiguous && f.Message.Contains("exceeded its budget", StringComparison.Ordinal));
        // Label-less lines: net property and equipment, additional paid-in capital, total assets.
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName.StartsWith("PropertyPlantAndEquipment", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue == 8_000_000m);
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "Assets");
        // Control: the labelled lines are still read.
        Assert.Contains(result.Report.Facts, f => f.Concept.LocalName == "CashAndCashEquivalentsAtCarryingValue" && f.NumericValue == 5_000_000m);
        Assert.Contains(result.Report.Facts, f => f.Concept.LocalName == "LiabilitiesAndStockholdersEquity" && f.NumericValue == 24_400_000m);
    }

    private static readonly (string Label, string Now, string Before)[] MaplewoodLines =
    [
        ("ASSETS", "", ""), ("Current assets:", "", ""),
        ("Cash and cash equivalents", "300", "280"), ("Receivables, net", "90", "85"), ("Merchandise inventories", "1,200", "1,100"),
        ("Prepaid expenses", "40", "38"), ("Income taxes receivable", "10", "12"), ("Other current assets", "30", "25"),
        ("Total current assets", "1,670", "1,540"), ("Property and equipment, net", "900", "910"), ("Operating lease assets", "1,500", "1,520"),
        ("Goodwill", "100", "100"), ("Deferred income taxes", "50", "48"), ("Other assets", "60", "62"), ("Total assets", "4,280", "4,180"),
        ("LIABILITIES AND STOCKHOLDERS' EQUITY", "", ""), ("Current liabilities:", "", ""),
        ("Accounts payable", "500", "450"), ("Accrued expenses and other current liabilities", "300", "290"),
        ("Current portion of operating lease liabilities", "250", "245"), ("Gift card liabilities", "40", "45"), ("Income taxes payable", "20", "18"),
        ("Total current liabilities", "1,110", "1,048"), ("Long-term operating lease liabilities", "1,400", "1,420"),
        ("Revolving credit facility", "200", "150"), ("Other long-term liabilities", "70", "72"), ("Total liabilities", "2,780", "2,690"),
        ("Stockholders' equity:", "", ""), ("Common stock", "5", "5"), ("Additional paid-in capital", "600", "590"),
        ("Retained earnings", "1,200", "1,190"), ("Treasury stock", "(305)", "(295)"), ("Total stockholders' equity", "1,500", "1,490"),
        ("Total liabilities and stockholders' equity", "4,280", "4,180"),
    ];

    // Captions keep their words; every other line with figures lost its label.
    private static readonly string Maplewood =
        "MAPLEWOOD HOME STORES, INC.\n\nMaplewood Home Stores, Inc. reported results for the quarter ended May 2, 2031.\n\n"
        + "CONDENSED CONSOLIDATED BALANCE SHEETS\n(in thousands)\n\n\tMay 2, 2031\tFebruary 1, 2031\n"
        + string.Concat(Blanked(MaplewoodLines));

    private static IEnumerable<string> Blanked((string Label, string Now, string Before)[] lines)
    {
        int figures = 0;
        foreach (var (label, now, before) in lines)
        {
            if (now == "") { yield return label + "\n"; continue; }
            yield return (figures++ % 2 == 0 ? label : "") + "\t" + now + "\t" + before + "\n";
        }
    }

    [Fact]
    public void A_reading_that_drops_several_rows_as_stray_lines_is_not_reported()
    {
        var result = Extract(Maplewood);

        Assert.Contains(result.Findings, f => f.RuleId == Findings.Ambiguous && f.Message.Contains("as stray lines, too many to trust it", StringComparison.Ordinal));
        // Label-less lines: retained earnings (1,200) and total stockholders' equity (1,500).
        Assert.DoesNotContain(result.Report.Facts, f => f.Concept.LocalName == "StockholdersEquity");
        Assert.DoesNotContain(result.Report.Facts, f => f.NumericValue == 1_200_000m && f.Concept.LocalName != "InventoryNet");
        // Control: labelled lines are still read.
        Assert.Contains(result.Report.Facts, f => f.Concept.LocalName == "AdditionalPaidInCapital" && f.NumericValue == 600_000m);
        Assert.Contains(result.Report.Facts, f => f.Concept.LocalName == "LiabilitiesAndStockholdersEquity" && f.NumericValue == 4_280_000m);
    }

    private static ExtractionResult Extract(string text) =>
        FilingExtractor.Extract(text, new ExtractionOptions { Catalog = ConceptCatalog.Default, SourceName = "fictional.txt" });
}
