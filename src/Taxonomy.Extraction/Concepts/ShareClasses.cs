using System.Text.RegularExpressions;

namespace Taxonomy.Extraction.Concepts;

/// <summary>
/// Captions that name several classes of stock together ("Class A and Class B stock and additional paid-in capital"):
/// the classes listed together are the company's common stock, so the caption reads as "Common stock ...".
/// </summary>
internal static partial class ShareClasses
{
    [GeneratedRegex(@"^class\s+[a-z]\b(?:\s*,\s*(?:and\s+)?|\s+and\s+)class\s+[a-z]\b(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)class\s+[a-z]\b)*\s+(?:common\s+)?(?:capital\s+)?stock\b",
        Patterns.NonBacktrackingIgnoreCase)]
    private static partial Regex ListedClasses();

    /// <summary>The caption with its list of two or more share classes read as "Common stock", or null when it lists none.</summary>
    public static string? CombinedCommonStock(string caption)
    {
        // The pattern starts with "class": most captions are turned away before it is built or run.
        if (!caption.AsSpan().Trim().StartsWith("cla", StringComparison.OrdinalIgnoreCase)) return null;
        var m = ListedClasses().Match(caption.Trim());
        if (!m.Success || caption.Contains("preferred", StringComparison.OrdinalIgnoreCase)) return null;
        return "Common stock" + caption.Trim()[m.Length..];
    }
}
