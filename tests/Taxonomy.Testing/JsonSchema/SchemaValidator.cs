using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Taxonomy.Testing.JsonSchema;

/// <summary>
/// A small JSON Schema draft 2020-12 validator over <see cref="JsonElement"/>, enough for the statement schemas
/// and their meta-schema (JsonSchema.Net cannot be restored here). Supports type, enum, const, properties,
/// required, additionalProperties, patternProperties, propertyNames, minProperties, items, prefixItems, minItems,
/// maxItems, pattern, minLength, minimum, maximum, allOf, anyOf, oneOf, not, if/then/else, and $ref to
/// <c>#</c>-pointers or to another registered schema by its <c>$id</c>. Unknown keywords are ignored, as the spec says.
/// </summary>
public sealed class SchemaValidator
{
    private readonly Dictionary<string, JsonElement> _byId = new(StringComparer.Ordinal);

    /// <summary>Makes a schema reachable by its <c>$id</c> for <c>$ref</c>s from other schemas.</summary>
    public void Register(JsonElement schema)
    {
        if (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$id", out var id) && id.GetString() is { } uri)
            _byId[uri] = schema;
    }

    /// <summary>The errors of <paramref name="instance"/> against <paramref name="schema"/> (empty when valid).</summary>
    public IReadOnlyList<string> Validate(JsonElement instance, JsonElement schema)
    {
        var errors = new List<string>();
        Check(instance, schema, schema, "$", errors);
        return errors;
    }

    private void Check(JsonElement instance, JsonElement schema, JsonElement root, string path, List<string> errors)
    {
        if (schema.ValueKind == JsonValueKind.True) return;
        if (schema.ValueKind == JsonValueKind.False) { errors.Add($"{path}: not allowed"); return; }
        if (schema.ValueKind != JsonValueKind.Object) throw new InvalidOperationException("A schema must be an object or a boolean at " + path);

        if (schema.TryGetProperty("$ref", out var reference))
        {
            var (target, targetRoot) = Resolve(reference.GetString()!, root);
            Check(instance, target, targetRoot, path, errors);
        }
        if (schema.TryGetProperty("type", out var type) && !MatchesType(instance, type))
            errors.Add($"{path}: expected type {type.GetRawText()} but found {instance.ValueKind}");
        if (schema.TryGetProperty("const", out var constant) && !JsonEquals(instance, constant))
            errors.Add($"{path}: expected {constant.GetRawText()}");
        if (schema.TryGetProperty("enum", out var options) && !options.EnumerateArray().Any(o => JsonEquals(instance, o)))
            errors.Add($"{path}: {instance.GetRawText()} is not one of {options.GetRawText()}");

        switch (instance.ValueKind)
        {
            case JsonValueKind.Object: CheckObject(instance, schema, root, path, errors); break;
            case JsonValueKind.Array: CheckArray(instance, schema, root, path, errors); break;
            case JsonValueKind.String: CheckString(instance.GetString()!, schema, path, errors); break;
            case JsonValueKind.Number: CheckNumber(instance.GetDecimal(), schema, path, errors); break;
        }

        if (schema.TryGetProperty("allOf", out var allOf))
            foreach (var sub in allOf.EnumerateArray()) Check(instance, sub, root, path, errors);
        if (schema.TryGetProperty("anyOf", out var anyOf) && !anyOf.EnumerateArray().Any(s => IsValid(instance, s, root, path)))
            errors.Add($"{path}: matches none of anyOf");
        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            int matches = oneOf.EnumerateArray().Count(s => IsValid(instance, s, root, path));
            if (matches != 1) errors.Add($"{path}: matches {matches} of oneOf, expected exactly 1");
        }
        if (schema.TryGetProperty("not", out var not) && IsValid(instance, not, root, path))
            errors.Add($"{path}: must not match {not.GetRawText()}");
        if (schema.TryGetProperty("if", out var condition))
        {
            if (IsValid(instance, condition, root, path))
            {
                if (schema.TryGetProperty("then", out var then)) Check(instance, then, root, path, errors);
            }
            else if (schema.TryGetProperty("else", out var otherwise))
            {
                Check(instance, otherwise, root, path, errors);
            }
        }
    }

    private bool IsValid(JsonElement instance, JsonElement schema, JsonElement root, string path)
    {
        var scratch = new List<string>();
        Check(instance, schema, root, path, scratch);
        return scratch.Count == 0;
    }

    private void CheckObject(JsonElement instance, JsonElement schema, JsonElement root, string path, List<string> errors)
    {
        if (schema.TryGetProperty("required", out var required))
            foreach (var name in required.EnumerateArray())
                if (!instance.TryGetProperty(name.GetString()!, out _)) errors.Add($"{path}: missing required property '{name.GetString()}'");
        if (schema.TryGetProperty("minProperties", out var minProperties) && instance.EnumerateObject().Count() < minProperties.GetInt32())
            errors.Add($"{path}: fewer than {minProperties.GetInt32()} properties");

        schema.TryGetProperty("properties", out var properties);
        schema.TryGetProperty("patternProperties", out var patterns);
        bool hasAdditional = schema.TryGetProperty("additionalProperties", out var additional);
        bool hasNames = schema.TryGetProperty("propertyNames", out var propertyNames);
        foreach (var property in instance.EnumerateObject())
        {
            string childPath = path + "." + property.Name;
            bool evaluated = false;
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var sub))
            {
                evaluated = true;
                Check(property.Value, sub, root, childPath, errors);
            }
            if (patterns.ValueKind == JsonValueKind.Object)
            {
                foreach (var pattern in patterns.EnumerateObject())
                {
                    if (!Matches(property.Name, pattern.Name)) continue;
                    evaluated = true;
                    Check(property.Value, pattern.Value, root, childPath, errors);
                }
            }
            if (!evaluated && hasAdditional) Check(property.Value, additional, root, childPath, errors);
            if (hasNames) Check(JsonDocument.Parse(JsonSerializer.Serialize(property.Name)).RootElement, propertyNames, root, childPath + "(name)", errors);
        }
    }

    private void CheckArray(JsonElement instance, JsonElement schema, JsonElement root, string path, List<string> errors)
    {
        int count = instance.GetArrayLength();
        if (schema.TryGetProperty("minItems", out var minItems) && count < minItems.GetInt32()) errors.Add($"{path}: fewer than {minItems.GetInt32()} items");
        if (schema.TryGetProperty("maxItems", out var maxItems) && count > maxItems.GetInt32()) errors.Add($"{path}: more than {maxItems.GetInt32()} items");
        int prefix = 0;
        if (schema.TryGetProperty("prefixItems", out var prefixItems))
        {
            foreach (var sub in prefixItems.EnumerateArray())
            {
                if (prefix >= count) break;
                Check(instance[prefix], sub, root, $"{path}[{prefix}]", errors);
                prefix++;
            }
        }
        if (schema.TryGetProperty("items", out var items))
            for (int i = prefix; i < count; i++) Check(instance[i], items, root, $"{path}[{i}]", errors);
    }

    private static void CheckString(string value, JsonElement schema, string path, List<string> errors)
    {
        if (schema.TryGetProperty("minLength", out var minLength) && value.Length < minLength.GetInt32()) errors.Add($"{path}: shorter than {minLength.GetInt32()}");
        if (schema.TryGetProperty("pattern", out var pattern) && !Matches(value, pattern.GetString()!)) errors.Add($"{path}: '{value}' does not match {pattern.GetString()}");
    }

    private static void CheckNumber(decimal value, JsonElement schema, string path, List<string> errors)
    {
        if (schema.TryGetProperty("minimum", out var minimum) && value < minimum.GetDecimal()) errors.Add($"{path}: {value.ToString(CultureInfo.InvariantCulture)} is below {minimum.GetRawText()}");
        if (schema.TryGetProperty("maximum", out var maximum) && value > maximum.GetDecimal()) errors.Add($"{path}: {value.ToString(CultureInfo.InvariantCulture)} is above {maximum.GetRawText()}");
    }

    private (JsonElement Schema, JsonElement Root) Resolve(string reference, JsonElement root)
    {
        int hash = reference.IndexOf('#', StringComparison.Ordinal);
        string document = hash < 0 ? reference : reference[..hash];
        string pointer = hash < 0 ? "" : reference[(hash + 1)..];
        if (document.Length > 0)
        {
            if (!_byId.TryGetValue(document, out root)) throw new InvalidOperationException("Unknown schema " + document);
        }
        var target = root;
        foreach (string raw in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            string token = Uri.UnescapeDataString(raw).Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (!target.TryGetProperty(token, out target)) throw new InvalidOperationException("Unresolvable $ref " + reference);
        }
        return (target, root);
    }

    private static bool Matches(string value, string pattern) => Regex.IsMatch(value, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    private static bool MatchesType(JsonElement instance, JsonElement type) =>
        type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Any(t => MatchesType(instance, t.GetString()!)) : MatchesType(instance, type.GetString()!);

    private static bool MatchesType(JsonElement instance, string type) => type switch
    {
        "object" => instance.ValueKind == JsonValueKind.Object,
        "array" => instance.ValueKind == JsonValueKind.Array,
        "string" => instance.ValueKind == JsonValueKind.String,
        "number" => instance.ValueKind == JsonValueKind.Number,
        "integer" => instance.ValueKind == JsonValueKind.Number && instance.TryGetDecimal(out var d) && d == decimal.Truncate(d),
        "boolean" => instance.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => instance.ValueKind == JsonValueKind.Null,
        _ => throw new InvalidOperationException("Unknown type " + type),
    };

    /// <summary>JSON equality: numbers by value, objects regardless of member order.</summary>
    public static bool JsonEquals(JsonElement a, JsonElement b)
    {
        if (a.ValueKind != b.ValueKind) return false;
        switch (a.ValueKind)
        {
            case JsonValueKind.Number: return a.GetDecimal() == b.GetDecimal();
            case JsonValueKind.String: return a.GetString() == b.GetString();
            case JsonValueKind.Array:
                return a.GetArrayLength() == b.GetArrayLength() && a.EnumerateArray().Zip(b.EnumerateArray()).All(p => JsonEquals(p.First, p.Second));
            case JsonValueKind.Object:
                var left = a.EnumerateObject().ToList();
                return left.Count == b.EnumerateObject().Count() && left.All(p => b.TryGetProperty(p.Name, out var v) && JsonEquals(p.Value, v));
            default: return true;
        }
    }
}
