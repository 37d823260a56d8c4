namespace Taxonomy.Validation;

/// <summary>
/// A quantity two statements both report and that must agree for the same period, possibly under different concepts
/// (net income as <c>us-gaap:NetIncomeLoss</c> or <c>us-gaap:ProfitLoss</c>). When two statements report the same
/// concept a mismatch is an error; when they report different concepts of the group it is a warning, because the
/// concepts may legitimately differ (non-controlling interests, restricted cash).
/// </summary>
/// <param name="RuleId">The rule id findings carry.</param>
/// <param name="Name">What the quantity is, for messages ("net income").</param>
/// <param name="Concepts">The concepts that report the quantity.</param>
public sealed record CrossStatementIdentity(string RuleId, string Name, EquatableList<QName> Concepts)
{
    /// <summary>Net income in the income statement and in the cash flow statement.</summary>
    public static CrossStatementIdentity NetIncome { get; } = new(
        RuleIds.NetIncomeAgreement,
        "net income",
        EquatableList.Create(new QName("us-gaap", "NetIncomeLoss"), new QName("us-gaap", "ProfitLoss")));

    /// <summary>Cash at the end of the period in the cash flow statement and in the balance sheet at that instant.</summary>
    public static CrossStatementIdentity Cash { get; } = new(
        RuleIds.CashAgreement,
        "cash and cash equivalents",
        EquatableList.Create(
            new QName("us-gaap", "CashAndCashEquivalentsAtCarryingValue"),
            new QName("us-gaap", "CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents")));

    /// <summary>The identities <see cref="ReportValidator"/> checks by default.</summary>
    public static IReadOnlyList<CrossStatementIdentity> Standard { get; } = [NetIncome, Cash];
}
