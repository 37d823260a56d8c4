using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Tests.Support;

/// <summary>Fictional inputs (an invented company, invented numbers that foot) and a small hand-built catalog.</summary>
public static class Fictional
{
    /// <summary>A small income statement: product and service revenue sum to revenues; two expenses to operating expenses; revenues less operating expenses is operating income; plus other income gives pre-tax income; less tax is net income.</summary>
    public const string IncomeSchema = """
    {
      "title": "TinyIncome", "type": "object",
      "x-statement": { "namespace": "Tiny", "periodType": "duration", "kind": "incomeStatement", "titles": ["Statements of Operations"] },
      "x-namespaces": { "us-gaap": "http://fasb.org/us-gaap/2024" },
      "properties": {
        "ProductRevenue": { "x-concept": "us-gaap:ProductRevenue", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "Product revenue", "synonyms": ["Products"] } },
        "ServiceRevenue": { "x-concept": "us-gaap:ServiceRevenue", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "Service revenue", "synonyms": ["Services"] } },
        "Revenues": { "x-concept": "us-gaap:Revenues", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "Revenues", "synonyms": ["Total revenues"] },
                      "x-calculation": [ { "item": "ProductRevenue", "weight": 1 }, { "item": "ServiceRevenue", "weight": 1 } ] },
        "ResearchAndDevelopmentExpense": { "x-concept": "us-gaap:ResearchAndDevelopmentExpense", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "Research and development", "synonyms": ["Research and development expenses"] } },
        "GeneralAndAdministrativeExpense": { "x-concept": "us-gaap:GeneralAndAdministrativeExpense", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "General and administrative", "synonyms": ["General and administrative expenses"] } },
        "OperatingExpenses": { "x-concept": "us-gaap:OperatingExpenses", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "Operating expenses", "synonyms": ["Total operating expenses"] },
                      "x-calculation": [ { "item": "ResearchAndDevelopmentExpense", "weight": 1 }, { "item": "GeneralAndAdministrativeExpense", "weight": 1 } ] },
        "OperatingIncomeLoss": { "x-concept": "us-gaap:OperatingIncomeLoss", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "Operating income (loss)", "synonyms": ["Income from operations"] },
                      "x-calculation": [ { "item": "Revenues", "weight": 1 }, { "item": "OperatingExpenses", "weight": -1 } ] },
        "NonoperatingIncomeExpense": { "x-concept": "us-gaap:NonoperatingIncomeExpense", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "Other income, net", "synonyms": [] } },
        "PretaxIncome": { "x-concept": "us-gaap:IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "Income before income taxes", "synonyms": [] },
                      "x-calculation": [ { "item": "OperatingIncomeLoss", "weight": 1 }, { "item": "NonoperatingIncomeExpense", "weight": 1 } ] },
        "IncomeTaxExpenseBenefit": { "x-concept": "us-gaap:IncomeTaxExpenseBenefit", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "Income tax expense", "synonyms": [] } },
        "NetIncomeLoss": { "x-concept": "us-gaap:NetIncomeLoss", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "Net income (loss)", "synonyms": ["Net income", "Net loss"] },
                      "x-calculation": [ { "item": "PretaxIncome", "weight": 1 }, { "item": "IncomeTaxExpenseBenefit", "weight": -1 } ] },
        "EarningsPerShareBasicAndDiluted": { "x-concept": "us-gaap:EarningsPerShareBasicAndDiluted", "x-dataType": "perShare", "x-periodType": "duration", "x-labels": { "standard": "Earnings per share, basic and diluted", "synonyms": ["Net income per share, basic and diluted"] } },
        "WeightedAverageShares": { "x-concept": "us-gaap:WeightedAverageNumberOfShareOutstandingBasicAndDiluted", "x-dataType": "shares", "x-periodType": "duration", "x-labels": { "standard": "Weighted average shares, basic and diluted", "synonyms": [] } }
      }
    }
    """;

    /// <summary>A small balance sheet.</summary>
    public const string BalanceSchema = """
    {
      "title": "TinyBalance", "type": "object",
      "x-statement": { "namespace": "Tiny", "periodType": "instant", "kind": "balanceSheet", "titles": ["Balance Sheets"],
                       "identities": [ { "left": "Assets", "right": "LiabilitiesAndStockholdersEquity" } ] },
      "x-namespaces": { "us-gaap": "http://fasb.org/us-gaap/2024" },
      "properties": {
        "Cash": { "x-concept": "us-gaap:CashAndCashEquivalentsAtCarryingValue", "x-dataType": "monetary", "x-periodType": "instant", "x-labels": { "standard": "Cash and cash equivalents", "synonyms": [] } },
        "OtherAssets": { "x-concept": "us-gaap:OtherAssets", "x-dataType": "monetary", "x-periodType": "instant", "x-labels": { "standard": "Other assets", "synonyms": [] } },
        "Assets": { "x-concept": "us-gaap:Assets", "x-dataType": "monetary", "x-periodType": "instant", "x-labels": { "standard": "Assets", "synonyms": ["Total assets"] },
                    "x-calculation": [ { "item": "Cash", "weight": 1 }, { "item": "OtherAssets", "weight": 1 } ] },
        "Liabilities": { "x-concept": "us-gaap:Liabilities", "x-dataType": "monetary", "x-periodType": "instant", "x-labels": { "standard": "Liabilities", "synonyms": ["Total liabilities"] } },
        "StockholdersEquity": { "x-concept": "us-gaap:StockholdersEquity", "x-dataType": "monetary", "x-periodType": "instant", "x-labels": { "standard": "Stockholders' equity", "synonyms": [] } },
        "LiabilitiesAndStockholdersEquity": { "x-concept": "us-gaap:LiabilitiesAndStockholdersEquity", "x-dataType": "monetary", "x-periodType": "instant", "x-labels": { "standard": "Liabilities and stockholders' equity", "synonyms": ["Total liabilities and stockholders' equity"] },
                    "x-calculation": [ { "item": "Liabilities", "weight": 1 }, { "item": "StockholdersEquity", "weight": 1 } ] }
      }
    }
    """;

    public static ConceptCatalog Catalog { get; } = new([SchemaCatalog.Load(IncomeSchema), SchemaCatalog.Load(BalanceSchema)]);

    public static StatementDefinition Income => Catalog.Statements.Single(s => s.Name == "TinyIncome");

    /// <summary>A fictional quarterly release: fiscal year ends March 31; a table with labels and a balance sheet.</summary>
    public const string Release = "Bluefin Robotics, Inc. (Nasdaq: BFRB) reported results for the quarter ended June 30, 2025, the first quarter of fiscal 2026.\n" +
        "\n" +
        "Revenues for the three months ended June 30, 2025 were $5.0 million, compared to $4.5 million for the same period last year. Net income was $0.6 million. Capital expenditures were $0.2 million for the first quarter of fiscal 2026. The company expects revenues for fiscal 2026 to be between $21-23 million.\n" +
        "\n" +
        "BLUEFIN ROBOTICS, INC. (in thousands, except per share amounts)\n" +
        "\n" +
        "CONDENSED STATEMENTS OF OPERATIONS\n" +
        "\tThree Months Ended June 30,\n" +
        "\t2025\t2024\n" +
        "Products\t$\t3,100\t$\t2,800\n" +
        "Services\t\t1,900\t\t1,700\n" +
        "Total revenues\t\t5,000\t\t4,500\n" +
        "Research and development\t\t2,500\t\t2,300\n" +
        "General and administrative\t\t1,800\t\t1,600\n" +
        "Total operating expenses\t\t4,300\t\t3,900\n" +
        "Income from operations\t\t700\t\t600\n" +
        "Other income, net\t\t50\t\t(20)\n" +
        "Income before income taxes\t\t750\t\t580\n" +
        "Income tax expense\t\t150\t\t116\n" +
        "Net income\t$\t600\t$\t464\n" +
        "Net income per share, basic and diluted\t$\t0.06\t$\t0.05\n" +
        "\n" +
        "CONDENSED BALANCE SHEETS\n" +
        "\tJune 30, 2025\tMarch 31, 2025\n" +
        "Cash and cash equivalents\t$\t9,000\t$\t8,200\n" +
        "Other assets\t\t4,000\t\t4,100\n" +
        "Total assets\t$\t13,000\t$\t12,300\n" +
        "Total liabilities\t\t5,000\t\t4,900\n" +
        "Stockholders' equity\t\t8,000\t\t7,400\n" +
        "Total liabilities and stockholders' equity\t$\t13,000\t$\t12,300\n";
}
