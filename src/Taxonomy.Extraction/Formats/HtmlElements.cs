using AngleSharp.Dom;

namespace Taxonomy.Extraction.Formats;

/// <summary>How <see cref="HtmlToText"/> treats each kind of element.</summary>
internal static class HtmlElements
{
    private static readonly HashSet<string> Paragraphs = new(StringComparer.Ordinal)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl", "table", "blockquote", "center", "section",
        "article", "header", "footer", "nav", "aside", "main", "address", "figure", "figcaption", "form", "fieldset", "hr",
        "body", "html", "caption", "tr", "td", "th", "thead", "tbody", "tfoot",
    };

    private static readonly HashSet<string> Lines = new(StringComparer.Ordinal) { "li", "dt", "dd" };

    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
    {
        "head", "script", "style", "noscript", "template", "sup", "title", "meta", "link", "object", "embed", "iframe",
    };

    /// <summary>Elements that are paragraphs: a blank line before and after.</summary>
    public static bool IsParagraphBlock(string name) => Paragraphs.Contains(name);

    /// <summary>Elements that are lines of their own without blank lines around them.</summary>
    public static bool IsLineBlock(string name) => Lines.Contains(name);

    /// <summary>Elements whose content never reaches the text.</summary>
    public static bool IsDropped(IElement element) => Dropped.Contains(element.LocalName) || IsHidden(element);

    /// <summary>Elements hidden by a <c>hidden</c> attribute or a <c>display:none</c> style.</summary>
    public static bool IsHidden(IElement element)
    {
        // One pass over the attributes instead of two lookups (each of which lower-cases the name it looks for).
        string? style = null;
        foreach (IAttr attribute in element.Attributes)
        {
            if (attribute.Name == "hidden") return true;
            if (attribute.Name == "style") style ??= attribute.Value;
        }
        if (style is null) return false;
        int index = style.IndexOf("display", StringComparison.OrdinalIgnoreCase);
        while (index >= 0)
        {
            ReadOnlySpan<char> rest = style.AsSpan(index + "display".Length).TrimStart();
            if (rest.StartsWith(":") && rest[1..].TrimStart().StartsWith("none", StringComparison.OrdinalIgnoreCase)) return true;
            index = style.IndexOf("display", index + 1, StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }
}
