namespace Taxonomy.Extraction.Formats;

/// <summary>The kind of document a filing's content is, decided from the content itself (never the file name).</summary>
public enum DocumentFormat
{
    /// <summary>Plain text: fixed-width or tab-separated tables, markdown, 1990s SGML text documents with <c>&lt;TABLE&gt;/&lt;S&gt;/&lt;C&gt;</c> tags.</summary>
    PlainText,

    /// <summary>An HTML document or fragment (an EDGAR HTML exhibit).</summary>
    Html,

    /// <summary>An EDGAR submission: an SGML header and <c>&lt;DOCUMENT&gt;</c> blocks, or a single document that begins with SGML <c>&lt;TYPE&gt;</c> lines.</summary>
    EdgarSubmission,

    /// <summary>
    /// Markdown, typically a PDF converted to text: <c>**bold**</c> and <c>#</c> headings, tables as pipe rows, embedded
    /// <c>&lt;table&gt;</c> HTML, or lines whose cells are separated by single spaces.
    /// </summary>
    Markdown,
}
