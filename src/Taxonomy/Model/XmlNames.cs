namespace Taxonomy;

/// <summary>XML name rules the model enforces, so that every prefix and local name can be written to XBRL.</summary>
/// <remarks>
/// The productions of XML 1.0 (fifth edition) §2.3 without the colon. The generator's <c>Identifiers.IsNCName</c>
/// follows the same rule and is tested with the same cases.
/// </remarks>
internal static class XmlNames
{
    /// <summary>True when <paramref name="name"/> is an XML NCName (a name without a colon).</summary>
    public static bool IsNCName(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty) return false;
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsHighSurrogate(c))
            {
                // [#x10000-#xEFFFF] is a start character: high surrogates D800-DB7F followed by a low surrogate.
                if (c > '\uDB7F' || i + 1 >= name.Length || !char.IsLowSurrogate(name[i + 1])) return false;
                i++;
                continue;
            }
            if (!IsStartChar(c) && (i == 0 || !IsNameChar(c))) return false;
        }
        return true;
    }

    private static bool IsStartChar(char c) =>
        c is (>= 'A' and <= 'Z') or '_' or (>= 'a' and <= 'z') or (>= '\u00C0' and <= '\u00D6') or (>= '\u00D8' and <= '\u00F6')
            or (>= '\u00F8' and <= '\u02FF') or (>= '\u0370' and <= '\u037D') or (>= '\u037F' and <= '\u1FFF') or '\u200C' or '\u200D'
            or (>= '\u2070' and <= '\u218F') or (>= '\u2C00' and <= '\u2FEF') or (>= '\u3001' and <= '\uD7FF')
            or (>= '\uF900' and <= '\uFDCF') or (>= '\uFDF0' and <= '\uFFFD');

    private static bool IsNameChar(char c) =>
        c is '-' or '.' or (>= '0' and <= '9') or '\u00B7' or (>= '\u0300' and <= '\u036F') or '\u203F' or '\u2040';
}
