namespace Taxonomy.Concepts;

/// <summary>
/// The total whose printed row a line item, and every item its calculation sums, is printed below whenever the statement
/// prints that row: a classified balance sheet prints its current liabilities and their total before the noncurrent
/// ones. Label-less rows are read only in that order, so a current total is never taken for the noncurrent one when
/// both would foot. From the schema keyword <c>x-printedBelow</c>.
/// </summary>
/// <param name="PropertyName">The property name of the total in the same statement.</param>
/// <param name="Reason">Why the order holds, as the schema states it; null when it states none.</param>
public sealed record PrintedBelow(string PropertyName, string? Reason = null);
