namespace Taxonomy.Cli.Bulk;

/// <summary>What became of one input of a bulk extraction.</summary>
/// <param name="Path">The input's path relative to the input folder, with <c>/</c> separators.</param>
/// <param name="Output">The report written, relative to the output folder; null when the input failed.</param>
/// <param name="Facts">Facts reported.</param>
/// <param name="Errors">Validation errors.</param>
/// <param name="Warnings">Validation warnings.</param>
/// <param name="Milliseconds">Time taken (extraction and writing).</param>
/// <param name="Reason">Why the input failed; null when it did not.</param>
internal sealed record BulkRecord(string Path, string? Output, int Facts, int Errors, int Warnings, long Milliseconds, string? Reason)
{
    public const string Ok = "ok";
    public const string Error = "error";

    public bool Failed => Reason is not null;

    public string Status => Failed ? Error : Ok;

    public static BulkRecord Failure(string path, string reason, long milliseconds) => new(path, null, 0, 0, 0, milliseconds, reason);
}
