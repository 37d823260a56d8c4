namespace Taxonomy.Extraction.Formats;

/// <summary>A filing read into the pipeline's plain-text form, whatever its input format.</summary>
/// <param name="Format">The detected input format.</param>
/// <param name="Text">The plain text for the extraction pipeline (for a submission: the selected exhibits, see <see cref="FilingReader"/>).</param>
/// <param name="LineOffsets">For each line of <see cref="Text"/>, the approximate character offset in the original input that produced it.</param>
/// <param name="Header">The submission's SGML header, when the input is a submission that has one.</param>
/// <param name="Parts">The documents that make up <see cref="Text"/> (one part for HTML or plain-text input).</param>
public sealed record ReadDocument(
    DocumentFormat Format,
    string Text,
    IReadOnlyList<int> LineOffsets,
    SubmissionHeader? Header,
    IReadOnlyList<ReadPart> Parts)
{
    /// <summary>The exhibits of a submission that were not read because they are encoded files, not text (<see cref="SubmissionDocument.IsEncoded"/>).</summary>
    public IReadOnlyList<SubmissionDocument> Unread { get; init; } = [];

    /// <summary>The 0-based lines of <see cref="Text"/> where a data table of an HTML part starts (<see cref="ConvertedText.TableStarts"/>).</summary>
    public IReadOnlyList<int> TableStarts { get; init; } = [];
}
