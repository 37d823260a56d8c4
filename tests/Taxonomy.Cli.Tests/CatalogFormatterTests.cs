using System.Text.Json;
using Taxonomy.Cli.Output;

namespace Taxonomy.Cli.Tests;

public sealed class CatalogFormatterTests
{
    [Fact]
    public void Table_lists_every_line_item_with_its_calculation()
    {
        string[] lines = CatalogTableFormatter.Format([HandBuilt.Income]).Split('\n');
        Assert.StartsWith("Statement", lines[0], StringComparison.Ordinal);
        string netIncome = Assert.Single(lines, l => l.Contains("us-gaap:NetIncomeLoss", StringComparison.Ordinal));
        Assert.Matches(@"^Test\.Statements\.MiniIncome\s+NetIncomeLoss\s+us-gaap:NetIncomeLoss\s+monetary\s+duration\s+credit\s+\+Revenues -OperatingExpenses$", netIncome);
        Assert.Contains("1 statements, 4 line items.", lines);
    }

    [Fact]
    public void Json_lists_statements_and_concepts()
    {
        using var document = JsonDocument.Parse(CatalogJsonFormatter.Format([HandBuilt.Income]));
        var statement = Assert.Single(document.RootElement.GetProperty("statements").EnumerateArray());
        Assert.Equal("Test.Statements.MiniIncome", statement.GetProperty("statement").GetString());
        var concepts = statement.GetProperty("concepts").EnumerateArray().ToArray();
        Assert.Equal(4, concepts.Length);
        var calculation = concepts[2].GetProperty("calculation").EnumerateArray().ToArray();
        Assert.Equal(["Revenues", "OperatingExpenses"], calculation.Select(c => c.GetProperty("item").GetString()));
        Assert.Equal([1, -1], calculation.Select(c => c.GetProperty("weight").GetInt32()));
        Assert.False(concepts[3].TryGetProperty("balance", out _));
    }
}
