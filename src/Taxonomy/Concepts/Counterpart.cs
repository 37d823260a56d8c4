namespace Taxonomy.Concepts;

/// <summary>
/// Another line item of the same statement printed under the same wording in another section: an excess tax benefit
/// from share-based compensation is taken out of operating activities and shown again, under the same words, in
/// financing activities. A row whose wording names one of the two but is printed among the lines that foot to a total
/// holding the other is reported as the other. The relation holds both ways, whichever item declares it. From the
/// schema keyword <c>x-counterpartOf</c>.
/// </summary>
/// <param name="PropertyName">The property name of the counterpart in the same statement.</param>
/// <param name="Reason">Why the two items share a wording, as the schema states it; null when it states none.</param>
public sealed record Counterpart(string PropertyName, string? Reason = null);
