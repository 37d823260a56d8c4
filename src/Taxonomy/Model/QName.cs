namespace Taxonomy;

/// <summary>A qualified XBRL name written as <c>prefix:localName</c>, for example <c>us-gaap:Assets</c>.</summary>
public readonly record struct QName : IComparable<QName>
{
    /// <summary>A name from its prefix and local name, both XML NCNames.</summary>
    /// <exception cref="ArgumentException">Either part is not an NCName (empty, contains a colon or a space, starts with a digit...).</exception>
    public QName(string Prefix, string LocalName)
    {
        _prefix = Valid(Prefix, "prefix");
        _localName = Valid(LocalName, "local name");
        _hash = Hash(_prefix, _localName);
    }

    private readonly string _prefix;
    private readonly string _localName;

    // Names key the extraction's dictionaries (by concept, by concept and period): hashing both strings at every lookup was
    // a few percent of a text release's extraction, so the hash is taken once, when the name is made.
    private readonly int _hash;

    /// <summary>The namespace prefix, e.g. <c>us-gaap</c>.</summary>
    public string Prefix
    {
        get => _prefix;
        init
        {
            _prefix = Valid(value, "prefix");
            _hash = Hash(_prefix, _localName);
        }
    }

    /// <summary>The local name, e.g. <c>Assets</c>.</summary>
    public string LocalName
    {
        get => _localName;
        init
        {
            _localName = Valid(value, "local name");
            _hash = Hash(_prefix, _localName);
        }
    }

    private static string Valid(string part, string what)
    {
        ArgumentNullException.ThrowIfNull(part, what);
        return XmlNames.IsNCName(part) ? part : throw new ArgumentException($"'{part}' is not a valid QName {what} (an XML NCName).", what);
    }

    /// <summary>Ordinal equality of prefix and local name.</summary>
    public bool Equals(QName other) =>
        _hash == other._hash && string.Equals(_prefix, other._prefix, StringComparison.Ordinal) && string.Equals(_localName, other._localName, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => _hash;

    // The default name (no prefix, no local name) keeps hash 0, as it is made without a constructor.
    private static int Hash(string? prefix, string? localName) =>
        prefix is null && localName is null ? 0 : HashCode.Combine(prefix is null ? 0 : prefix.GetHashCode(StringComparison.Ordinal), localName is null ? 0 : localName.GetHashCode(StringComparison.Ordinal));

    /// <summary>Deconstructs into prefix and local name.</summary>
    public void Deconstruct(out string prefix, out string localName)
    {
        prefix = Prefix;
        localName = LocalName;
    }

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
        if (colon <= 0) return false;
        var prefix = text.AsSpan(0, colon);
        var local = text.AsSpan(colon + 1);
        if (!XmlNames.IsNCName(prefix) || !XmlNames.IsNCName(local)) return false;
        name = new QName(prefix.ToString(), local.ToString());
        return true;
    }

    /// <summary>Ordinal order of the written form <c>prefix:localName</c>, compared without building either string.</summary>
    public int CompareTo(QName other)
    {
        string prefix = _prefix ?? string.Empty, otherPrefix = other._prefix ?? string.Empty;
        string local = _localName ?? string.Empty, otherLocal = other._localName ?? string.Empty;
        if (string.Equals(prefix, otherPrefix, StringComparison.Ordinal)) return string.CompareOrdinal(local, otherLocal);
        // Prefixes differ: the first difference lies within them, or where one ends and its ':' meets the other's character.
        int length = Math.Min(prefix.Length, otherPrefix.Length);
        for (int i = 0; i < length; i++)
        {
            if (prefix[i] != otherPrefix[i]) return prefix[i].CompareTo(otherPrefix[i]);
        }
        char here = prefix.Length > length ? prefix[length] : ':';
        char there = otherPrefix.Length > length ? otherPrefix[length] : ':';
        return here.CompareTo(there);
    }

    /// <summary>The name as written: <c>prefix:localName</c>.</summary>
    public override string ToString() => Prefix + ":" + LocalName;
}
