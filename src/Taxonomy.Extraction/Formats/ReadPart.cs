namespace Taxonomy.Extraction.Formats;

/// <summary>One document of a submission as it was read into the plain-text form.</summary>
/// <param name="Type">The document's TYPE, e.g. <c>EX-99.1</c> (empty when the input was not a submission).</param>
/// <param name="Sequence">The document's SEQUENCE (0 when absent).</param>
/// <param name="FileName">The document's FILENAME, when given.</param>
/// <param name="Description">The document's DESCRIPTION, when given.</param>
/// <param name="Format">The format of the document's body (HTML or plain text).</param>
/// <param name="Content">The part's text in the pipeline's form, with line offsets into the original input.</param>
/// <param name="FirstLine">The 0-based line of <see cref="ReadDocument.Text"/> where this part's text starts.</param>
public sealed record ReadPart(
    string Type,
    int Sequence,
    string? FileName,
    string? Description,
    DocumentFormat Format,
    ConvertedText Content,
    int FirstLine)
{
    /// <summary>The part's text in the pipeline's form.</summary>
    public string Text => Content.Text;
}
