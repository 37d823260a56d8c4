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

    /// <summary>
    /// Reads an xBRL-JSON report. A fact with a unit or decimals is numeric; so is one with neither (an exact pure
    /// number) whose concept is a numeric line item of a registered statement. Any other such fact reads as text.
    /// </summary>
    /// <exception cref="FormatException">The document is not xBRL-JSON this library can read.</exception>
    public static Report Read(Stream input) => XbrlJsonReader.Read(input, RegisteredNumericConcepts());

    /// <summary>Reads an xBRL-JSON report, <paramref name="isNumericConcept"/> deciding whether a fact with neither unit nor decimals is an exact pure number.</summary>
    /// <exception cref="FormatException">The document is not xBRL-JSON this library can read.</exception>
    public static Report Read(Stream input, Func<QName, bool> isNumericConcept) => XbrlJsonReader.Read(input, isNumericConcept);

    /// <summary>Reads an xBRL-JSON report from a string (see <see cref="Read(Stream)"/>).</summary>
    /// <exception cref="FormatException">The document is not xBRL-JSON this library can read.</exception>
    public static Report Parse(string json) => XbrlJsonReader.Parse(json, RegisteredNumericConcepts());

    /// <summary>Reads an xBRL-JSON report from a string, <paramref name="isNumericConcept"/> deciding whether a fact with neither unit nor decimals is an exact pure number.</summary>
    /// <exception cref="FormatException">The document is not xBRL-JSON this library can read.</exception>
    public static Report Parse(string json, Func<QName, bool> isNumericConcept) => XbrlJsonReader.Parse(json, isNumericConcept);

    private static Func<QName, bool> RegisteredNumericConcepts()
    {
        var numeric = Statements.StatementRegistry.All
            .SelectMany(s => s.Concepts)
            .Where(c => c.IsNumeric)
            .Select(c => c.Concept)
            .ToHashSet();
        return numeric.Contains;
    }
}
