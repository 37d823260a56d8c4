namespace Taxonomy.Extraction.Concepts;

/// <summary>How an item's calculation leaves enter a total's: the one rule the solver's condensed parts and the validator's condensed summation share.</summary>
internal static class LeafSigns
{
    /// <summary>
    /// The sign with which every leaf of an item enters the total (+1 or -1), or null when the item is not a part of
    /// the total: some leaf is outside the total's calculation or enters it with a different relative sign.
    /// </summary>
    public static int? SignUnder<TLeaf>(Dictionary<TLeaf, int> totalLeaves, Dictionary<TLeaf, int> itemLeaves) where TLeaf : notnull
    {
        int? sign = null;
        foreach (var (leaf, weight) in itemLeaves)
        {
            if (!totalLeaves.TryGetValue(leaf, out int w)) return null;
            int s = w * weight > 0 ? 1 : -1;
            if (sign is { } known && known != s) return null;
            sign = s;
        }
        return sign;
    }
}
