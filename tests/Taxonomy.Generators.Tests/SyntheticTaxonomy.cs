using System.Globalization;
using System.Text;

namespace Taxonomy.Generators.Tests;

/// <summary>
/// A large fictional taxonomy written in memory: <c>files</c> schemas of <c>itemsPerFile</c> line items each, in groups
/// of nine components and their total (every third component subtracted), so that every schema carries calculations.
/// Shared with the generator benchmarks (tests/Taxonomy.Benchmarks links this file).
/// </summary>
internal static class SyntheticTaxonomy
{
    public const int Files = 20;
    public const int ItemsPerFile = 100;
    private const int GroupSize = 10;

    /// <summary>The schemas as (file name, JSON text), file names in ordinal order.</summary>
    public static IReadOnlyList<(string Name, string Text)> Schemas(int files = Files, int itemsPerFile = ItemsPerFile) =>
        Enumerable.Range(1, files).Select(i => (FileName(i), Schema(i, itemsPerFile))).ToList();

    public static string FileName(int file) => string.Create(CultureInfo.InvariantCulture, $"Synthetic{file:D2}.schema.json");

    public static string TypeName(int file) => string.Create(CultureInfo.InvariantCulture, $"Synthetic{file:D2}");

    /// <summary>The hint name the generator gives the output of schema <paramref name="file"/>.</summary>
    public static string HintName(int file) => "Synthetic.Statements." + TypeName(file) + ".g.cs";

    /// <summary>One schema: <paramref name="items"/> line items, a multiple of ten.</summary>
    public static string Schema(int file, int items)
    {
        var json = new StringBuilder();
        json.Append(CultureInfo.InvariantCulture, $$"""
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "title": "{{TypeName(file)}}",
              "type": "object",
              "x-statement": { "namespace": "Synthetic.Statements", "periodType": "duration", "titles": ["Synthetic Statement {{file}}"] },
              "x-namespaces": { "syn": "http://example.com/synthetic/2026" },
              "properties": {
            """);
        for (int item = 0; item < items; item++)
        {
            int group = item / GroupSize;
            bool total = item % GroupSize == GroupSize - 1;
            string name = ItemName(file, item);
            json.Append(CultureInfo.InvariantCulture, $$"""

                "{{name}}": { "x-concept": "syn:{{name}}", "x-dataType": "monetary", "x-periodType": "duration", "x-balance": "credit",
                  "x-labels": { "standard": "Synthetic item {{file}} {{item}}", "synonyms": ["Item {{item}} of statement {{file}}"] }
            """);
            if (total)
            {
                json.Append(", \"x-calculation\": [");
                for (int child = group * GroupSize; child < item; child++)
                {
                    int weight = child % 3 == 2 ? -1 : 1;
                    json.Append(CultureInfo.InvariantCulture, $"{(child == group * GroupSize ? "" : ", ")}{{ \"item\": \"{ItemName(file, child)}\", \"weight\": {weight} }}");
                }
                json.Append(']');
            }
            json.Append(item == items - 1 ? " }" : " },");
        }
        json.Append("\n  }\n}\n");
        return json.ToString();
    }

    private static string ItemName(int file, int item) =>
        string.Create(CultureInfo.InvariantCulture, $"S{file:D2}Item{item:D3}");
}
