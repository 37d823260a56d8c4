namespace Taxonomy.Extraction.Tables;

/// <summary>
/// A cell printed as a dash for nil or zero: one or two dashes of any kind (hyphen, en dash, em dash, horizontal bar,
/// minus sign...), after an optional dollar sign. Longer runs are rules drawn under a column, not values.
/// </summary>
internal static class NilDash
{
    /// <summary>The characters a nil dash is printed with.</summary>
    private const string Dashes = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212";

    /// <summary>True when <paramref name="text"/> is a dash printed for nil (<c>-</c>, <c>--</c>, <c>—</c>, <c>$ –</c>).</summary>
    public static bool Is(string text)
    {
        var t = text.AsSpan().Trim();
        if (t.StartsWith('$')) t = t[1..].TrimStart();
        return t.Length is 1 or 2 && Dashes.Contains(t[0]) && Dashes.Contains(t[^1]);
    }
}
