using System.Text.Json;

namespace Taxonomy.Xbrl;

/// <summary>
/// Reads xBRL-JSON into a <see cref="Report"/>. xBRL-JSON values are strings and data types live in the taxonomy,
/// so a fact is numeric when it has a <c>unit</c> or <c>decimals</c>, or when the caller's predicate says its concept
/// is numeric (by default: a numeric line item of a registered statement). A numeric fact without <c>unit</c> is
/// <c>xbrli:pure</c>, one without <c>decimals</c> is exact. Everything this model cannot hold faithfully — taxonomy-defined dimensions, nil
/// values, time zones, numbers a decimal cannot hold exactly — is refused with a <see cref="FormatException"/>
/// rather than dropped. Footnote <c>links</c> and prefixed extension properties are ignored.
/// </summary>
internal static class XbrlJsonReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    public static Report Read(Stream input, Func<QName, bool> isNumericConcept)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ReadDocument(() => JsonDocument.Parse(input, Options), isNumericConcept);
    }

    public static Report Parse(string json, Func<QName, bool> isNumericConcept)
    {
        ArgumentNullException.ThrowIfNull(json);
        return ReadDocument(() => JsonDocument.Parse(json, Options), isNumericConcept);
    }

    private static Report ReadDocument(Func<JsonDocument> parse, Func<QName, bool> isNumericConcept)
    {
        ArgumentNullException.ThrowIfNull(isNumericConcept);
        JsonDocument document;
        try
        {
            document = parse();
        }
        catch (JsonException e)
        {
            throw new FormatException($"Not a JSON document: {e.Message}", e);
        }
        using (document) return Read(document.RootElement, isNumericConcept);
    }

    private static Report Read(JsonElement root, Func<QName, bool> isNumericConcept)
    {
        if (root.ValueKind != JsonValueKind.Object) throw new FormatException("An xBRL-JSON document must be a JSON object.");
        JsonElement? documentInfo = null, facts = null;
        foreach (var property in UniqueProperties(root, "the document"))
        {
            switch (property.Name)
            {
                case "documentInfo": documentInfo = property.Value; break;
                case "facts": facts = property.Value; break;
                default: IgnoreExtension(property, "the document"); break;
            }
        }
        if (documentInfo is not { ValueKind: JsonValueKind.Object } info) throw new FormatException("The document has no documentInfo object.");
        var (namespaces, taxonomy) = ReadDocumentInfo(info);
        var read = new List<Fact>();
        if (facts is { } factsElement)
        {
            if (factsElement.ValueKind != JsonValueKind.Object) throw new FormatException("'facts' must be an object of fact id → fact.");
            foreach (var fact in UniqueProperties(factsElement, "facts"))
            {
                read.Add(ReadFact(fact.Name, fact.Value, namespaces, isNumericConcept));
            }
        }
        try
        {
            return new Report(namespaces, taxonomy, read);
        }
        catch (ArgumentException e)
        {
            throw new FormatException(e.Message, e);
        }
    }

    private static (Dictionary<string, string> Namespaces, List<string> Taxonomy) ReadDocumentInfo(JsonElement info)
    {
        string? documentType = null;
        var namespaces = new Dictionary<string, string>(StringComparer.Ordinal);
        var taxonomy = new List<string>();
        bool sawNamespaces = false;
        foreach (var property in UniqueProperties(info, "documentInfo"))
        {
            switch (property.Name)
            {
                case "documentType":
                    documentType = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : throw new FormatException("documentInfo.documentType must be a string.");
                    break;
                case "namespaces":
                    sawNamespaces = true;
                    if (property.Value.ValueKind != JsonValueKind.Object) throw new FormatException("documentInfo.namespaces must be an object of prefix → URI.");
                    foreach (var binding in UniqueProperties(property.Value, "documentInfo.namespaces"))
                    {
                        if (binding.Value.ValueKind != JsonValueKind.String) throw new FormatException($"Namespace '{binding.Name}' must be a URI string.");
                        namespaces[binding.Name] = binding.Value.GetString()!;
                    }
                    break;
                case "taxonomy":
                    if (property.Value.ValueKind != JsonValueKind.Array) throw new FormatException("documentInfo.taxonomy must be an array of URLs.");
                    foreach (var entry in property.Value.EnumerateArray())
                    {
                        taxonomy.Add(entry.ValueKind == JsonValueKind.String ? entry.GetString()! : throw new FormatException("documentInfo.taxonomy must hold only strings."));
                    }
                    break;
                case "features" or "linkTypes" or "linkGroups" or "baseURL":
                    break;
                default:
                    IgnoreExtension(property, "documentInfo");
                    break;
            }
        }
        if (documentType is null) throw new FormatException("documentInfo has no documentType.");
        if (documentType != XbrlJson.DocumentType) throw new FormatException($"Unknown document type '{documentType}'; expected '{XbrlJson.DocumentType}'.");
        if (!sawNamespaces) throw new FormatException("documentInfo has no namespaces.");
        return (namespaces, taxonomy);
    }

    private static Fact ReadFact(string id, JsonElement element, Dictionary<string, string> namespaces, Func<QName, bool> isNumericConcept)
    {
        if (element.ValueKind != JsonValueKind.Object) throw Bad(id, "must be an object");
        string? value = null;
        bool sawValue = false;
        Decimals? decimals = null;
        JsonElement? dimensions = null;
        foreach (var property in UniqueProperties(element, $"fact '{id}'"))
        {
            switch (property.Name)
            {
                case "value":
                    sawValue = true;
                    value = property.Value.ValueKind switch
                    {
                        JsonValueKind.String => property.Value.GetString(),
                        JsonValueKind.Null => throw Bad(id, "is nil (value null); nil facts are not supported"),
                        _ => throw Bad(id, "has a value that is not a string"),
                    };
                    break;
                case "decimals":
                    decimals = property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetInt32(out int d)
                        ? Decimals.Of(d)
                        : throw Bad(id, $"has decimals {property.Value.GetRawText()}, which is not an integer");
                    break;
                case "dimensions":
                    dimensions = property.Value.ValueKind == JsonValueKind.Object ? property.Value : throw Bad(id, "has dimensions that are not an object");
                    break;
                case "links":
                    break;
                default:
                    IgnoreExtension(property, $"fact '{id}'");
                    break;
            }
        }
        if (!sawValue || value is null) throw Bad(id, "has no value");
        if (dimensions is not { } dims) throw Bad(id, "has no dimensions");

        string? concept = null, entity = null, period = null, unit = null;
        foreach (var dimension in UniqueProperties(dims, $"fact '{id}' dimensions"))
        {
            string text = dimension.Value.ValueKind == JsonValueKind.String
                ? dimension.Value.GetString()!
                : throw Bad(id, $"has dimension '{dimension.Name}' that is not a string");
            switch (dimension.Name)
            {
                case "concept": concept = text; break;
                case "entity": entity = text; break;
                case "period": period = text; break;
                case "unit": unit = text; break;
                default: throw Bad(id, $"has dimension '{dimension.Name}'; only the core dimensions concept, entity, period and unit are supported");
            }
        }

        var conceptName = ParseConcept(id, concept, namespaces);
        var factEntity = ParseEntity(id, entity, namespaces);
        var factPeriod = ParsePeriod(id, period);
        if (unit is null && decimals is null && !isNumericConcept(conceptName))
        {
            return new Fact { Concept = conceptName, Entity = factEntity, Period = factPeriod, TextValue = value };
        }
        var factUnit = unit is null ? Unit.Pure : ParseUnit(id, unit, namespaces);
        if (factUnit == Unit.Pure && unit is not null) throw Bad(id, "has the unit xbrli:pure, which OIM expresses by omitting the unit (oime:illegalPureUnit)");
        if (!DecimalLexical.TryParse(value, out decimal number))
            throw Bad(id, $"has value '{value}', which is not a decimal number a decimal can hold exactly (numeric facts have a unit or decimals)");
        return new Fact
        {
            Concept = conceptName,
            Entity = factEntity,
            Period = factPeriod,
            NumericValue = number,
            Decimals = decimals ?? Decimals.Infinite,
            Unit = factUnit,
        };
    }

    private static QName ParseConcept(string id, string? text, Dictionary<string, string> namespaces)
    {
        if (text is null) throw Bad(id, "has no concept");
        if (!QName.TryParse(text, out var name)) throw Bad(id, $"has concept '{text}', which is not a prefixed name");
        RequirePrefix(id, name.Prefix, namespaces);
        return name;
    }

    private static Entity ParseEntity(string id, string? text, Dictionary<string, string> namespaces)
    {
        if (text is null) throw Bad(id, "has no entity");
        int colon = text.IndexOf(':');
        if (colon <= 0 || colon == text.Length - 1) throw Bad(id, $"has entity '{text}', which is not prefix:identifier");
        string prefix = text[..colon];
        RequirePrefix(id, prefix, namespaces);
        try
        {
            return new Entity(namespaces[prefix], text[(colon + 1)..], prefix);
        }
        catch (ArgumentException e)
        {
            throw Bad(id, $"has entity '{text}': {e.Message}");
        }
    }

    private static Period ParsePeriod(string id, string? text)
    {
        if (text is null) throw Bad(id, "has no period");
        try
        {
            return OimPeriodFormat.Parse(text);
        }
        catch (FormatException e)
        {
            throw Bad(id, $"has a bad period: {e.Message}");
        }
    }

    private static Unit ParseUnit(string id, string text, Dictionary<string, string> namespaces)
    {
        Unit unit;
        try
        {
            unit = Unit.Parse(text);
        }
        catch (FormatException)
        {
            throw Bad(id, $"has unit '{text}', which is not measure or measure/measure (multiplied measures are not supported)");
        }
        RequirePrefix(id, unit.Numerator.Prefix, namespaces);
        if (unit.Denominator is { } d) RequirePrefix(id, d.Prefix, namespaces);
        return unit;
    }

    private static void RequirePrefix(string id, string prefix, Dictionary<string, string> namespaces)
    {
        if (!namespaces.ContainsKey(prefix)) throw Bad(id, $"uses prefix '{prefix}', which documentInfo.namespaces does not declare");
    }

    // JSON allows repeated keys; xBRL-JSON does not, and a repeated fact id would hide a fact.
    private static IEnumerable<JsonProperty> UniqueProperties(JsonElement element, string where)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!seen.Add(property.Name)) throw new FormatException($"Property '{property.Name}' appears twice in {where}.");
            yield return property;
        }
    }

    // OIM lets producers add properties with a prefixed name; any other unknown property is an error.
    private static void IgnoreExtension(JsonProperty property, string where)
    {
        if (!property.Name.Contains(':')) throw new FormatException($"Unknown property '{property.Name}' in {where}.");
    }

    private static FormatException Bad(string id, string problem) => new($"Fact '{id}' {problem}.");
}
