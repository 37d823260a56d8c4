namespace Taxonomy.Concepts;

/// <summary>One contributing item of a calculation (summation-item) relationship.</summary>
/// <param name="PropertyName">The contributing line item's property name in the same statement.</param>
/// <param name="Weight">+1 or −1.</param>
public sealed record CalculationChild(string PropertyName, int Weight);
