namespace Taxonomy.Extraction.Concepts;

/// <summary>
/// The line items whose sign tells which side of them an amount is on, told by their local names: an income-or-loss item
/// ("NetIncomeLoss", "IncomeLossFromContinuingOperations", "ProfitLoss") reports income positive and a loss negative; a
/// gain-or-loss item ("GainLossOnInvestments", "GainsLossesOnExtinguishmentOfDebt") a gain positive and a loss negative.
/// One place for the table rules (a row labelled only "Net loss"), the prose phrases ("loss from operations") and the
/// prose signs ("$(0.8) million") that read the loss side of them.
/// </summary>
internal static class SignedItems
{
    /// <summary>An income-or-loss item: income positive, a loss negative.</summary>
    public static bool ReportsIncomeAsPositive(string localName) =>
        localName.Contains("IncomeLoss", StringComparison.Ordinal) || localName.Contains("ProfitLoss", StringComparison.Ordinal);

    /// <summary>A gain-or-loss item: a gain positive, a loss negative.</summary>
    public static bool ReportsGainAsPositive(string localName) =>
        localName.Contains("GainLoss", StringComparison.Ordinal) || localName.Contains("GainsLosses", StringComparison.Ordinal);

    /// <summary>Either kind: an item a label naming only "loss" states the negative side of.</summary>
    public static bool HasALossSide(string localName) => ReportsIncomeAsPositive(localName) || ReportsGainAsPositive(localName);
}
