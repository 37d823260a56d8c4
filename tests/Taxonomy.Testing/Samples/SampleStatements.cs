namespace Taxonomy.Testing.Samples;

/// <summary>The rows of the sample's two statements, built from its numbers.</summary>
internal static class SampleStatements
{
    public static IReadOnlyList<SampleRow> BalanceSheet(SampleNumbers n) =>
    [
        new("Cash, cash equivalents and short-term investments", "CashCashEquivalentsAndShortTermInvestments", SampleRowKind.Money, n.Cash, true),
        new("Other assets", "OtherAssets", SampleRowKind.Money, n.OtherAssets, false),
        new("Total assets", "Assets", SampleRowKind.Money, n.Assets, true),
        new("Current liabilities", "LiabilitiesCurrent", SampleRowKind.Money, n.CurrentLiabilities, true),
        new("Long-term liabilities", "LiabilitiesNoncurrent", SampleRowKind.Money, n.NoncurrentLiabilities, false),
        new("Stockholders' equity", "StockholdersEquity", SampleRowKind.Money, n.StockholdersEquity, false),
        new("Total liabilities and stockholders' equity", "LiabilitiesAndStockholdersEquity", SampleRowKind.Money, n.LiabilitiesAndStockholdersEquity, true),
    ];

    public static IReadOnlyList<SampleRow> Operations(SampleNumbers n)
    {
        var rows = new List<SampleRow> { SampleRow.Heading("Revenues:") };
        for (int i = 0; i < n.RevenueLines.Count; i++)
        {
            var line = n.RevenueLines[i];
            rows.Add(new(line.Label, ExpectedFact.ExtensionPrefix + line.Label, SampleRowKind.Money, line.Amount, i == 0));
        }
        bool loss = n.NetIncome.Current < 0;
        rows.AddRange(
        [
            new("Total revenues", "Revenues", SampleRowKind.Money, n.TotalRevenues, false),
            SampleRow.Heading("Operating expenses:"),
            new("Research and development", "ResearchAndDevelopmentExpense", SampleRowKind.Money, n.ResearchAndDevelopment, false),
            new("General and administrative", "GeneralAndAdministrativeExpense", SampleRowKind.Money, n.GeneralAndAdministrative, false),
            new("Total operating expenses", "OperatingExpenses", SampleRowKind.Money, n.OperatingExpenses, false),
            new(n.OperatingIncome.Current < 0 ? "Loss from operations" : "Income from operations", "OperatingIncomeLoss", SampleRowKind.Money, n.OperatingIncome, false),
            new("Other income, net", "NonoperatingIncomeExpense", SampleRowKind.Money, n.OtherIncome, false),
            new(n.PreTaxIncome.Current < 0 ? "Loss before income taxes" : "Income before income taxes",
                "IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest", SampleRowKind.Money, n.PreTaxIncome, false),
            new("Income tax expense", "IncomeTaxExpenseBenefit", SampleRowKind.Money, n.IncomeTax, false),
            new(loss ? "Net loss" : "Net income", "NetIncomeLoss", SampleRowKind.Money, n.NetIncome, true),
            new(loss ? "Net loss per share, basic and diluted" : "Net income per share, basic and diluted",
                "EarningsPerShareBasicAndDiluted", SampleRowKind.PerShare, n.EarningsPerShare, true),
            new("Weighted average shares outstanding, basic and diluted", "WeightedAverageNumberOfShareOutstandingBasicAndDiluted", SampleRowKind.Shares, n.WeightedShares, false),
        ]);
        return rows;
    }
}
