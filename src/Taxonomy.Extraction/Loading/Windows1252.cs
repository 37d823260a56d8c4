namespace Taxonomy.Extraction.Loading;

/// <summary>
/// Decodes Windows-1252, the code page of EDGAR text that is not UTF-8: Latin-1 except 0x80–0x9F, which hold
/// typographic quotes, dashes (0x96 en dash, 0x97 em dash: nil in a table cell) and a few letters. The five bytes
/// the code page leaves undefined stay as their Latin-1 control characters. No code-page provider is needed.
/// </summary>
internal static class Windows1252
{
    private static readonly char[] High =
    [
        '\u20AC', '\u0081', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021',
        '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008D', '\u017D', '\u008F',
        '\u0090', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014',
        '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\u009D', '\u017E', '\u0178',
    ];

    /// <summary>The text the bytes stand for in Windows-1252.</summary>
    public static string GetString(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (int i = 0; i < bytes.Length; i++)
        {
            byte b = bytes[i];
            chars[i] = b is >= 0x80 and <= 0x9F ? High[b - 0x80] : (char)b;
        }
        return new string(chars);
    }
}
