namespace Taxonomy;

/// <summary>
/// The reporting entity: an identifier under a scheme. SEC filers are identified by their CIK
/// (<c>http://www.sec.gov/CIK</c>, written <c>cik:0000320193</c> in xBRL-JSON).
/// </summary>
/// <param name="Scheme">The identifier scheme URI, e.g. <c>http://www.sec.gov/CIK</c>.</param>
/// <param name="Identifier">The identifier under the scheme (not empty, no surrounding spaces).</param>
/// <param name="Prefix">The prefix xBRL-JSON writes for the scheme (an XML NCName), e.g. <c>cik</c>.</param>
public sealed record Entity(string Scheme, string Identifier, string Prefix)
{
    /// <summary>The identifier scheme URI.</summary>
    public string Scheme { get; init; } = !string.IsNullOrWhiteSpace(Scheme)
        ? Scheme
        : throw new ArgumentException("An entity scheme must not be empty.", nameof(Scheme));

    /// <summary>The identifier under the scheme.</summary>
    public string Identifier { get; init; } = !string.IsNullOrWhiteSpace(Identifier) && Identifier.Trim() == Identifier
        ? Identifier
        : throw new ArgumentException($"An entity identifier must not be empty or have surrounding spaces: '{Identifier}'.", nameof(Identifier));

    /// <summary>The prefix written for the scheme.</summary>
    public string Prefix { get; init; } = Prefix is not null && XmlNames.IsNCName(Prefix)
        ? Prefix
        : throw new ArgumentException($"An entity prefix must be an XML NCName: '{Prefix}'.", nameof(Prefix));

    /// <summary>The SEC's Central Index Key scheme.</summary>
    public const string CikScheme = "http://www.sec.gov/CIK";

    /// <summary>
    /// Our scheme for an SEC commission file number (such as <c>0-12345</c>), used when a filing names
    /// no CIK. It is not a registered scheme: replace it with the CIK when you know it.
    /// </summary>
    public const string CommissionFileNumberScheme = "https://taxonomy.dev/entity/sec-commission-file-number";

    /// <summary>An entity identified by its CIK, zero-padded to ten digits.</summary>
    public static Entity Cik(string cik)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(cik);
        string digits = cik.Trim();
        if (digits.Length < 10 && digits.All(char.IsAsciiDigit)) digits = digits.PadLeft(10, '0');
        return new Entity(CikScheme, digits, "cik");
    }

    /// <summary>An entity identified by its SEC commission file number (our scheme, see <see cref="CommissionFileNumberScheme"/>).</summary>
    public static Entity CommissionFileNumber(string fileNumber)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileNumber);
        return new Entity(CommissionFileNumberScheme, fileNumber.Trim(), "sec-file");
    }

    /// <summary>The OIM form <c>prefix:identifier</c>.</summary>
    public override string ToString() => Prefix + ":" + Identifier;
}
