using AngleSharp.Dom;
using AngleSharp.Html.Construction;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using AngleSharp.Text;

namespace Taxonomy.Extraction.Formats;

/// <summary>
/// The HTML parser into AngleSharp's full DOM, of one thread. Building a parser sets up a browsing context, so one per thread is reused (a parser is not
/// safe to share across threads).
/// </summary>
/// <remarks>
/// Each element gets the position of its tag as a small <see cref="ISourceReference"/> when it is created, instead of the
/// parser's own source reference: that one is a copy of the whole tag token with its attributes, and made up a fifth of the
/// parse's allocations.
/// </remarks>
internal static class HtmlDomReader
{
    [ThreadStatic]
    private static HtmlParser? _parser;

    /// <summary>Parses <paramref name="html"/>; each element's <see cref="IElement.SourceReference"/> is the position of its tag.</summary>
    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    private static HtmlParser Parser => _parser ??= new HtmlParser(new HtmlParserOptions
    {
        IsScripting = false,
        // What the walk never reads is not kept: comments, script and style text, attributes it does not look at.
        SkipComments = true,
        SkipScriptText = true,
        SkipRawText = true,
        ShouldEmitAttribute = HtmlElements.ShouldKeepAttribute,
        OnCreated = static (element, position) =>
        {
            if (element is IConstructableElement constructable) constructable.SourceReference = new SourcePosition(position);
        },
    });

    private sealed class SourcePosition(TextPosition position) : ISourceReference
    {
        public TextPosition Position { get; } = position;
    }
}
