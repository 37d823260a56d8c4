using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Taxonomy.Cli.Output;

/// <summary>Indented UTF-8 JSON with <c>\n</c> line endings, written through <see cref="Utf8JsonWriter"/> (no reflection).</summary>
internal static class JsonText
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options)) write(writer);
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>A decimals value: an integer, or the string <c>INF</c>.</summary>
    public static void WriteDecimals(Utf8JsonWriter writer, string name, Decimals decimals)
    {
        if (decimals.IsInfinite) writer.WriteString(name, "INF");
        else writer.WriteNumber(name, decimals.Value);
    }
}
