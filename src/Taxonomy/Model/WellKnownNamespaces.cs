namespace Taxonomy;

/// <summary>Namespaces every XBRL report may use without declaring them in a schema: instance and currency measures.</summary>
public static class WellKnownNamespaces
{
    /// <summary>The XBRL 2.1 instance namespace (prefix <c>xbrli</c>): <c>xbrli:shares</c>, <c>xbrli:pure</c>.</summary>
    public const string Xbrli = "http://www.xbrl.org/2003/instance";

    /// <summary>The ISO 4217 currency namespace (prefix <c>iso4217</c>): <c>iso4217:USD</c>.</summary>
    public const string Iso4217 = "http://www.xbrl.org/2003/iso4217";

    /// <summary>The URI of a well-known prefix (<c>xbrli</c>, <c>iso4217</c>).</summary>
    public static bool TryGet(string prefix, out string uri)
    {
        uri = prefix switch
        {
            "xbrli" => Xbrli,
            "iso4217" => Iso4217,
            _ => string.Empty,
        };
        return uri.Length > 0;
    }
}
