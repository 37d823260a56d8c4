using System.Text.Json;
using Taxonomy.Cli.Output;
using Taxonomy.Statements;

namespace Taxonomy.Cli.Tests;

public sealed class JsonFormatterTests
{
    [Fact]
    public void Statements_use_the_schema_shape_and_facts_carry_provenance()
    {
        string json = JsonFormatter.Format([HandBuilt.Result()]);
        Assert.DoesNotContain('\r', json);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal("mini.txt", root.GetProperty("source").GetString());

        var statements = root.GetProperty("statements").EnumerateArray().ToArray();
        Assert.Equal(2, statements.Length);
        var latest = statements[0];
        Assert.Equal("Test.Statements.MiniIncome", latest.GetProperty("statement").GetString());
        Assert.Equal("incomeStatement", latest.GetProperty("kind").GetString());
        var values = latest.GetProperty("values");
        Assert.Equal(["period", "Revenues", "OperatingExpenses", "NetIncomeLoss", "EarningsPerShareBasicAndDiluted"], values.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2026-07-01", values.GetProperty("period").GetProperty("startDate").GetString());
        Assert.Equal("2026-09-30", values.GetProperty("period").GetProperty("endDate").GetString());
        Assert.Equal(6_126_000m, values.GetProperty("Revenues").GetProperty("value").GetDecimal());
        Assert.Equal(-3, values.GetProperty("Revenues").GetProperty("decimals").GetInt32());
        Assert.Equal("-0.19", values.GetProperty("EarningsPerShareBasicAndDiluted").GetProperty("value").GetRawText());
        Assert.Equal(2, values.GetProperty("EarningsPerShareBasicAndDiluted").GetProperty("decimals").GetInt32());

        var facts = root.GetProperty("facts").EnumerateArray().ToArray();
        Assert.Equal(7, facts.Length);
        var netIncome = facts.Single(f => f.GetProperty("concept").GetString() == "us-gaap:NetIncomeLoss" && f.GetProperty("period").GetString() == "2026-07-01/2026-09-30");
        Assert.Equal(-9_412_000m, netIncome.GetProperty("value").GetDecimal());
        Assert.Equal("cik:0001234567", netIncome.GetProperty("entity").GetString());
        Assert.Equal("iso4217:USD", netIncome.GetProperty("unit").GetString());
        var provenance = netIncome.GetProperty("provenance");
        Assert.Equal(42, provenance.GetProperty("line").GetInt32());
        Assert.Equal(20, provenance.GetProperty("column").GetInt32());
        Assert.Equal(["label", "narrativeMatched"], provenance.GetProperty("methods").EnumerateArray().Select(m => m.GetString()));

        var findings = root.GetProperty("findings").EnumerateArray().ToArray();
        Assert.Equal(["error", "info"], findings.Select(f => f.GetProperty("severity").GetString()));
        Assert.Equal(-9_412_000m, findings[0].GetProperty("expected").GetDecimal());
        Assert.Equal("us-gaap:NetIncomeLoss", findings[0].GetProperty("concept").GetString());
        Assert.Equal(38, findings[1].GetProperty("line").GetInt32());
    }

    [Fact]
    public void Several_results_make_an_array()
    {
        using var document = JsonDocument.Parse(JsonFormatter.Format([HandBuilt.Result(), HandBuilt.Result() with { SourceName = "b.txt" }]));
        Assert.Equal(["mini.txt", "b.txt"], document.RootElement.EnumerateArray().Select(r => r.GetProperty("source").GetString()));
    }

    [Theory]
    [InlineData("-11300000.0", "-11300000")]
    [InlineData("6126000.000", "6126000")]
    [InlineData("-0.190", "-0.19")]
    [InlineData("0.00", "0")]
    [InlineData("78424000", "78424000")]
    public void Numbers_are_written_without_trailing_fraction_zeros(string value, string expected)
    {
        decimal number = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected + "\n", JsonText.Write(w => w.WriteNumberValue(Invariant.Canonical(number))));
        Assert.Equal(expected, Invariant.Plain(number));
    }

    [Fact]
    public void Instant_periods_are_written_as_instant()
    {
        string json = JsonText.Write(w =>
        {
            w.WriteStartObject();
            StatementJson.WritePeriod(w, Period.Instant(new DateOnly(2026, 3, 31)));
            w.WriteEndObject();
        });
        using var document = JsonDocument.Parse(json);
        var period = document.RootElement.GetProperty("period");
        Assert.Equal("2026-03-31", period.GetProperty("instant").GetString());
        Assert.Single(period.EnumerateObject());
    }
}
