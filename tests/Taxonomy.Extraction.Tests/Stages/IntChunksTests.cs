using Taxonomy.Extraction.Concepts;

namespace Taxonomy.Extraction.Tests.Stages;

/// <summary>The solver's store of remembered dead-end keys gives back every sequence as it was kept.</summary>
public class IntChunksTests
{
    [Fact]
    public void Every_sequence_is_read_back_as_kept_across_chunks()
    {
        var random = new Random(11);
        var store = new IntChunks();
        var kept = new List<(int Start, int[] Ints)>();
        // Many short keys fill several chunks; a few are longer than a chunk, and one is empty.
        for (int i = 0; i < 5_000; i++)
        {
            int length = i == 17 ? 0 : random.Next(40) == 0 ? random.Next(4_000, 9_000) : random.Next(1, 60);
            var ints = new int[length];
            for (int k = 0; k < length; k++) ints[k] = random.Next(-4, 100_000);
            kept.Add((store.Add(ints), ints));
        }
        foreach (var (start, ints) in kept)
        {
            Assert.Equal(ints, store.At(start, ints.Length).ToArray());
        }
    }

    [Fact]
    public void A_sequence_that_fits_goes_into_the_chunk_being_filled()
    {
        var store = new IntChunks();
        int first = store.Add([1, 2, 3]);
        int second = store.Add([4, 5]);
        Assert.Equal(0, first);
        Assert.Equal(3, second);
        Assert.Equal([4, 5], store.At(second, 2).ToArray());
    }
}
