using System.Text;

namespace Taxonomy.Concepts;

/// <summary>
/// Normalises a row label for lookup: lower case (invariant), <c>&amp;</c> read as "and", every run of
/// characters other than letters and digits folded to one space, apostrophes dropped, trimmed.
/// "Shareholders' Equity" and "shareholders equity" normalise alike.
/// </summary>
public static class LabelNormalizer
{
    /// <summary>The normalised form of <paramref name="label"/>.</summary>
    public static string Normalize(ReadOnlySpan<char> label)
    {
        var builder = new StringBuilder(label.Length);
        bool pendingSpace = false;
        foreach (char raw in label)
        {
            char c = raw;
            if (c is '\'' or '\u2019' or '\u2018') continue;
            if (c == '&')
            {
                AppendWord(builder, "and", ref pendingSpace);
                pendingSpace = true;
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0) builder.Append(' ');
                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pendingSpace = true;
            }
        }
        return builder.ToString();
    }

    private static void AppendWord(StringBuilder builder, string word, ref bool pendingSpace)
    {
        if (builder.Length > 0) builder.Append(' ');
        builder.Append(word);
        pendingSpace = false;
    }
}
