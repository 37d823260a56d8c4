using AngleSharp.Common;

namespace Taxonomy.Extraction.Formats;

/// <summary>
/// The names and values of kept attributes as shared strings: EDGAR exhibits repeat a few of them thousands of times (the same
/// style on every cell, the same font face and size on every figure), so each distinct text is allocated once per thread
/// instead of once per attribute.
/// </summary>
internal static class HtmlAttributeText
{
    // Longer texts are rarely repeated; the cache is emptied when full, so its memory stays bounded on any input.
    private const int MaxLength = 200;
    private const int MaxEntries = 4096;

    [ThreadStatic]
    private static HashSet<string>? _seen;

    /// <summary>The text of <paramref name="text"/>, the same string instance for equal texts.</summary>
    public static string Of(StringOrMemory text)
    {
        ReadOnlySpan<char> span = text.Memory.Span;
        if (span.IsEmpty) return "";
        if (span.Length > MaxLength) return text.ToString();
        HashSet<string> seen = _seen ??= new HashSet<string>(StringComparer.Ordinal);
        HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup = seen.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(span, out string? shared)) return shared;
        if (seen.Count >= MaxEntries) seen.Clear();
        string created = span.ToString();
        seen.Add(created);
        return created;
    }
}
