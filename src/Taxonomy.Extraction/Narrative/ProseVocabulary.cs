using Taxonomy.Concepts;

namespace Taxonomy.Extraction.Narrative;

/// <summary>
/// Prose phrasings of common concepts, for wordings press releases use that statement labels do not
/// ("cash used in operations"). General to US GAAP filings, not to any one document.
/// </summary>
internal static class ProseVocabulary
{
    private static readonly QName NetCashOperating = new("us-gaap", "NetCashProvidedByUsedInOperatingActivities");
    private static readonly QName CapitalExpenditures = new("us-gaap", "PaymentsToAcquirePropertyPlantAndEquipment");
    private static readonly QName NetIncome = new("us-gaap", "NetIncomeLoss");

    public static IReadOnlyList<(string Phrase, ProseConcept Concept)> Entries { get; } =
    [
        ("cash used in operations", Duration(NetCashOperating, -1, "Net cash provided by (used in) operating activities")),
        ("cash used in operating activities", Duration(NetCashOperating, -1, "Net cash provided by (used in) operating activities")),
        ("net cash used in operating activities", Duration(NetCashOperating, -1, "Net cash provided by (used in) operating activities")),
        ("cash provided by operations", Duration(NetCashOperating, 1, "Net cash provided by (used in) operating activities")),
        ("cash provided by operating activities", Duration(NetCashOperating, 1, "Net cash provided by (used in) operating activities")),
        ("cash generated from operations", Duration(NetCashOperating, 1, "Net cash provided by (used in) operating activities")),
        ("capital expenditures", Duration(CapitalExpenditures, 1, "Payments to acquire property, plant and equipment")),
        ("interest income", Duration(new QName("us-gaap", "InvestmentIncomeInterest"), 1, "Investment income, interest")),
        ("net loss", Duration(NetIncome, -1, "Net income (loss)")),
        ("net income", Duration(NetIncome, 1, "Net income (loss)")),
        ("revenues", Duration(new QName("us-gaap", "Revenues"), 1, "Revenues")),
        ("total revenues", Duration(new QName("us-gaap", "Revenues"), 1, "Revenues")),
        ("operating expenses", Duration(new QName("us-gaap", "OperatingExpenses"), 1, "Operating expenses")),
        ("research and development expenses", Duration(new QName("us-gaap", "ResearchAndDevelopmentExpense"), 1, "Research and development expense")),
        ("general and administrative expenses", Duration(new QName("us-gaap", "GeneralAndAdministrativeExpense"), 1, "General and administrative expense")),
        ("other income net", Duration(new QName("us-gaap", "NonoperatingIncomeExpense"), 1, "Nonoperating income (expense)")),
        ("cash and marketable securities", new ProseConcept(new QName("us-gaap", "CashCashEquivalentsAndShortTermInvestments"), ConceptDataType.Monetary, PeriodType.Instant, 1, "Cash, cash equivalents, and short-term investments")),
    ];

    /// <summary>Per-share wordings after an amount: "per basic and diluted share".</summary>
    public static IReadOnlyList<(string Phrase, QName Concept)> PerShare { get; } =
    [
        ("per basic and diluted share", new QName("us-gaap", "EarningsPerShareBasicAndDiluted")),
        ("per share basic and diluted", new QName("us-gaap", "EarningsPerShareBasicAndDiluted")),
        ("per diluted share", new QName("us-gaap", "EarningsPerShareDiluted")),
        ("per basic share", new QName("us-gaap", "EarningsPerShareBasic")),
    ];

    private static ProseConcept Duration(QName concept, int sign, string label) =>
        new(concept, ConceptDataType.Monetary, PeriodType.Duration, sign, label);
}
