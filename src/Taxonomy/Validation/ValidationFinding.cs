namespace Taxonomy.Validation;

/// <summary>
/// One result of a validation rule, structured so tools can act on it: which rule, how serious,
/// which concept and period, the expected and actual values where the rule compares numbers.
/// </summary>
public sealed record ValidationFinding
{
    /// <summary>Stable rule identifier, e.g. <c>calc11.summation</c> or <c>dqc.0004.assets-equal-liabilities-and-equity</c>.</summary>
    public required string RuleId { get; init; }

    /// <summary>How serious the finding is.</summary>
    public required Severity Severity { get; init; }

    /// <summary>The concept the finding is about (the total, for a calculation).</summary>
    public QName? Concept { get; init; }

    /// <summary>The period the finding is about.</summary>
    public Period? Period { get; init; }

    /// <summary>What the rule expected (for a calculation: the weighted sum of the children).</summary>
    public decimal? Expected { get; init; }

    /// <summary>What was reported.</summary>
    public decimal? Actual { get; init; }

    /// <summary>Where in the source document the finding points, when it comes from extraction.</summary>
    public SourceSpan? Span { get; init; }

    /// <summary>A sentence a person can read.</summary>
    public required string Message { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"{Severity} {RuleId}: {Message}";
}
