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

    /// <summary>
    /// True when the body is an encoded file rather than text: a <c>&lt;PDF&gt;</c> block or a uuencoded file (<c>begin 644 name</c>),
    /// or a file name a binary format ends in (a PDF, an image, a spreadsheet, an archive). Its characters are no document.
    /// </summary>
    public bool IsEncoded
    {
        get
        {
            if (FileName is { } name && BinaryExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase))) return true;
            ReadOnlySpan<char> first = FirstLine(Body);
            return first.StartsWith("<PDF>", StringComparison.OrdinalIgnoreCase) || IsUuencodeHeader(first);
        }
    }

    private static readonly string[] BinaryExtensions = [".pdf", ".jpg", ".jpeg", ".gif", ".png", ".zip", ".xls", ".xlsx", ".doc", ".docx"];

    private static ReadOnlySpan<char> FirstLine(string body)
    {
        foreach (var range in body.AsSpan().Split('\n'))
        {
            var line = body.AsSpan()[range].Trim();
            if (!line.IsEmpty) return line;
        }
        return [];
    }

    // "begin 644 ex99.pdf": the mode is three or four octal digits.
    private static bool IsUuencodeHeader(ReadOnlySpan<char> line)
    {
        if (!line.StartsWith("begin ", StringComparison.Ordinal)) return false;
        var rest = line[6..];
        int digits = 0;
        while (digits < rest.Length && rest[digits] is >= '0' and <= '7') digits++;
        return digits is 3 or 4 && digits < rest.Length && rest[digits] == ' ' && rest[(digits + 1)..].Trim().Length > 0;
    }

    /// <summary>True for exhibits 99 (press releases and other additional exhibits), e.g. <c>EX-99</c>, <c>EX-99.1</c>, <c>EX-99.01</c>.</summary>
    public bool IsExhibit99 => Type.StartsWith("EX-99", StringComparison.OrdinalIgnoreCase);
}
