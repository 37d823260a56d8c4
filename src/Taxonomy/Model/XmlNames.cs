namespace Taxonomy;

/// <summary>XML name rules the model enforces, so that every prefix and local name can be written to XBRL.</summary>
internal static class XmlNames
{
    /// <summary>True when <paramref name="name"/> is an XML NCName (a name without a colon).</summary>
    public static bool IsNCName(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || !IsStartChar(name[0])) return false;
        foreach (char c in name[1..])
        {
            if (!IsStartChar(c) && !char.IsAsciiDigit(c) && c is not ('-' or '.' or '\u00B7') && !char.IsDigit(c)
                && char.GetUnicodeCategory(c) is not (System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsStartChar(char c) => c == '_' || char.IsLetter(c);
}
