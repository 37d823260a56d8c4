using Taxonomy.Generators.Parsing;

namespace Taxonomy.Generators.Tests;

/// <summary>The parser never throws: every broken schema becomes diagnostics located inside the file.</summary>
public class RobustnessTests
{
    private static void AssertParsesWithoutThrowing(string text)
    {
        var result = SchemaParser.Parse("/schemas/Broken.schema.json", text, CancellationToken.None);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "TAX016");
        foreach (var diagnostic in result.Diagnostics)
        {
            var location = diagnostic.Location;
            Assert.NotNull(location);
            Assert.InRange(location!.Start, 0, text.Length);
            Assert.InRange(location.Start + location.Length, location.Start, text.Length);
        }
        if (result.Model is null) Assert.Contains(result.Diagnostics, d => d.IsError);
    }

    [Fact]
    public void Every_truncation_of_a_schema_is_diagnosed_inside_the_file()
    {
        string schema = TestSchemas.WidgetIncome;
        for (int length = 0; length < schema.Length; length++)
        {
            AssertParsesWithoutThrowing(schema[..length]);
        }
    }

    [Fact]
    public void Random_character_damage_is_diagnosed_inside_the_file()
    {
        var random = new Random(20260101);
        const string alphabet = "{}[]:,\"\\ x-1é\u00a0\n\t0.5e9truefalsenull";
        string schema = TestSchemas.GizmoPosition;
        for (int round = 0; round < 500; round++)
        {
            var chars = schema.ToCharArray();
            int edits = random.Next(1, 4);
            for (int e = 0; e < edits; e++) chars[random.Next(chars.Length)] = alphabet[random.Next(alphabet.Length)];
            AssertParsesWithoutThrowing(new string(chars));
        }
    }

    [Fact]
    public void Cancellation_is_not_turned_into_a_diagnostic()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => SchemaParser.Parse("/s.schema.json", TestSchemas.WidgetIncome, cancelled.Token));
    }

    [Fact]
    public void Locations_count_characters_not_bytes_after_non_ascii_text()
    {
        string schema = TestSchemas.WidgetIncome.Replace("\"Widget revenue\"", "\"Wïdgét révenüe € \U0001D11E\"", StringComparison.Ordinal)
            .Replace("\"wdg:GadgetRevenue\"", "\"acme:GadgetRevenue\"", StringComparison.Ordinal);
        var result = SchemaParser.Parse("/s.schema.json", schema, CancellationToken.None);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "TAX010");
        Assert.Equal("\"acme:GadgetRevenue\"", schema.Substring(diagnostic.Location!.Start, diagnostic.Location.Length));
    }
}
