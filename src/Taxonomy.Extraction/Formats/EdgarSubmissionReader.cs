using System.Globalization;

namespace Taxonomy.Extraction.Formats;

/// <summary>
/// Reads EDGAR submissions: the SGML header and every <c>&lt;DOCUMENT&gt;</c> block, and single documents stored with their
/// SGML <c>&lt;TYPE&gt;</c>/<c>&lt;SEQUENCE&gt;</c> lines (as EDGAR tools save exhibits).
/// </summary>
public static class EdgarSubmissionReader
{
    /// <summary>Parses <paramref name="content"/>; never throws for malformed SGML (missing parts are simply absent).</summary>
    public static EdgarSubmission Read(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        SubmissionHeader? header = ReadHeader(content);
        var documents = new List<SubmissionDocument>();
        int position = 0;
        while (FindTagLine(content, "<DOCUMENT>", position) is { } start)
        {
            int end = FindTagLine(content, "</DOCUMENT>", start) ?? content.Length;
            documents.Add(ReadDocument(content, start + "<DOCUMENT>".Length, end));
            position = end;
            if (position >= content.Length) break;
        }
        if (documents.Count == 0 && FindTagLine(content, "<TYPE>", 0) is { } typeStart)
            documents.Add(ReadDocument(content, typeStart, content.Length));
        return new EdgarSubmission(header, documents);
    }

    /// <summary>
    /// The documents an earnings extraction should read: the exhibits 99 (<c>EX-99.1</c> first, then the others in exhibit
    /// number order); when there are none, the main document (the first one, sequence 1). Encoded files
    /// (<see cref="SubmissionDocument.IsEncoded"/>) are never read.
    /// </summary>
    public static IReadOnlyList<SubmissionDocument> SelectEarningsExhibits(EdgarSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var exhibits = submission.Documents.Where(d => d.IsExhibit99 && !d.IsEncoded).ToList();
        if (exhibits.Count > 0)
            return exhibits.OrderBy(ExhibitRank).ThenBy(d => d.Sequence).ToList();
        var main = submission.Documents.Where(d => !d.IsEncoded).OrderBy(d => d.Sequence == 0 ? int.MaxValue : d.Sequence).FirstOrDefault();
        return main is null ? [] : [main];
    }

    /// <summary>The exhibits 99 that are encoded files (a PDF copy of a release): not read, and worth saying so.</summary>
    public static IReadOnlyList<SubmissionDocument> EncodedExhibits(EdgarSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return submission.Documents.Where(d => d.IsExhibit99 && d.IsEncoded).ToList();
    }

    // EX-99.1 and EX-99.01 rank 1, EX-99.2 ranks 2, …; a bare EX-99 or an unnumbered suffix ranks last.
    private static decimal ExhibitRank(SubmissionDocument document)
    {
        string suffix = document.Type.Length > 5 ? document.Type[5..].TrimStart('.') : "";
        return decimal.TryParse(suffix, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal rank) ? rank : 1_000_000m;
    }

    private static SubmissionHeader? ReadHeader(string content)
    {
        int start = content.IndexOf("<SEC-HEADER>", StringComparison.OrdinalIgnoreCase);
        if (start < 0) return null;
        int end = content.IndexOf("</SEC-HEADER>", start, StringComparison.OrdinalIgnoreCase);
        if (end < 0) end = FindTagLine(content, "<DOCUMENT>", start) ?? content.Length;
        return SubmissionHeaderParser.Parse(content.AsSpan(start, end - start));
    }

    private static SubmissionDocument ReadDocument(string content, int start, int end)
    {
        string? type = null, fileName = null, description = null;
        int sequence = 0;
        int bodyStart = end;
        int line = start;
        while (line < end)
        {
            int next = content.IndexOf('\n', line, end - line);
            int lineEnd = next < 0 ? end : next;
            ReadOnlySpan<char> text = content.AsSpan(line, lineEnd - line).Trim();
            int thisLine = line;
            line = next < 0 ? end : next + 1;
            if (text.IsEmpty) continue;
            if (text.StartsWith("<TEXT>", StringComparison.OrdinalIgnoreCase))
            {
                bodyStart = line;
                break;
            }
            if (TagValue(text, "<TYPE>") is { } t) type ??= t;
            else if (TagValue(text, "<SEQUENCE>") is { } s) sequence = int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : 0;
            else if (TagValue(text, "<FILENAME>") is { } f) fileName ??= f;
            else if (TagValue(text, "<DESCRIPTION>") is { } d) description ??= d;
            else
            {
                // A document stored without <TEXT>: the body starts at the first line that is not a document tag.
                bodyStart = thisLine;
                break;
            }
        }
        int bodyEnd = FindTagLine(content, "</TEXT>", bodyStart) is { } close && close < end ? close : end;
        return new SubmissionDocument(type ?? "", sequence, fileName, description, content[bodyStart..bodyEnd], bodyStart);
    }

    private static int LineStart(string content, int index)
    {
        int previous = index > 0 ? content.LastIndexOf('\n', index - 1) : -1;
        return previous + 1;
    }

    private static string? TagValue(ReadOnlySpan<char> line, string tag) =>
        line.StartsWith(tag, StringComparison.OrdinalIgnoreCase) ? line[tag.Length..].Trim().ToString() : null;

    /// <summary>The offset of <paramref name="tag"/> at the start of a line (leading blanks allowed), from <paramref name="from"/>.</summary>
    private static int? FindTagLine(string content, string tag, int from)
    {
        int index = from;
        while (index < content.Length)
        {
            int found = content.IndexOf(tag, index, StringComparison.OrdinalIgnoreCase);
            if (found < 0) return null;
            int lineStart = LineStart(content, found);
            if (content.AsSpan(lineStart, found - lineStart).IsWhiteSpace()) return found;
            index = found + tag.Length;
        }
        return null;
    }
}
