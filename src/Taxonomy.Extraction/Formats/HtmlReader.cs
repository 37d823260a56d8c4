using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Taxonomy.Extraction.Formats;

/// <summary>
/// The HTML parser of one thread and where each element it creates starts in the source. Building a parser sets up a browsing
/// context, so one per thread is reused (a parser is not safe to share across threads).
/// </summary>
/// <remarks>
/// Positions are recorded as elements are created instead of kept as source references on the elements: a source reference is
/// a copy of the whole tag token per element, which made up a fifth of the parse's allocations. The dictionary is cleared after
/// each document and keeps its capacity for the next one.
/// </remarks>
internal sealed class HtmlReader
{
    [ThreadStatic]
    private static HtmlReader? _current;

    private HtmlReader()
    {
        Parser = new HtmlParser(new HtmlParserOptions
        {
            IsScripting = false,
            // What the walk never reads is not kept: comments, script and style text, attributes it does not look at.
            SkipComments = true,
            SkipScriptText = true,
            SkipRawText = true,
            ShouldEmitAttribute = HtmlElements.ShouldKeepAttribute,
            OnCreated = (element, position) => Positions[element] = position.Position,
        });
    }

    public static HtmlReader ForThisThread => _current ??= new HtmlReader();

    public HtmlParser Parser { get; }

    /// <summary>Element → its 1-based position in the source, for the document being read.</summary>
    public Dictionary<IElement, int> Positions { get; } = new(ReferenceEqualityComparer.Instance);
}
