using Taxonomy.Cli.Output;

namespace Taxonomy.Cli.Bulk;

/// <summary><c>summary.json</c> of a bulk extraction: counts, then one entry per input in ordinal order of its path.</summary>
internal static class BulkSummary
{
    public const string FileName = "summary.json";

    public static string Format(IReadOnlyList<BulkRecord> records) => JsonText.Write(json =>
    {
        json.WriteStartObject();
        json.WriteNumber("inputs", records.Count);
        json.WriteNumber("ok", records.Count(r => !r.Failed));
        json.WriteNumber("failed", records.Count(r => r.Failed));
        json.WriteNumber("withValidationErrors", records.Count(r => r.Errors > 0));
        json.WriteStartArray("files");
        foreach (var r in records)
        {
            json.WriteStartObject();
            json.WriteString("path", r.Path);
            json.WriteString("status", r.Status);
            if (r.Output is not null) json.WriteString("output", r.Output);
            json.WriteNumber("facts", r.Facts);
            json.WriteNumber("errors", r.Errors);
            json.WriteNumber("warnings", r.Warnings);
            json.WriteNumber("ms", r.Milliseconds);
            if (r.Reason is not null) json.WriteString("reason", r.Reason);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    });
}
