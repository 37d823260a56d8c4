namespace Taxonomy.Concepts;

/// <summary>
/// A line item that replaces another from a date on: a report with a period ending on or after <see cref="From"/>
/// reports under <see cref="PropertyName"/> what earlier reports filed under the superseded item (e.g. deferred revenue
/// became a contract liability with a customer under ASC 606). From the schema keyword <c>x-supersededBy</c>.
/// </summary>
/// <param name="PropertyName">The property name of the successor line item in the same statement.</param>
/// <param name="From">The first period end the successor applies to.</param>
/// <param name="Reason">Why the successor replaces the item in those reports, as the schema states it; null when it states none.</param>
public sealed record Supersession(string PropertyName, DateOnly From, string? Reason = null);
