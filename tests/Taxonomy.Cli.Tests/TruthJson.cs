using System.Globalization;
using System.Text;
using Taxonomy.Testing.Samples;

namespace Taxonomy.Cli.Tests;

/// <summary>Writes a truth file (the corpus format) for a fictional sample from the facts its builder computed.</summary>
internal static class TruthJson
{
    public static string For(string document, IEnumerable<ExpectedFact> facts)
    {
        var b = new StringBuilder();
        b.Append("{\n  \"documents\": [\"").Append(document).Append("\"],\n  \"company\": \"Fictional\",\n  \"cik\": null,\n  \"facts\": [\n");
        b.Append(string.Join(",\n", facts.Select(Fact)));
        b.Append("\n  ]\n}\n");
        return b.ToString();
    }

    private static string Fact(ExpectedFact f)
    {
        string concept = f.IsExtension ? "null" : "\"us-gaap:" + f.Concept + "\"";
        string accept = f.IsExtension ? ", \"accept\": [\"*\"]" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture,
            $"    {{\"concept\": {concept}, \"label\": \"{f.Label}\", \"period\": \"{f.Period}\", \"value\": \"{f.Value}\", \"unit\": \"{f.Unit}\", \"decimals\": {f.Decimals}, \"statement\": \"{f.Statement}\"{accept}}}");
    }
}
