namespace Taxonomy.Extraction.Formats;

/// <summary>
/// Reads a filing of any supported format (<see cref="DocumentFormat"/>) into the plain-text form the extraction pipeline reads:
/// HTML is converted by <see cref="HtmlToText"/>; markdown by <see cref="MarkdownText"/>; plain text passes through <see cref="SgmlText"/> (page markers and SGML
/// table tags removed); a submission is parsed by <see cref="EdgarSubmissionReader"/>, its earnings exhibits selected
/// (<see cref="EdgarSubmissionReader.SelectEarningsExhibits"/>) and each converted by its own format.
/// </summary>
public static class FilingReader
{
    /// <summary>
    /// Reads <paramref name="content"/>. For a submission, <see cref="ReadDocument.Text"/> is the selected exhibits' texts in
    /// order, each after the first preceded by a blank line, its <see cref="SeparatorLine"/>, and a blank line.
    /// </summary>
    public static ReadDocument Read(string content) => Read(content, DocumentFormatDetector.Detect(content ?? throw new ArgumentNullException(nameof(content))));

    /// <summary>Reads <paramref name="content"/>, whose <paramref name="format"/> the caller has already detected.</summary>
    public static ReadDocument Read(string content, DocumentFormat format)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (format != DocumentFormat.EdgarSubmission)
        {
            ConvertedText converted = Convert(content, format, 0);
            var part = new ReadPart("", 0, null, null, format, converted, 0);
            return new ReadDocument(format, converted.Text, converted.LineOffsets, null, [part]) { TableStarts = converted.TableStarts };
        }
        EdgarSubmission submission = EdgarSubmissionReader.Read(content);
        var text = new System.Text.StringBuilder();
        var offsets = new List<int>();
        var parts = new List<ReadPart>();
        foreach (SubmissionDocument document in EdgarSubmissionReader.SelectEarningsExhibits(submission))
        {
            DocumentFormat bodyFormat = document.BodyFormat;
            ConvertedText converted = Convert(document.Body, bodyFormat, document.BodyOffset);
            if (parts.Count > 0)
            {
                AppendLine(text, offsets, "", document.BodyOffset);
                AppendLine(text, offsets, SeparatorLine(document.Type, document.FileName), document.BodyOffset);
                AppendLine(text, offsets, "", document.BodyOffset);
            }
            int firstLine = offsets.Count;
            if (converted.Text.Length > 0)
            {
                if (offsets.Count > 0) text.Append('\n');
                text.Append(converted.Text);
                offsets.AddRange(converted.LineOffsets);
            }
            parts.Add(new ReadPart(document.Type, document.Sequence, document.FileName, document.Description, bodyFormat, converted, firstLine));
        }
        var tableStarts = parts.SelectMany(p => p.Content.TableStarts.Select(line => p.FirstLine + line)).ToList();
        return new ReadDocument(format, text.ToString(), offsets, submission.Header, parts) { Unread = EdgarSubmissionReader.EncodedExhibits(submission), TableStarts = tableStarts };
    }

    /// <summary>The line that separates one exhibit from the next in a submission's text, e.g. <c>[EX-99.2: data.htm]</c>.</summary>
    public static string SeparatorLine(string type, string? fileName) =>
        string.IsNullOrEmpty(fileName) ? $"[{type}]" : $"[{type}: {fileName}]";

    private static ConvertedText Convert(string body, DocumentFormat format, int baseOffset) => format switch
    {
        DocumentFormat.Html => HtmlToText.Convert(body, baseOffset),
        DocumentFormat.Markdown => MarkdownText.Convert(body, baseOffset),
        _ => SgmlText.Clean(body, baseOffset),
    };

    private static void AppendLine(System.Text.StringBuilder text, List<int> offsets, string line, int offset)
    {
        if (offsets.Count > 0) text.Append('\n');
        text.Append(line);
        offsets.Add(offset);
    }
}
