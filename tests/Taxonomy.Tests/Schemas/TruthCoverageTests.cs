using System.Text.Json;
using Taxonomy.Testing;

namespace Taxonomy.Tests.Schemas;

/// <summary>Every standard (us-gaap, dei) concept the ground-truth files use is a line item of some shipped schema.</summary>
public class TruthCoverageTests
{
    private static readonly string[] StandardPrefixes = ["us-gaap", "dei"];

    private static HashSet<string> SchemaConcepts() =>
        SchemaFiles.Statements().SelectMany(s => SchemaFiles.LineItems(s.Schema)).Select(p => p.Value.GetProperty("x-concept").GetString()!).ToHashSet(StringComparer.Ordinal);

    [SharedFact("corpus/truth/001_26c721c3275d4b3d.json")]
    public void Every_concept_of_the_founding_filing_truth_is_in_a_schema()
    {
        var concepts = SchemaConcepts();
        using var truth = JsonDocument.Parse(File.ReadAllText(SharedFiles.Require("corpus/truth/001_26c721c3275d4b3d.json")));
        var named = truth.RootElement.GetProperty("facts").EnumerateArray()
            .Select(f => f.TryGetProperty("concept", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : null)
            .OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        Assert.Contains("us-gaap:WeightedAverageNumberOfShareOutstandingBasicAndDiluted", named);
        string[] absent = named.Where(c => !concepts.Contains(c)).ToArray();
        Assert.True(absent.Length == 0, "Not in any schema: " + string.Join(", ", absent));
    }

    [SharedFact("corpus/truth")]
    public void Every_standard_truth_concept_or_an_accepted_alternative_is_in_a_schema()
    {
        var concepts = SchemaConcepts();
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string path in Directory.GetFiles(SharedFiles.Require("corpus/truth"), "*.json").Order(StringComparer.Ordinal))
        {
            using var truth = JsonDocument.Parse(File.ReadAllText(path));
            foreach (var fact in truth.RootElement.GetProperty("facts").EnumerateArray())
            {
                var names = new List<string>();
                if (fact.TryGetProperty("concept", out var c) && c.ValueKind == JsonValueKind.String) names.Add(c.GetString()!);
                if (fact.TryGetProperty("accept", out var accept) && accept.ValueKind == JsonValueKind.Array)
                    names.AddRange(accept.EnumerateArray().Select(a => a.GetString()!).Where(a => a != "*"));
                // Company extension concepts (aapl:...) and label-only facts cannot be in a generic schema.
                var standard = names.Where(n => StandardPrefixes.Contains(n.Split(':')[0])).ToArray();
                if (standard.Length == 0) continue;
                if (!standard.Any(concepts.Contains)) missing.Add(Path.GetFileName(path) + ": " + standard[0]);
            }
        }
        Assert.Empty(missing);
    }
}
