using System.Text.Encodings.Web;
using System.Text.Json;

namespace Taxonomy.Xbrl;

/// <summary>
/// Writes a <see cref="Report"/> as xBRL-JSON: <c>documentInfo</c> (document type, namespaces, taxonomy) and
/// <c>facts</c> keyed <c>f1</c>, <c>f2</c>, ... in <see cref="FactOrder"/>. Values are strings (numbers in canonical
/// decimal form); <c>decimals</c> is written for numeric facts unless it is <c>INF</c>, which OIM expresses by
/// omitting it, and <c>unit</c> unless it is <c>xbrli:pure</c>, which OIM expresses by omitting the unit
/// (an explicit pure unit is <c>oime:illegalPureUnit</c>). Provenance is not written.
/// </summary>
internal static class XbrlJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // A file, not HTML: keep '&', '+', '<' and non-ASCII text readable. JSON's own escapes still apply.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Report report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        CheckPrefixes(report);
        using (var json = new Utf8JsonWriter(output, Options))
        {
            json.WriteStartObject();
            WriteDocumentInfo(json, report);
            WriteFacts(json, report);
            json.WriteEndObject();
        }
        output.WriteByte((byte)'\n');
    }

    private static void WriteDocumentInfo(Utf8JsonWriter json, Report report)
    {
        json.WriteStartObject("documentInfo");
        json.WriteString("documentType", XbrlJson.DocumentType);
        json.WriteStartObject("namespaces");
        foreach (var (prefix, uri) in report.Namespaces.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json.WriteString(prefix, uri);
        }
        json.WriteEndObject();
        json.WriteStartArray("taxonomy");
        foreach (var entryPoint in report.Taxonomy) json.WriteStringValue(entryPoint);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFacts(Utf8JsonWriter json, Report report)
    {
        json.WriteStartObject("facts");
        int id = 0;
        foreach (var fact in FactOrder.Canonical(report.Facts))
        {
            json.WriteStartObject("f" + (++id).ToString(System.Globalization.CultureInfo.InvariantCulture));
            WriteFact(json, fact);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void WriteFact(Utf8JsonWriter json, Fact fact)
    {
        if (fact.NumericValue is { } number)
        {
            var decimals = fact.Decimals ?? throw new ArgumentException($"Numeric fact {fact.Concept} for {fact.Period} has no decimals; every numeric fact must say its precision (use Decimals.Infinite for an exact value).");
            if (fact.Unit is null) throw new ArgumentException($"Numeric fact {fact.Concept} for {fact.Period} has no unit.");
            if (fact.TextValue is not null) throw new ArgumentException($"Fact {fact.Concept} for {fact.Period} has both a numeric and a text value.");
            json.WriteString("value", DecimalLexical.Format(number));
            if (!decimals.IsInfinite) json.WriteNumber("decimals", decimals.Value);
        }
        else
        {
            if (fact.Unit is not null || fact.Decimals is not null)
                throw new ArgumentException($"Fact {fact.Concept} for {fact.Period} has a unit or decimals but no numeric value.");
            json.WriteString("value", fact.TextValue ?? throw new ArgumentException($"Fact {fact.Concept} for {fact.Period} has no value."));
        }
        json.WriteStartObject("dimensions");
        json.WriteString("concept", fact.Concept.ToString());
        json.WriteString("entity", fact.Entity.ToString());
        json.WriteString("period", OimPeriodFormat.Format(fact.Period));
        if (fact.Unit is { } unit && unit != Unit.Pure) json.WriteString("unit", unit.ToString());
        json.WriteEndObject();
    }

    // OIM requires every prefix a document uses to be declared; the report adds the well-known and entity ones itself.
    private static void CheckPrefixes(Report report)
    {
        foreach (var fact in report.Facts)
        {
            Require(report, fact.Concept.Prefix, fact);
            if (fact.Unit is { } unit)
            {
                Require(report, unit.Numerator.Prefix, fact);
                if (unit.Denominator is { } d) Require(report, d.Prefix, fact);
            }
        }
    }

    private static void Require(Report report, string prefix, Fact fact)
    {
        if (!report.Namespaces.ContainsKey(prefix))
            throw new ArgumentException($"Prefix '{prefix}' used by fact {fact.Concept} for {fact.Period} is not declared in the report's namespaces.");
    }
}
