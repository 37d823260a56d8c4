using System.Text;
using System.Text.Json;
using Taxonomy.Statements;

namespace Taxonomy.Tests.Statements;

/// <summary>The run-time-named writers of <see cref="StatementJson"/> write what the generated converters' UTF-8 ones do.</summary>
public class StatementJsonTests
{
    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void An_amount_named_at_run_time_is_written_like_one_named_in_utf8()
    {
        Assert.Equal("{\"Revenues\":{\"value\":6126000,\"decimals\":-3}}", Write(w => StatementJson.WriteAmount(w, "Revenues", 6126000m, Decimals.Of(-3))));
        Assert.Equal(Write(w => StatementJson.WriteAmount(w, "Shares"u8, 12.5m, Decimals.Infinite)), Write(w => StatementJson.WriteAmount(w, "Shares", 12.5m, Decimals.Infinite)));
        Assert.Contains("\"decimals\":\"INF\"", Write(w => StatementJson.WriteAmount(w, "Shares", 12.5m, Decimals.Infinite)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_named_at_run_time_is_written_as_yyyy_MM_dd()
    {
        Assert.Equal("{\"DocumentPeriodEndDate\":\"2031-05-02\"}", Write(w => StatementJson.WriteDate(w, "DocumentPeriodEndDate", new DateOnly(2031, 5, 2))));
    }
}
