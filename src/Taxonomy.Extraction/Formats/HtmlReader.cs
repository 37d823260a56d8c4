using AngleSharp;
using AngleSharp.Html.Parser;
using AngleSharp.Text;

namespace Taxonomy.Extraction.Formats;

/// <summary>
/// The HTML parser of one thread. Building a parser sets up a browsing context, so one per thread is reused (a parser is not
/// safe to share across threads).
/// </summary>
/// <remarks>
/// The parser builds the light <see cref="HtmlTreeDocument"/> through AngleSharp's generic tree construction (the same HTML5 tree
/// building its DOM gets) instead of its full DOM, whose objects made up most of the parse's allocations.
/// </remarks>
internal static class HtmlReader
{
    [ThreadStatic]
    private static HtmlParser? _parser;

    /// <summary>Parses <paramref name="html"/> into a light tree.</summary>
    public static HtmlTreeDocument Parse(string html)
    {
        // The source AngleSharp reads a string through when scripting is off (its token texts are slices of the string).
        using var source = new TextSource(new ReadOnlyMemoryTextSource(html));
        return Parser.ParseDocument<HtmlTreeDocument, HtmlTreeElement>(source);
    }

    private static HtmlParser Parser => _parser ??= new HtmlParser(
        new HtmlParserOptions
        {
            IsScripting = false,
            // What the walk never reads is not kept: comments, script and style text, attributes it does not look at.
            SkipComments = true,
            SkipScriptText = true,
            SkipRawText = true,
            ShouldEmitAttribute = HtmlElements.ShouldKeepAttribute,
            // Each element is told the position of the token it was made for (a token the parser makes up for an implied
            // element has none), as AngleSharp's OnCreated callback reports it for its own DOM.
            IsKeepingSourceReferences = true,
        },
        BrowsingContext.New(Configuration.Default.With(new HtmlTreeFactory())));
}
