using System.Globalization;

namespace Taxonomy.Statements;

/// <summary>
/// Conversions between typed line items and facts, shared by the generated <c>ToFacts</c> and <c>FromFacts</c>
/// methods. A fact is read into a line item only when its kind and unit fit the item's data type.
/// </summary>
public static class StatementFacts
{
    /// <summary>A numeric fact carrying the amount's value and decimals.</summary>
    public static Fact Numeric<T>(QName concept, Entity entity, Period period, T amount, Unit unit) where T : struct, INumericAmount =>
        new() { Concept = concept, Entity = entity, Period = period, NumericValue = amount.Value, Decimals = amount.Decimals, Unit = unit };

    /// <summary>A text fact.</summary>
    public static Fact Text(QName concept, Entity entity, Period period, string text) =>
        new() { Concept = concept, Entity = entity, Period = period, TextValue = text };

    /// <summary>A date fact, written <c>yyyy-MM-dd</c>.</summary>
    public static Fact Date(QName concept, Entity entity, Period period, DateOnly date) =>
        Text(concept, entity, period, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>True when the fact reports <paramref name="concept"/> for exactly <paramref name="period"/>.</summary>
    public static bool Matches(Fact fact, QName concept, Period period) =>
        fact.Concept == concept && fact.Period == period;

    /// <summary>Reads a monetary fact (a currency unit, no denominator).</summary>
    public static bool TryMonetary(Fact fact, out MonetaryAmount amount)
    {
        amount = default;
        if (!TryNumeric(fact, out decimal value, out Decimals decimals)) return false;
        if (fact.Unit is not { Denominator: null } unit || unit.Numerator.Prefix != "iso4217") return false;
        amount = new MonetaryAmount(value, decimals);
        return true;
    }

    /// <summary>Reads a per-share fact (currency per share).</summary>
    public static bool TryPerShare(Fact fact, out PerShareAmount amount)
    {
        amount = default;
        if (!TryNumeric(fact, out decimal value, out Decimals decimals)) return false;
        if (fact.Unit is not { Denominator: { } denominator } unit || unit.Numerator.Prefix != "iso4217" || denominator != Unit.Shares.Numerator) return false;
        amount = new PerShareAmount(value, decimals);
        return true;
    }

    /// <summary>Reads a share-count fact (unit <c>xbrli:shares</c>).</summary>
    public static bool TryShares(Fact fact, out ShareCount amount)
    {
        amount = default;
        if (!TryNumeric(fact, out decimal value, out Decimals decimals) || fact.Unit != Unit.Shares) return false;
        amount = new ShareCount(value, decimals);
        return true;
    }

    /// <summary>Reads a pure-number fact (unit <c>xbrli:pure</c>).</summary>
    public static bool TryPure(Fact fact, out PureNumber amount)
    {
        amount = default;
        if (!TryNumeric(fact, out decimal value, out Decimals decimals) || fact.Unit != Unit.Pure) return false;
        amount = new PureNumber(value, decimals);
        return true;
    }

    /// <summary>Reads a text fact.</summary>
    public static bool TryText(Fact fact, out string text)
    {
        text = fact.TextValue ?? string.Empty;
        return fact.TextValue is not null && !fact.NumericValue.HasValue;
    }

    /// <summary>Reads a date fact written <c>yyyy-MM-dd</c>.</summary>
    public static bool TryDate(Fact fact, out DateOnly date)
    {
        date = default;
        return fact.TextValue is { } text && !fact.NumericValue.HasValue
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    /// <summary>The monetary amount of the fact, or null when it is not a monetary fact (see <see cref="TryMonetary"/>).</summary>
    public static MonetaryAmount? ReadMonetary(Fact fact) => TryMonetary(fact, out var amount) ? amount : null;

    /// <summary>The per-share amount of the fact, or null when it is not a per-share fact (see <see cref="TryPerShare"/>).</summary>
    public static PerShareAmount? ReadPerShare(Fact fact) => TryPerShare(fact, out var amount) ? amount : null;

    /// <summary>The share count of the fact, or null when it is not a share-count fact (see <see cref="TryShares"/>).</summary>
    public static ShareCount? ReadShares(Fact fact) => TryShares(fact, out var amount) ? amount : null;

    /// <summary>The pure number of the fact, or null when it is not a pure-number fact (see <see cref="TryPure"/>).</summary>
    public static PureNumber? ReadPure(Fact fact) => TryPure(fact, out var amount) ? amount : null;

    /// <summary>The text of the fact, or null when it is not a text fact (see <see cref="TryText"/>).</summary>
    public static string? ReadText(Fact fact) => TryText(fact, out string text) ? text : null;

    /// <summary>The date of the fact, or null when it is not a date fact (see <see cref="TryDate"/>).</summary>
    public static DateOnly? ReadDate(Fact fact) => TryDate(fact, out var date) ? date : null;

    // A numeric fact without decimals cannot be placed in a typed item: its precision would be a guess.
    private static bool TryNumeric(Fact fact, out decimal value, out Decimals decimals)
    {
        value = fact.NumericValue ?? 0m;
        decimals = fact.Decimals ?? default;
        return fact.NumericValue.HasValue && fact.Decimals.HasValue && fact.Unit is not null;
    }
}
