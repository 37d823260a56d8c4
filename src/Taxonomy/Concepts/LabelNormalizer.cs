using System.Buffers;
using System.Collections.Concurrent;

namespace Taxonomy.Concepts;

/// <summary>
/// Normalises a row label for lookup: lower case (invariant), <c>&amp;</c> read as "and", every run of
/// characters other than letters and digits folded to one space, apostrophes dropped, trimmed.
/// "Shareholders' Equity" and "shareholders equity" normalise alike.
/// </summary>
public static class LabelNormalizer
{
    /// <summary>
    /// The normalised form of <paramref name="label"/>. Extraction normalises the same labels and lines many times (each
    /// stage reads them again), so results are kept for the labels seen last: a pure function of the text, whichever
    /// document it comes from.
    /// </summary>
    public static string Normalize(string label)
    {
        if (Recent.TryGetValue(label, out var known)) return known;
        string normalized = Normalize(label.AsSpan());
        // Bounded: a process extracting many documents starts over rather than keep every label it has seen.
        if (Interlocked.Increment(ref _recentCount) > RecentCapacity)
        {
            Recent.Clear();
            Interlocked.Exchange(ref _recentCount, 0);
        }
        Recent.TryAdd(label, normalized);
        return normalized;
    }

    private const int RecentCapacity = 20_000;

    private static readonly ConcurrentDictionary<string, string> Recent = new(StringComparer.Ordinal);

    private static int _recentCount;

    /// <summary>The normalised form of <paramref name="label"/>.</summary>
    public static string Normalize(ReadOnlySpan<char> label)
    {
        // Each character adds at most four ("&" becomes " and"; a letter after a gap, a space and itself).
        int capacity = label.Length * 4;
        char[]? rented = null;
        Span<char> buffer = capacity <= 512 ? stackalloc char[capacity] : (rented = ArrayPool<char>.Shared.Rent(capacity));
        int length = 0;
        bool pendingSpace = false;
        foreach (char raw in label)
        {
            char c = raw;
            if (c is '\'' or '\u2019' or '\u2018') continue;
            if (c == '&')
            {
                if (length > 0) buffer[length++] = ' ';
                "and".CopyTo(buffer[length..]);
                length += 3;
                pendingSpace = true;
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && length > 0) buffer[length++] = ' ';
                pendingSpace = false;
                buffer[length++] = char.ToLowerInvariant(c);
            }
            else
            {
                pendingSpace = true;
            }
        }
        string result = new(buffer[..length]);
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return result;
    }
}
