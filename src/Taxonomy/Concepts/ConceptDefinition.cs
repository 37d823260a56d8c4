namespace Taxonomy.Concepts;

/// <summary>
/// Everything the taxonomy says about one line item of a statement: its concept name, data type,
/// period type, balance, labels and the calculation that defines it as a total. Generated from the
/// schemas as compiled tables.
/// </summary>
public sealed record ConceptDefinition
{
    /// <summary>The C# property (and JSON property) name in its statement.</summary>
    public required string PropertyName { get; init; }

    /// <summary>The concept, e.g. <c>us-gaap:Revenues</c>.</summary>
    public required QName Concept { get; init; }

    /// <summary>The data type.</summary>
    public required ConceptDataType DataType { get; init; }

    /// <summary>Instant or duration.</summary>
    public required PeriodType PeriodType { get; init; }

    /// <summary>Debit, credit or none.</summary>
    public BalanceType Balance { get; init; }

    /// <summary>For an instant item in a duration statement: which end of the period it is at.</summary>
    public PeriodAnchor PeriodAnchor { get; init; }

    /// <summary>Labels and synonyms.</summary>
    public required ConceptLabels Labels { get; init; }

    /// <summary>Documentation of the concept, if the schema has a description.</summary>
    public string? Description { get; init; }

    /// <summary>The children whose weighted sum this item is (empty when it is not a calculated total).</summary>
    public EquatableList<CalculationChild> Calculation { get; init; } = EquatableList<CalculationChild>.Empty;

    /// <summary>True when a negative value is an error (DQC.US.0015 idea).</summary>
    public bool NonNegative { get; init; }

    /// <summary>True when a statement without this item is incomplete.</summary>
    public bool Required { get; init; }

    /// <summary>For a per-share item: the property names of the numerator and denominator it is the ratio of.</summary>
    public (string Numerator, string Denominator)? PerShareOf { get; init; }

    /// <summary>
    /// The line item of the same statement that replaces this one from a date on (a renamed standard concept), or
    /// null; see <see cref="Supersession"/>.
    /// </summary>
    public Supersession? SupersededBy { get; init; }

    /// <summary>
    /// The line item of the same statement this one is reported as where a printed total places it (below a
    /// current-assets total, among the lines of an other-income total), or null; see <see cref="Classification"/>.
    /// </summary>
    public Classification? ClassifiedAs { get; init; }

    /// <summary>
    /// The line item of the same statement printed under the same wording in another section (the operating and the
    /// financing item of an excess tax benefit), as this item's schema declares it, or null; see <see cref="Counterpart"/>.
    /// The relation holds both ways, so only one of the two items declares it.
    /// </summary>
    public Counterpart? CounterpartOf { get; init; }

    /// <summary>
    /// The total of the same statement whose printed row this item, and every item its calculation sums, is printed
    /// below whenever the statement prints that row (noncurrent liabilities below the current-liabilities total), or
    /// null; see <see cref="PrintedBelow"/>.
    /// </summary>
    public PrintedBelow? PrintedBelow { get; init; }

    /// <summary>True for monetary, per-share, shares and pure items.</summary>
    public bool IsNumeric => DataType is ConceptDataType.Monetary or ConceptDataType.PerShare or ConceptDataType.Shares or ConceptDataType.Pure;
}
