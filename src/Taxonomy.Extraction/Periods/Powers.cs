namespace Taxonomy.Extraction.Periods;

/// <summary>Exact powers of ten as <see cref="decimal"/>.</summary>
internal static class Powers
{
    public static decimal Of10(int exponent)
    {
        decimal result = 1m;
        for (int i = 0; i < Math.Abs(exponent); i++) result = exponent > 0 ? result * 10m : result / 10m;
        return result;
    }
}
