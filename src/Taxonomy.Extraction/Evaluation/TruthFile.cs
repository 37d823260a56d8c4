using System.Globalization;
using System.Text.Json;

namespace Taxonomy.Extraction.Evaluation;

/// <summary>
/// A ground-truth file (the corpus format): the documents it covers, the company and its identifiers, and the facts
/// a correct extraction reports.
/// </summary>
public sealed record TruthFile(IReadOnlyList<string> Documents, string? Company, string? Cik, string? CommissionFileNumber, IReadOnlyList<TruthFact> Facts)
{
    /// <summary>The document-and-entity values the truth states (form, period of report, fiscal focus and year end, identifiers).</summary>
    public IReadOnlyList<TruthDocumentField> DocumentFields { get; init; } = [];

    /// <summary>Reads a truth file.</summary>
    /// <exception cref="FormatException">The file is not in the truth format.</exception>
    public static TruthFile Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>Parses truth JSON.</summary>
    /// <exception cref="FormatException">The text is not in the truth format.</exception>
    public static TruthFile Parse(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            var root = doc.RootElement;
            var documents = root.TryGetProperty("documents", out var d) ? d.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToList() : [];
            var facts = new List<TruthFact>();
            foreach (var f in root.GetProperty("facts").EnumerateArray())
            {
                QName? concept = f.TryGetProperty("concept", out var c) && c.ValueKind == JsonValueKind.String ? QName.Parse(c.GetString()!) : null;
                string value = f.GetProperty("value").ValueKind == JsonValueKind.String ? f.GetProperty("value").GetString()! : f.GetProperty("value").GetRawText();
                int? decimals = f.TryGetProperty("decimals", out var dec) && dec.ValueKind == JsonValueKind.Number ? dec.GetInt32() : null;
                var accept = f.TryGetProperty("accept", out var a) ? a.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToList() : [];
                facts.Add(new TruthFact(concept, Text(f, "label") ?? string.Empty, Period.Parse(f.GetProperty("period").GetString()!),
                    decimal.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture), Text(f, "unit") ?? string.Empty, decimals, Text(f, "statement") ?? string.Empty, accept));
            }
            return new TruthFile(documents, Text(root, "company"), Text(root, "cik"), Text(root, "commission_file_number"), facts)
            {
                DocumentFields = DocumentFieldsOf(root),
            };
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException("Not a truth file: " + e.Message, e);
        }
    }

    private static List<TruthDocumentField> DocumentFieldsOf(JsonElement root)
    {
        var fields = new List<TruthDocumentField>();
        root.TryGetProperty("document", out var document);
        foreach (var (field, concept) in TruthDocumentField.Concepts)
        {
            var holder = document.ValueKind == JsonValueKind.Object && document.TryGetProperty(field, out _) ? document : root;
            if (!holder.TryGetProperty(field, out var v)) continue;
            string? value = v.ValueKind switch
            {
                JsonValueKind.String => v.GetString(),
                JsonValueKind.Number => v.GetRawText(),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(value)) fields.Add(new TruthDocumentField(field, concept, value));
        }
        return fields;
    }

    private static string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
