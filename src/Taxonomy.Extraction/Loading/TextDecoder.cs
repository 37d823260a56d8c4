using System.Text;

namespace Taxonomy.Extraction.Loading;

/// <summary>Turns raw bytes into text: BOM detection, UTF-8 with a Windows-1252 fallback, binary rejected.</summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes, string sourceName)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Checked(Utf8OrWindows1252(bytes[3..]), sourceName);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Checked(Encoding.Unicode.GetString(bytes[2..]), sourceName);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Checked(Encoding.BigEndianUnicode.GetString(bytes[2..]), sourceName);
        if (LooksBinary(bytes)) throw new InputException(sourceName, "the content is binary, not a text document");
        return Checked(Utf8OrWindows1252(bytes), sourceName);
    }

    private static string Utf8OrWindows1252(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Windows1252.GetString(bytes);
        }
    }

    /// <summary>NUL bytes, or many control characters other than tab, CR, LF and form feed, mean binary.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        int sample = Math.Min(bytes.Length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++)
        {
            byte b = bytes[i];
            if (b == 0) return true;
            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C) control++;
        }
        return sample > 0 && control * 20 > sample;
    }

    private static string Checked(string text, string sourceName)
    {
        int control = 0;
        int sample = Math.Min(text.Length, 8192);
        for (int i = 0; i < sample; i++)
        {
            char c = text[i];
            if (c == '\0' || (c < ' ' && c is not '\t' and not '\n' and not '\r' and not '\f')) control++;
        }
        if (sample > 0 && control * 20 > sample) throw new InputException(sourceName, "the content is binary, not a text document");
        return text;
    }
}
