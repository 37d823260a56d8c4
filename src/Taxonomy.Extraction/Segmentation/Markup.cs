using System.Buffers;
using System.Text;

namespace Taxonomy.Extraction.Segmentation;

/// <summary>
/// Removes conversion debris from text: short tags (<c>&lt;u&gt;</c>, <c>&lt;/b&gt;</c>), markdown escapes (<c>\$</c>);
/// non-breaking, figure, thin and hair spaces (digit-group separators in European figures: "1 234 567") become spaces.
/// </summary>
internal static class Markup
{
    /// <summary><see cref="Strip(ReadOnlySpan{char})"/> of a string: the string itself when it holds nothing to remove or replace.</summary>
    public static string Strip(string text) => text.AsSpan().IndexOfAny(Touched) < 0 ? text : Strip(text.AsSpan());

    // The characters Strip removes or replaces, or that start what it removes; text without them comes out unchanged.
    private static readonly SearchValues<char> Touched = SearchValues.Create("<\\\u00A0\u2007\u2009\u200A\u202F");

    public static string Strip(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '<')
            {
                int close = TagEnd(text, i);
                if (close > 0)
                {
                    i = close;
                    continue;
                }
            }
            if (c == '\\' && i + 1 < text.Length && !char.IsLetterOrDigit(text[i + 1]))
            {
                continue;
            }
            builder.Append(c is '\u00A0' or '\u2007' or '\u2009' or '\u200A' or '\u202F' ? ' ' : c);
        }
        return builder.ToString();
    }

    /// <summary>True when the text holds something other than tags and whitespace, i.e. it is not only debris.</summary>
    public static bool HasMarkup(ReadOnlySpan<char> text) => text.IndexOf('<') >= 0 && TagEnd(text, text.IndexOf('<')) > 0;

    private static int TagEnd(ReadOnlySpan<char> text, int open)
    {
        int j = open + 1;
        if (j < text.Length && text[j] == '/') j++;
        int nameStart = j;
        while (j < text.Length && j - open < 12 && char.IsAsciiLetterOrDigit(text[j])) j++;
        // A tag's name starts with a letter: "<8,000>" is an amount, not a tag.
        if (j == nameStart || !char.IsAsciiLetter(text[nameStart])) return -1;
        while (j < text.Length && j - open < 40 && text[j] != '>' && text[j] != '<') j++;
        return j < text.Length && text[j] == '>' ? j : -1;
    }
}
