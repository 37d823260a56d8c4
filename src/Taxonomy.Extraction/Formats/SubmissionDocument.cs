namespace Taxonomy.Extraction.Formats;

/// <summary>One <c>&lt;DOCUMENT&gt;</c> of an EDGAR submission.</summary>
/// <param name="Type">TYPE, e.g. <c>8-K</c>, <c>EX-99.1</c>, <c>GRAPHIC</c>.</param>
/// <param name="Sequence">SEQUENCE number, or 0 when absent.</param>
/// <param name="FileName">FILENAME, when given.</param>
/// <param name="Description">DESCRIPTION, when given.</param>
/// <param name="Body">The text between <c>&lt;TEXT&gt;</c> and <c>&lt;/TEXT&gt;</c>.</param>
/// <param name="BodyOffset">The character offset of <see cref="Body"/> in the submission.</param>
public sealed record SubmissionDocument(
    string Type,
    int Sequence,
    string? FileName,
    string? Description,
    string Body,
    int BodyOffset)
{
    /// <summary>The format of the body (HTML, markdown or plain text).</summary>
    public DocumentFormat BodyFormat => DocumentFormatDetector.Detect(Body) switch
    {
        DocumentFormat.Html => DocumentFormat.Html,
        DocumentFormat.Markdown => DocumentFormat.Markdown,
        _ => DocumentFormat.PlainText,
    };

    /// <summary>True for exhibits 99 (press releases and other additional exhibits), e.g. <c>EX-99</c>, <c>EX-99.1</c>, <c>EX-99.01</c>.</summary>
    public bool IsExhibit99 => Type.StartsWith("EX-99", StringComparison.OrdinalIgnoreCase);
}
