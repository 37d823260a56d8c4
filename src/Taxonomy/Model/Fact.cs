namespace Taxonomy;

/// <summary>
/// One XBRL fact: a value reported for a concept, an entity and a period. Numeric facts carry
/// <see cref="NumericValue"/>, <see cref="Decimals"/> and <see cref="Unit"/>; non-numeric facts carry
/// <see cref="TextValue"/>. <see cref="Provenance"/> says where it came from and is not serialized to xBRL-JSON.
/// </summary>
public sealed record Fact
{
    /// <summary>The concept reported, e.g. <c>us-gaap:Assets</c>.</summary>
    public required QName Concept { get; init; }

    /// <summary>The reporting entity.</summary>
    public required Entity Entity { get; init; }

    /// <summary>The period the value is for.</summary>
    public required Period Period { get; init; }

    /// <summary>The value of a numeric fact, in base units.</summary>
    public decimal? NumericValue { get; init; }

    /// <summary>The value of a non-numeric fact (strings, dates as <c>YYYY-MM-DD</c>).</summary>
    public string? TextValue { get; init; }

    /// <summary>The precision of a numeric fact.</summary>
    public Decimals? Decimals { get; init; }

    /// <summary>The unit of a numeric fact.</summary>
    public Unit? Unit { get; init; }

    /// <summary>Where the fact came from; <see langword="null"/> when read back from a serialized report.</summary>
    public Provenance? Provenance { get; init; }

    /// <summary>True when the fact is numeric.</summary>
    public bool IsNumeric => NumericValue.HasValue;

    /// <summary>The value as OIM writes it: the canonical decimal for numbers (see <see cref="DecimalLexical"/>), the text otherwise.</summary>
    public string LexicalValue =>
        NumericValue is { } v ? DecimalLexical.Format(v) : TextValue ?? string.Empty;

    /// <summary>A numeric fact.</summary>
    public static Fact Numeric(QName concept, Entity entity, Period period, decimal value, Decimals decimals, Unit unit, Provenance? provenance = null)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(unit);
        return new Fact { Concept = concept, Entity = entity, Period = period, NumericValue = value, Decimals = decimals, Unit = unit, Provenance = provenance };
    }

    /// <summary>A numeric fact from a typed amount (value and decimals).</summary>
    public static Fact Numeric<T>(QName concept, Entity entity, Period period, T amount, Unit unit, Provenance? provenance = null)
        where T : struct, INumericAmount =>
        Numeric(concept, entity, period, amount.Value, amount.Decimals, unit, provenance);

    /// <summary>A non-numeric fact (text, or a date written <c>YYYY-MM-DD</c>).</summary>
    public static Fact Text(QName concept, Entity entity, Period period, string text, Provenance? provenance = null)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(text);
        return new Fact { Concept = concept, Entity = entity, Period = period, TextValue = text, Provenance = provenance };
    }
}
