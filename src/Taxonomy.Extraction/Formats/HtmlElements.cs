using AngleSharp.Html.Parser.Tokens.Struct;

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

    // Formatting elements keep every attribute: the parser compares them when it limits repeated unclosed formatting
    // elements (the "Noah's Ark" clause), and font's color/face/size end foreign (SVG, MathML) content.
    private static readonly HashSet<string> Formatting = new(StringComparer.Ordinal)
    {
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u", "meta",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FormattingByName = Formatting.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether the parser keeps an attribute: those the walk reads (<c>style</c>, <c>hidden</c>, <c>colspan</c>, <c>rowspan</c>), those that steer
    /// tree construction (<c>type</c> of a hidden input in a table, <c>encoding</c> of MathML annotations), and all attributes of
    /// formatting elements and <c>meta</c>. Dropping the others (widths, alignments, classes, ids …) saves allocations only.
    /// </summary>
    public static bool ShouldKeepAttribute(ref StructHtmlToken token, ReadOnlyMemory<char> name)
    {
        ReadOnlySpan<char> attribute = name.Span;
        return attribute.Equals("style", StringComparison.OrdinalIgnoreCase)
            || attribute.Equals("colspan", StringComparison.OrdinalIgnoreCase)
            || attribute.Equals("rowspan", StringComparison.OrdinalIgnoreCase)
            || attribute.Equals("hidden", StringComparison.OrdinalIgnoreCase)
            || attribute.Equals("type", StringComparison.OrdinalIgnoreCase)
            || attribute.Equals("encoding", StringComparison.OrdinalIgnoreCase)
            || FormattingByName.Contains(token.Name.Memory.Span);
    }

    /// <summary>Elements that are paragraphs: a blank line before and after.</summary>
    public static bool IsParagraphBlock(string name) => Paragraphs.Contains(name);

    /// <summary>Elements that are lines of their own without blank lines around them.</summary>
    public static bool IsLineBlock(string name) => Lines.Contains(name);

    /// <summary>Elements whose content never reaches the text.</summary>
    public static bool IsDropped(HtmlTreeElement element) => Dropped.Contains(element.Name) || IsHidden(element);

    /// <summary>Elements hidden by a <c>hidden</c> attribute or a <c>display:none</c> style.</summary>
    public static bool IsHidden(HtmlTreeElement element)
    {
        // One pass over the attributes instead of two lookups.
        string? style = null;
        IReadOnlyList<HtmlTreeAttribute> attributes = element.AttributeList;
        for (int i = 0; i < attributes.Count; i++)
        {
            HtmlTreeAttribute attribute = attributes[i];
            if (attribute.NameText == "hidden") return true;
            if (attribute.NameText == "style") style ??= attribute.Text;
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
