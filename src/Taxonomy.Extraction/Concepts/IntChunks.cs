namespace Taxonomy.Extraction.Concepts;

/// <summary>
/// Sequences of integers kept one after another in chunks that are never copied: a list that doubles its array
/// allocates about twice what it keeps. A sequence lies whole in one chunk; a sequence longer than a chunk gets one of
/// its own. The first chunks are small, for the many small searches.
/// </summary>
internal sealed class IntChunks
{
    private const int FirstChunk = 256;
    private const int LargestChunk = 4096;
    private readonly List<int[]> _chunks = [];
    private int _used; // in the last chunk

    /// <summary>Keeps a copy of <paramref name="ints"/>.</summary>
    /// <returns>Where it starts: the chunk's index · 2¹⁶ + the offset in the chunk (offsets stay under 2¹⁶).</returns>
    public int Add(ReadOnlySpan<int> ints)
    {
        int length = ints.Length;
        if (length == 0) return 0;
        if (_chunks.Count == 0 || _used + length > _chunks[^1].Length)
        {
            int size = _chunks.Count == 0 ? FirstChunk : Math.Min(LargestChunk, 2 * _chunks[^1].Length);
            _chunks.Add(new int[Math.Max(size, length)]);
            _used = 0;
        }
        int start = (_chunks.Count - 1) << 16 | _used;
        ints.CopyTo(_chunks[^1].AsSpan(_used));
        _used += length;
        return start;
    }

    /// <summary>The sequence of <paramref name="length"/> integers kept at <paramref name="start"/>.</summary>
    public ReadOnlySpan<int> At(int start, int length) => length == 0 ? [] : _chunks[start >> 16].AsSpan(start & 0xFFFF, length);
}
