using System.Text;

namespace Taxonomy.Extraction.Narrative;

/// <summary>
/// Text normalised as <see cref="Taxonomy.Concepts.LabelNormalizer"/> does (lower case, words separated by single spaces),
/// with a map back to the original offsets so matches keep their source positions.
/// </summary>
internal sealed class NormalizedText
{
    private readonly int[] _map;

    public NormalizedText(string text)
    {
        var builder = new StringBuilder(text.Length + 2);
        var map = new List<int>(text.Length + 2);
        builder.Append(' ');
        map.Add(0);
        bool space = true;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\'' or '\u2019' or '\u2018') continue;
            if (c == '&')
            {
                if (!space) { builder.Append(' '); map.Add(i); }
                builder.Append("and ");
                map.AddRange([i, i, i, i]);
                space = true;
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
                map.Add(i);
                space = false;
            }
            else if (!space)
            {
                builder.Append(' ');
                map.Add(i);
                space = true;
            }
        }
        if (!space) { builder.Append(' '); map.Add(text.Length); }
        Text = builder.ToString();
        _map = map.ToArray();
    }

    /// <summary>The normalised text, with a space at each end so whole words match as <c>" word "</c>.</summary>
    public string Text { get; }

    /// <summary>The original offset of normalised position <paramref name="index"/>.</summary>
    public int Original(int index) => _map[Math.Clamp(index, 0, _map.Length - 1)];

    /// <summary>Normalised position of the first character at or after original offset <paramref name="offset"/>.</summary>
    public int FromOriginal(int offset)
    {
        int i = Array.BinarySearch(_map, offset);
        if (i < 0) i = ~i;
        return Math.Min(i, _map.Length - 1);
    }
}
