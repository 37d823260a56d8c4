using System.Globalization;
using System.Text;
using System.Text.Json;
using Taxonomy.Testing;
using Taxonomy.Xbrl;

namespace Taxonomy.Tests.Xbrl;

public class XbrlJsonTests
{
    [Fact]
    public void Sample_report_matches_the_verified_snapshot()
    {
        Snapshot.Verify(XbrlJson.ToJson(SampleReports.Northwind2025Q3()), "json");
    }

    [Fact]
    public void Sample_report_round_trips()
    {
        var report = SampleReports.Northwind2025Q3();
        Assert.Equal(report, XbrlJson.Parse(XbrlJson.ToJson(report)));
    }

    [Fact]
    public void Write_and_Read_use_UTF8_streams()
    {
        var report = SampleReports.Northwind2025Q3();
        using var stream = new MemoryStream();
        XbrlJson.Write(report, stream);
        Assert.Equal(XbrlJson.ToJson(report), new UTF8Encoding(false, true).GetString(stream.ToArray()));
        stream.Position = 0;
        Assert.Equal(report, XbrlJson.Read(stream));
    }

    [Fact]
    public void Output_has_the_xbrl_json_shape()
    {
        using var json = JsonDocument.Parse(XbrlJson.ToJson(SampleReports.Northwind2025Q3()));
        var info = json.RootElement.GetProperty("documentInfo");
        Assert.Equal("https://xbrl.org/2021/xbrl-json", info.GetProperty("documentType").GetString());
        Assert.Equal(JsonValueKind.Array, info.GetProperty("taxonomy").ValueKind);
        var facts = json.RootElement.GetProperty("facts").EnumerateObject().ToArray();
        Assert.Equal(Enumerable.Range(1, 8).Select(i => "f" + i), facts.Select(f => f.Name));
        Assert.All(facts, f => Assert.Equal(JsonValueKind.String, f.Value.GetProperty("value").ValueKind));
    }

    [Fact]
    public void Output_does_not_depend_on_fact_order()
    {
        var report = SampleReports.Northwind2025Q3();
        var reversed = new Report(report.Namespaces, report.Taxonomy, report.Facts.Reverse());
        Assert.Equal(XbrlJson.ToJson(report), XbrlJson.ToJson(reversed));
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("fi-FI")]
    [InlineData("ar-SA")]
    public void Output_does_not_depend_on_the_current_culture(string culture)
    {
        var report = SampleReports.Northwind2025Q3();
        string invariant = XbrlJson.ToJson(report);
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo(culture);
            Assert.Equal(invariant, XbrlJson.ToJson(report));
            Assert.Equal(report, XbrlJson.Parse(invariant));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Output_uses_LF_line_endings_and_ends_with_one()
    {
        string json = XbrlJson.ToJson(SampleReports.Northwind2025Q3());
        Assert.DoesNotContain('\r', json);
        Assert.EndsWith("}\n", json);
    }

    [Fact]
    public void Numeric_fact_without_decimals_cannot_be_written()
    {
        var fact = new Fact { Concept = SampleReports.UsGaap("Revenues"), Entity = SampleReports.Northwind, Period = SampleReports.Quarter, NumericValue = 1, Unit = Unit.Usd };
        var report = new Report([new("us-gaap", "http://fasb.org/us-gaap/2024")], [], [fact]);
        Assert.Contains("decimals", Assert.Throws<ArgumentException>(() => XbrlJson.ToJson(report)).Message);
    }

    [Fact]
    public void Undeclared_concept_prefix_cannot_be_written()
    {
        var report = new Report([], [], [Fact.Text(SampleReports.UsGaap("Note"), SampleReports.Northwind, SampleReports.Quarter, "x")]);
        Assert.Contains("us-gaap", Assert.Throws<ArgumentException>(() => XbrlJson.ToJson(report)).Message);
    }
}

public class XbrlJsonPureTests
{
    private static readonly QName Ratio = new("ex", "WidgetYieldRatio");

    private static Report ExactRatio() => new(
        [new("ex", "http://example.com/fictional/2025")],
        [],
        [Fact.Numeric(Ratio, SampleReports.Northwind, SampleReports.Quarter, 0.125m, Decimals.Infinite, Unit.Pure)]);

    [Fact]
    public void Pure_unit_and_infinite_decimals_are_written_by_omission()
    {
        using var json = JsonDocument.Parse(XbrlJson.ToJson(ExactRatio()));
        var fact = json.RootElement.GetProperty("facts").GetProperty("f1");
        Assert.Equal("0.125", fact.GetProperty("value").GetString());
        Assert.False(fact.TryGetProperty("decimals", out _));
        Assert.False(fact.GetProperty("dimensions").TryGetProperty("unit", out _));
    }

    [Fact]
    public void An_exact_pure_number_reads_back_when_its_concept_is_known_to_be_numeric()
    {
        var report = ExactRatio();
        Assert.Equal(report, XbrlJson.Parse(XbrlJson.ToJson(report), c => c == Ratio));
    }

    [Fact]
    public void An_exact_pure_number_of_an_unknown_concept_reads_as_text_without_losing_its_value()
    {
        var fact = Assert.Single(XbrlJson.Parse(XbrlJson.ToJson(ExactRatio()), _ => false).Facts);
        Assert.False(fact.IsNumeric);
        Assert.Equal("0.125", fact.TextValue);
    }

    [Fact]
    public void A_pure_number_with_decimals_reads_back_without_help()
    {
        var report = new Report(ExactRatio().Namespaces, [], [Fact.Numeric(Ratio, SampleReports.Northwind, SampleReports.Quarter, 0.125m, 3, Unit.Pure)]);
        Assert.Equal(report, XbrlJson.Parse(XbrlJson.ToJson(report), _ => false));
    }
}
