using Taxonomy.Testing;

namespace Taxonomy.Benchmarks;

/// <summary>The corpus documents in ../shared, read once, grouped by the format extraction reads them as.</summary>
public static class CorpusDocuments
{
    public const string PressReleases = "corpus/press-releases";
    public const string FullSubmissions = "corpus/full-submissions";

    /// <summary>Corpus-relative paths of every document, ordinal order; empty when the shared folder is missing.</summary>
    public static IReadOnlyList<string> All { get; } = Find();

    private static readonly Dictionary<string, byte[]> Contents = new(StringComparer.Ordinal);

    public static byte[] Bytes(string relativePath)
    {
        lock (Contents)
        {
            if (!Contents.TryGetValue(relativePath, out var bytes))
            {
                bytes = File.ReadAllBytes(SharedFiles.Require(relativePath));
                Contents[relativePath] = bytes;
            }
            return bytes;
        }
    }

    /// <summary>
    /// text: plain-text and Markdown press releases; html: HTML press releases; submission: whole EDGAR SGML
    /// submissions (headers plus every exhibit, text or HTML).
    /// </summary>
    public static string FormatOf(string relativePath)
    {
        if (relativePath.StartsWith(FullSubmissions, StringComparison.Ordinal)) return "submission";
        string extension = Path.GetExtension(relativePath);
        return extension is ".htm" or ".html" ? "html" : "text";
    }

    private static List<string> Find()
    {
        if (SharedFiles.Root is not { } root) return [];
        return new[] { PressReleases, FullSubmissions }
            .Where(folder => Directory.Exists(Path.Combine(root, folder)))
            .SelectMany(folder => Directory.GetFiles(Path.Combine(root, folder)).Select(f => folder + "/" + Path.GetFileName(f)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
