namespace Taxonomy.Generators.Tests;

internal static class TestSchemas
{
    /// <summary>The minimal consumer schema, exactly as the schema vocabulary shows it.</summary>
    public const string WidgetIncome = """
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "title": "WidgetIncome",
          "type": "object",
          "x-statement": { "namespace": "Widgets.Statements", "periodType": "duration" },
          "x-namespaces": { "us-gaap": "http://fasb.org/us-gaap/2024", "wdg": "http://example.com/widgets/2026" },
          "properties": {
            "WidgetRevenue": { "x-concept": "wdg:WidgetRevenue", "x-dataType": "monetary", "x-periodType": "duration", "x-balance": "credit",
                               "x-labels": { "standard": "Widget revenue", "synonyms": ["Revenue from widgets"] } },
            "GadgetRevenue": { "x-concept": "wdg:GadgetRevenue", "x-dataType": "monetary", "x-periodType": "duration", "x-balance": "credit",
                               "x-labels": { "standard": "Gadget revenue", "synonyms": [] } },
            "Revenues": { "x-concept": "us-gaap:Revenues", "x-dataType": "monetary", "x-periodType": "duration", "x-balance": "credit",
                          "x-labels": { "standard": "Revenues", "total": "Total revenues", "synonyms": ["Total revenues"] },
                          "x-calculation": [ { "item": "WidgetRevenue", "weight": 1 }, { "item": "GadgetRevenue", "weight": 1 } ] }
          }
        }
        """;

    /// <summary>An instant statement with every data type, a negative weight, an identity, per-share ratio and awkward labels.</summary>
    public const string GizmoPosition = """
        {
          "title": "GizmoPosition",
          "description": "Position of a fictional gizmo maker & its <subsidiaries>.",
          "x-statement": {
            "namespace": "Gizmos.Reporting.Statements", "periodType": "instant", "kind": "balanceSheet",
            "titles": ["Gizmo Balance Sheets", "Statement of \"Gizmo\" Position"],
            "identities": [ { "left": "Assets", "right": "LiabilitiesAndEquity" } ]
          },
          "x-namespaces": { "us-gaap": "http://fasb.org/us-gaap/2024", "dei": "http://xbrl.sec.gov/dei/2024", "gzm": "http://example.com/gizmo/2026" },
          "properties": {
            "period": { "type": "object" },
            "EntityName": { "x-concept": "dei:EntityRegistrantName", "x-dataType": "string", "x-periodType": "instant", "x-required": true,
                            "x-labels": { "standard": "Entity name" } },
            "BalanceDate": { "x-concept": "dei:DocumentPeriodEndDate", "x-dataType": "date", "x-periodType": "instant", "x-labels": { "standard": "Balance date" } },
            "Cash": { "x-concept": "us-gaap:Cash", "x-dataType": "monetary", "x-periodType": "instant", "x-balance": "debit", "x-nonNegative": true,
                      "x-labels": { "standard": "Cash", "terse": "Cash", "negated": "Cash (negated)", "synonyms": ["Cash & equivalents", "Cash\tin \\ bank"] } },
            "Gizmos": { "x-concept": "gzm:GizmoInventory", "x-dataType": "monetary", "x-periodType": "instant", "x-balance": "debit",
                        "description": "Gizmos on hand, at the lower of cost or market.", "x-labels": { "standard": "Gizmo inventory" } },
            "Allowance": { "x-concept": "gzm:GizmoAllowance", "x-dataType": "monetary", "x-periodType": "instant", "x-balance": "credit", "x-labels": { "standard": "Allowance" } },
            "Assets": { "x-concept": "us-gaap:Assets", "x-dataType": "monetary", "x-periodType": "instant", "x-balance": "debit",
                        "x-labels": { "standard": "Total assets" },
                        "x-calculation": [ { "item": "Cash", "weight": 1 }, { "item": "Gizmos", "weight": 1 }, { "item": "Allowance", "weight": -1 } ] },
            "LiabilitiesAndEquity": { "x-concept": "us-gaap:LiabilitiesAndStockholdersEquity", "x-dataType": "monetary", "x-periodType": "instant", "x-balance": "credit",
                                      "x-labels": { "standard": "Total liabilities and equity" } },
            "SharesOutstanding": { "x-concept": "dei:EntityCommonStockSharesOutstanding", "x-dataType": "shares", "x-periodType": "instant", "x-labels": { "standard": "Shares outstanding" } },
            "BookValuePerShare": { "x-concept": "gzm:BookValuePerShare", "x-dataType": "perShare", "x-periodType": "instant",
                                   "x-perShareOf": { "numerator": "LiabilitiesAndEquity", "denominator": "SharesOutstanding" }, "x-labels": { "standard": "Book value per share" } },
            "CurrentRatio": { "x-concept": "gzm:CurrentRatio", "x-dataType": "pure", "x-periodType": "instant", "x-labels": { "standard": "Current ratio" } }
          }
        }
        """;

    /// <summary>An instant statement whose deposits item is superseded by a contract-liability item from a date on.</summary>
    public const string WidgetLiabilities = """
        {
          "title": "WidgetLiabilities",
          "x-statement": { "namespace": "Widgets.Statements", "periodType": "instant" },
          "x-namespaces": { "wdg": "http://example.com/widgets/2026" },
          "properties": {
            "WidgetDeposits": { "x-concept": "wdg:WidgetDeposits", "x-dataType": "monetary", "x-periodType": "instant", "x-balance": "credit",
                                "x-supersededBy": { "item": "WidgetContractLiabilities", "from": "2031-07-01", "reason": "the widget standard (WS 12 & 13) renames deposits" },
                                "x-labels": { "standard": "Widget deposits" } },
            "WidgetContractLiabilities": { "x-concept": "wdg:WidgetContractLiabilities", "x-dataType": "monetary", "x-periodType": "instant", "x-balance": "credit",
                                           "x-labels": { "standard": "Widget contract liabilities" } },
            "GadgetDeposits": { "x-concept": "wdg:GadgetDeposits", "x-dataType": "monetary", "x-periodType": "instant", "x-balance": "credit",
                                "x-supersededBy": { "item": "WidgetContractLiabilities", "from": "2032-01-01" },
                                "x-labels": { "standard": "Gadget deposits" } }
          }
        }
        """;

    /// <summary>
    /// An instant statement whose other assets are the noncurrent item below a printed current-assets total, and whose
    /// fees are net fees among the lines that foot to a printed widget-income total.
    /// </summary>
    public const string WidgetPosition = """
        {
          "title": "WidgetPosition",
          "x-statement": { "namespace": "Widgets.Statements", "periodType": "instant" },
          "x-namespaces": { "wdg": "http://example.com/widgets/2026" },
          "properties": {
            "WidgetCash": { "x-concept": "wdg:WidgetCash", "x-dataType": "monetary", "x-periodType": "instant", "x-labels": { "standard": "Widget cash" } },
            "WidgetCurrentAssets": { "x-concept": "wdg:WidgetCurrentAssets", "x-dataType": "monetary", "x-periodType": "instant", "x-labels": { "standard": "Widget current assets" },
                                     "x-calculation": [ { "item": "WidgetCash", "weight": 1 } ] },
            "WidgetOtherAssets": { "x-concept": "wdg:WidgetOtherAssets", "x-dataType": "monetary", "x-periodType": "instant",
                                   "x-classifiedAs": { "item": "WidgetOtherNoncurrentAssets", "below": "WidgetCurrentAssets", "reason": "below the current total (WS 7 & 8) it is noncurrent" },
                                   "x-labels": { "standard": "Widget other assets" } },
            "WidgetOtherNoncurrentAssets": { "x-concept": "wdg:WidgetOtherNoncurrentAssets", "x-dataType": "monetary", "x-periodType": "instant", "x-labels": { "standard": "Widget other noncurrent assets" },
                                             "x-printedBelow": { "item": "WidgetCurrentAssets", "reason": "the current section (WS 7 & 8) comes first" } },
            "WidgetFees": { "x-concept": "wdg:WidgetFees", "x-dataType": "monetary", "x-periodType": "instant",
                            "x-classifiedAs": { "item": "WidgetNetFees", "under": "WidgetAssets" },
                            "x-labels": { "standard": "Widget fees" } },
            "WidgetNetFees": { "x-concept": "wdg:WidgetNetFees", "x-dataType": "monetary", "x-periodType": "instant", "x-labels": { "standard": "Widget net fees" } },
            "WidgetAssets": { "x-concept": "wdg:WidgetAssets", "x-dataType": "monetary", "x-periodType": "instant", "x-labels": { "standard": "Widget assets" },
                              "x-calculation": [ { "item": "WidgetCurrentAssets", "weight": 1 }, { "item": "WidgetOtherNoncurrentAssets", "weight": 1 }, { "item": "WidgetOtherAssets", "weight": 1 }, { "item": "WidgetNetFees", "weight": -1 } ] }
          }
        }
        """;

    /// <summary>
    /// A duration statement with two sections that print one wording each: the rebate a widget maker takes out of its
    /// operating flows and shows again among its funding flows (declared with a reason), and the deposit it returns in
    /// either (declared without one, on the funding item).
    /// </summary>
    public const string WidgetFlows = """
        {
          "title": "WidgetFlows",
          "x-statement": { "namespace": "Widgets.Statements", "periodType": "duration", "kind": "cashFlow" },
          "x-namespaces": { "wdg": "http://example.com/widgets/2026" },
          "properties": {
            "WidgetReceipts": { "x-concept": "wdg:WidgetReceipts", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "Widget receipts" } },
            "RebateKept": { "x-concept": "wdg:RebateKept", "x-dataType": "monetary", "x-periodType": "duration",
                            "x-counterpartOf": { "item": "RebateShown", "reason": "the rebate (WS 9 & 10) leaves the operating flows and is shown again among the funding flows" },
                            "x-labels": { "standard": "Widget rebate kept" } },
            "DepositReturned": { "x-concept": "wdg:DepositReturned", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "Deposit returned" } },
            "OperatingFlows": { "x-concept": "wdg:OperatingFlows", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "Operating flows" },
                                "x-calculation": [ { "item": "WidgetReceipts", "weight": 1 }, { "item": "RebateKept", "weight": -1 }, { "item": "DepositReturned", "weight": -1 } ] },
            "RebateShown": { "x-concept": "wdg:RebateShown", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "Widget rebate shown" } },
            "DepositRefunded": { "x-concept": "wdg:DepositRefunded", "x-dataType": "monetary", "x-periodType": "duration",
                                 "x-counterpartOf": { "item": "DepositReturned" },
                                 "x-labels": { "standard": "Deposit refunded" } },
            "FundingFlows": { "x-concept": "wdg:FundingFlows", "x-dataType": "monetary", "x-periodType": "duration", "x-labels": { "standard": "Funding flows" },
                              "x-calculation": [ { "item": "RebateShown", "weight": 1 }, { "item": "DepositRefunded", "weight": -1 } ] }
          }
        }
        """;
}
