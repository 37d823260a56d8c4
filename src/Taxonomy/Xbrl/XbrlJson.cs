namespace Taxonomy.Xbrl;

/// <summary>
/// Writes and reads xBRL-JSON (XBRL International OIM 1.0, document type <c>https://xbrl.org/2021/xbrl-json</c>).
/// </summary>
public static class XbrlJson
{
    /// <summary>The OIM document type of xBRL-JSON.</summary>
    public const string DocumentType = "https://xbrl.org/2021/xbrl-json";

    /// <summary>Writes <paramref name="report"/> as indented UTF-8 xBRL-JSON with <c>\n</c> line endings.</summary>
    public static void Write(Report report, Stream output) => throw new NotImplementedException();

    /// <summary>The report as an xBRL-JSON string.</summary>
    public static string ToJson(Report report) => throw new NotImplementedException();

    /// <summary>Reads an xBRL-JSON report.</summary>
    /// <exception cref="FormatException">The document is not xBRL-JSON this library can read.</exception>
    public static Report Read(Stream input) => throw new NotImplementedException();

    /// <summary>Reads an xBRL-JSON report from a string.</summary>
    public static Report Parse(string json) => throw new NotImplementedException();
}
