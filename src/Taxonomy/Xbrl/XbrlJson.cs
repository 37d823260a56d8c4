using System.Text;

namespace Taxonomy.Xbrl;

/// <summary>
/// Writes and reads xBRL-JSON (XBRL International OIM 1.0, document type <c>https://xbrl.org/2021/xbrl-json</c>).
/// Output is deterministic: namespaces by prefix, facts numbered <c>f1</c>, <c>f2</c>, ... in <see cref="FactOrder"/>,
/// indented with <c>\n</c> line endings, culture-invariant. Reading what was written gives back an equal
/// <see cref="Report"/> (provenance is not serialized).
/// </summary>
public static class XbrlJson
{
    /// <summary>The OIM document type of xBRL-JSON.</summary>
    public const string DocumentType = "https://xbrl.org/2021/xbrl-json";

    /// <summary>Writes <paramref name="report"/> as indented UTF-8 xBRL-JSON with <c>\n</c> line endings.</summary>
    /// <exception cref="ArgumentException">A fact cannot be written faithfully: a numeric fact without decimals or unit,
    /// a fact without a value, or a prefix the report does not declare.</exception>
    public static void Write(Report report, Stream output) => XbrlJsonWriter.Write(report, output);

    /// <summary>The report as an xBRL-JSON string.</summary>
    /// <exception cref="ArgumentException">As for <see cref="Write"/>.</exception>
    public static string ToJson(Report report)
    {
        using var buffer = new MemoryStream();
        XbrlJsonWriter.Write(report, buffer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Reads an xBRL-JSON report.</summary>
    /// <exception cref="FormatException">The document is not xBRL-JSON this library can read.</exception>
    public static Report Read(Stream input) => XbrlJsonReader.Read(input);

    /// <summary>Reads an xBRL-JSON report from a string.</summary>
    /// <exception cref="FormatException">The document is not xBRL-JSON this library can read.</exception>
    public static Report Parse(string json) => XbrlJsonReader.Parse(json);
}
