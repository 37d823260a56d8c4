using System.Globalization;
using System.Text.Json;

namespace Taxonomy.Statements;

/// <summary>
/// The pieces of the typed-statement JSON shape, shared by the generated converters: the <c>period</c> object,
/// numeric items <c>{ "value": 6126000, "decimals": -3 }</c> (exact decimals, <c>decimals</c> an integer or
/// <c>"INF"</c>), strings, and dates <c>yyyy-MM-dd</c>. Readers throw <see cref="JsonException"/> naming the property.
/// </summary>
public static class StatementJson
{
    /// <summary>Writes the <c>period</c> property.</summary>
    public static void WritePeriod(Utf8JsonWriter writer, Period period)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName("period"u8);
        writer.WriteStartObject();
        if (period.Start is { } start)
        {
            writer.WriteString("startDate"u8, Format(start));
            writer.WriteString("endDate"u8, Format(period.End));
        }
        else
        {
            writer.WriteString("instant"u8, Format(period.End));
        }
        writer.WriteEndObject();
    }

    /// <summary>Writes a numeric item.</summary>
    public static void WriteAmount(Utf8JsonWriter writer, ReadOnlySpan<byte> propertyName, decimal value, Decimals decimals)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(propertyName);
        WriteAmountObject(writer, value, decimals);
    }

    private static void WriteAmountObject(Utf8JsonWriter writer, decimal value, Decimals decimals)
    {
        writer.WriteStartObject();
        writer.WriteNumber("value"u8, value);
        if (decimals.IsInfinite) writer.WriteString("decimals"u8, "INF"u8);
        else writer.WriteNumber("decimals"u8, decimals.Value);
        writer.WriteEndObject();
    }

    /// <summary>Writes a date item as <c>yyyy-MM-dd</c>.</summary>
    public static void WriteDate(Utf8JsonWriter writer, ReadOnlySpan<byte> propertyName, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteString(propertyName, Format(date));
    }

    /// <summary>Writes a numeric item under a property name known only at run time (a line item of any statement).</summary>
    public static void WriteAmount(Utf8JsonWriter writer, string propertyName, decimal value, Decimals decimals)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(propertyName);
        WriteAmountObject(writer, value, decimals);
    }

    /// <summary>Writes a date item as <c>yyyy-MM-dd</c> under a property name known only at run time.</summary>
    public static void WriteDate(Utf8JsonWriter writer, string propertyName, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteString(propertyName, Format(date));
    }

    /// <summary>Checks that the reader is at the start of the statement object.</summary>
    public static void ExpectStartObject(ref Utf8JsonReader reader, string typeName)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException($"A {typeName} must be a JSON object, but the token is {reader.TokenType}.");
    }

    /// <summary>Advances to the next property name of the statement object; false at its end.</summary>
    public static bool NextProperty(ref Utf8JsonReader reader, string typeName)
    {
        if (!reader.Read()) throw new JsonException($"The {typeName} object is not closed.");
        if (reader.TokenType == JsonTokenType.EndObject) return false;
        if (reader.TokenType != JsonTokenType.PropertyName) throw new JsonException($"Expected a property of {typeName}, but the token is {reader.TokenType}.");
        return true;
    }

    /// <summary>Skips the value of an unknown property (the reader is at its name).</summary>
    public static void SkipValue(ref Utf8JsonReader reader)
    {
        reader.Read();
        reader.Skip();
    }

    /// <summary>Reads the <c>period</c> object (the reader is at its start).</summary>
    public static Period ReadPeriod(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject) throw Unexpected("period", reader.TokenType, "an object");
        DateOnly? start = null, end = null, instant = null;
        while (NextProperty(ref reader, "period"))
        {
            if (reader.ValueTextEquals("startDate"u8)) { reader.Read(); start = ReadDate(ref reader, "period.startDate"); }
            else if (reader.ValueTextEquals("endDate"u8)) { reader.Read(); end = ReadDate(ref reader, "period.endDate"); }
            else if (reader.ValueTextEquals("instant"u8)) { reader.Read(); instant = ReadDate(ref reader, "period.instant"); }
            else SkipValue(ref reader);
        }
        if (instant is { } i && start is null && end is null) return Period.Instant(i);
        if (start is { } s && end is { } e && instant is null)
        {
            if (e < s) throw new JsonException($"'period' ends ({Format(e)}) before it starts ({Format(s)}).");
            return Period.Duration(s, e);
        }
        throw new JsonException("'period' must have either 'instant' or both 'startDate' and 'endDate'.");
    }

    /// <summary>The period read, checked against the statement's period type.</summary>
    public static Period RequirePeriod(Period? period, PeriodType type, string typeName)
    {
        if (period is not { } p) throw new JsonException($"The {typeName} object has no 'period'.");
        if (p.Type != type) throw new JsonException($"'period' of {typeName} must be {(type == PeriodType.Instant ? "an instant" : "a duration")}, but is {p}.");
        return p;
    }

    /// <summary>Reads a numeric item; <see langword="null"/> for a JSON null.</summary>
    public static (decimal Value, Decimals Decimals)? ReadAmount(ref Utf8JsonReader reader, string propertyName)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.StartObject) throw Unexpected(propertyName, reader.TokenType, "an object { \"value\", \"decimals\" }");
        decimal? value = null;
        Decimals? decimals = null;
        while (NextProperty(ref reader, propertyName))
        {
            if (reader.ValueTextEquals("value"u8))
            {
                reader.Read();
                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out decimal v)) throw Unexpected(propertyName + ".value", reader.TokenType, "a decimal number");
                value = v;
            }
            else if (reader.ValueTextEquals("decimals"u8))
            {
                reader.Read();
                if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int d)) decimals = Decimals.Of(d);
                else if (reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("INF"u8)) decimals = Decimals.Infinite;
                else throw Unexpected(propertyName + ".decimals", reader.TokenType, "an integer or \"INF\"");
            }
            else
            {
                SkipValue(ref reader);
            }
        }
        if (value is not { } amount) throw new JsonException($"'{propertyName}' has no 'value'.");
        if (decimals is not { } precision) throw new JsonException($"'{propertyName}' has no 'decimals'.");
        return (amount, precision);
    }

    /// <summary>Reads a string item; <see langword="null"/> for a JSON null.</summary>
    public static string? ReadString(ref Utf8JsonReader reader, string propertyName)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.String) throw Unexpected(propertyName, reader.TokenType, "a string");
        return reader.GetString();
    }

    /// <summary>Reads a <c>yyyy-MM-dd</c> date item; <see langword="null"/> for a JSON null.</summary>
    public static DateOnly? ReadDate(ref Utf8JsonReader reader, string propertyName)
    {
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.String) throw Unexpected(propertyName, reader.TokenType, "a yyyy-MM-dd string");
        string text = reader.GetString()!;
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw new JsonException($"'{propertyName}' is \"{text}\", which is not a yyyy-MM-dd date.");
        return date;
    }

    private static JsonException Unexpected(string propertyName, JsonTokenType token, string expected) =>
        new($"'{propertyName}' must be {expected}, but the token is {token}.");

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
