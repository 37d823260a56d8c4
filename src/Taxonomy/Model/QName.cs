namespace Taxonomy;

/// <summary>A qualified XBRL name written as <c>prefix:localName</c>, for example <c>us-gaap:Assets</c>.</summary>
public readonly record struct QName(string Prefix, string LocalName) : IComparable<QName>
{
    /// <summary>Parses <c>prefix:localName</c>.</summary>
    /// <exception cref="FormatException">The text is not a prefixed name.</exception>
    public static QName Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var name) ? name : throw new FormatException($"'{text}' is not a prefixed QName (prefix:localName).");
    }

    /// <summary>Parses <c>prefix:localName</c> without throwing.</summary>
    public static bool TryParse(string? text, out QName name)
    {
        name = default;
        if (string.IsNullOrEmpty(text)) return false;
        int colon = text.IndexOf(':');
        if (colon <= 0 || colon == text.Length - 1 || text.IndexOf(':', colon + 1) >= 0) return false;
        name = new QName(text[..colon], text[(colon + 1)..]);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(QName other) => string.CompareOrdinal(ToString(), other.ToString());

    /// <summary>The name as written: <c>prefix:localName</c>.</summary>
    public override string ToString() => Prefix + ":" + LocalName;
}
