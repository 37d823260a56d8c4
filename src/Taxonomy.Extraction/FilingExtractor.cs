namespace Taxonomy.Extraction;

/// <summary>
/// Extracts a filing: load → segment → tables → periods and scale → rows to concepts → facts → validate.
/// Never throws for content it cannot understand (that becomes findings); throws <see cref="InputException"/>
/// only for input that is not a readable document.
/// </summary>
public static class FilingExtractor
{
    /// <summary>Extracts a filing held in memory.</summary>
    public static ExtractionResult Extract(string text, ExtractionOptions? options = null) => throw new NotImplementedException();

    /// <summary>Extracts a filing from raw bytes (encoding detected; binary rejected with <see cref="InputException"/>).</summary>
    public static ExtractionResult Extract(ReadOnlySpan<byte> content, ExtractionOptions? options = null) => throw new NotImplementedException();

    /// <summary>Reads and extracts a file.</summary>
    /// <exception cref="InputException">The file cannot be read or is not a text document.</exception>
    public static ExtractionResult ExtractFile(string path, ExtractionOptions? options = null) => throw new NotImplementedException();
}
