using System.Buffers;

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
        // Built in pooled buffers, then copied once: '&' becomes " and " (at most five characters for one).
        int capacity = text.Length * 5 + 2;
        char[] chars = ArrayPool<char>.Shared.Rent(capacity);
        int[] map = ArrayPool<int>.Shared.Rent(capacity);
        int n = 0;
        chars[n] = ' ';
        map[n++] = 0;
        bool space = true;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\'' or '\u2019' or '\u2018') continue;
            if (c == '&')
            {
                if (!space) { chars[n] = ' '; map[n++] = i; }
                foreach (char a in "and ") { chars[n] = a; map[n++] = i; }
                space = true;
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                chars[n] = char.ToLowerInvariant(c);
                map[n++] = i;
                space = false;
            }
            else if (!space)
            {
                chars[n] = ' ';
                map[n++] = i;
                space = true;
            }
        }
        if (!space) { chars[n] = ' '; map[n++] = text.Length; }
        Text = new string(chars, 0, n);
        _map = map.AsSpan(0, n).ToArray();
        ArrayPool<char>.Shared.Return(chars);
        ArrayPool<int>.Shared.Return(map);
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
