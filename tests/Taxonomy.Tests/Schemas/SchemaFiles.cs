using System.Text.Json;
using Taxonomy.Testing;

namespace Taxonomy.Tests.Schemas;

/// <summary>The shipped statement schemas and the meta-schema, read from the repository's schemas/ folder.</summary>
internal static class SchemaFiles
{
    public static string Folder => Path.Combine(RepositoryRoot.Require(), "schemas");

    public static JsonElement Meta => Load(Path.Combine(Folder, "taxonomy.meta.schema.json"));

    /// <summary>Every statement schema (a root with x-statement), by file name, ordinal order.</summary>
    public static IReadOnlyList<(string Name, JsonElement Schema)> Statements() =>
        Directory.GetFiles(Folder, "*.schema.json")
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), Load(path)))
            .Where(s => s.Item2.TryGetProperty("x-statement", out _))
            .ToArray();

    public static JsonElement Load(string path) => JsonDocument.Parse(File.ReadAllText(path)).RootElement.Clone();

    public static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();

    /// <summary>Line items (every property but <c>period</c>).</summary>
    public static IEnumerable<JsonProperty> LineItems(JsonElement schema) =>
        schema.GetProperty("properties").EnumerateObject().Where(p => p.Name != "period");
}
