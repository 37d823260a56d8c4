using AngleSharp.Common;
using AngleSharp.Dom;
using AngleSharp.Html.Construction;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;

namespace Taxonomy.Extraction.Formats;

/// <summary>The document of the light HTML tree, with the tables in creation order.</summary>
internal sealed class HtmlTreeDocument(TextSource source) : HtmlTreeNode, IConstructableDocument
{
    /// <summary>The <c>table</c> elements in the order the parser created them.</summary>
    public List<HtmlTreeElement> Tables { get; } = [];

    public override StringOrMemory NodeName => "#document";

    /// <summary>
    /// Whether the tree may differ from the one AngleSharp builds in its own DOM, so the document must be read through that DOM:
    /// AngleSharp 1.7's generic tree construction recognises tables and templates on its stack of open elements by its own DOM
    /// classes only, so an element foster-parented out of a table lands after the root element instead of before the table;
    /// templates and selects take paths that differ in the same way. The parse of such a document stops where this is found, so
    /// its light tree is incomplete.
    /// </summary>
    public bool NeedsFullDom { get; private set; }

    /// <summary>Marks the tree as not to be trusted (<see cref="NeedsFullDom"/>).</summary>
    public void Distrust() => NeedsFullDom = true;

    public TextSource Source { get; } = source;

    public IDisposable? Builder { get; set; }

    public QuirksMode QuirksMode { get; set; }

    /// <summary>The root element.</summary>
    public HtmlTreeElement? Root
    {
        get
        {
            foreach (HtmlTreeNode child in Children)
            {
                if (child is HtmlTreeElement element) return element;
            }
            return null;
        }
    }

    /// <summary>The <c>body</c> (or <c>frameset</c>) child of the root element, as <c>document.body</c> finds it.</summary>
    public HtmlTreeElement? Body
    {
        get
        {
            if (Root is not { } root) return null;
            foreach (HtmlTreeNode child in root.Children)
            {
                if (child is HtmlTreeElement { IsHtml: true } element && element.Name is "body" or "frameset") return element;
            }
            return null;
        }
    }

    public IConstructableElement? Head
    {
        get
        {
            if (Root is not { } root) return null;
            foreach (HtmlTreeNode child in root.Children)
            {
                if (child is HtmlTreeElement { IsHtml: true, Name: "head" } element) return element;
            }
            return null;
        }
    }

    public IConstructableElement DocumentElement => Root!;

    public bool IsLoading => true;

    private int _tokenPosition;
    private bool _tokenIsStartTag;
    private StringOrMemory _tokenName;

    /// <summary>Notes the token the tree construction is about to consume.</summary>
    public void Consuming(ref StructHtmlToken token)
    {
        _tokenPosition = token.Position.Position;
        _tokenIsStartTag = token.Type == HtmlTokenType.StartTag;
        _tokenName = _tokenIsStartTag ? token.Name : default;
    }

    /// <summary>
    /// Gives <paramref name="element"/> its position and records it if it is a table; returns it.
    /// </summary>
    /// <remarks>
    /// An element made for the start tag being consumed has that tag's position; one the parser implies (a <c>tbody</c> for a
    /// <c>tr</c>, a <c>body</c> for text) is made for a token the parser makes up, which has none. This is what AngleSharp's
    /// <c>OnCreated</c> callback reports for its own DOM, without the copy of each tag token its source references take.
    /// </remarks>
    public HtmlTreeElement Created(HtmlTreeElement element)
    {
        if (_tokenIsStartTag && IsNamed(_tokenName.Memory.Span, element.Name)) element.Position = Math.Max(0, _tokenPosition - 1);
        if (element.Name == "table") Tables.Add(element);
        // Templates, and tags out of place in a select (made unknown elements by AngleSharp), take paths of the tree
        // construction that tell elements apart by AngleSharp's DOM classes.
        if (element.Name is "template" or "select") Distrust();
        return element;
    }

    // The parser renames an image tag to img, and adjusts the case of SVG and MathML names.
    private static bool IsNamed(ReadOnlySpan<char> tag, string name) =>
        tag.Equals(name, StringComparison.OrdinalIgnoreCase) || (name == "img" && tag.Equals("image", StringComparison.OrdinalIgnoreCase));

    public void PerformMicrotaskCheckpoint()
    {
    }

    public void ProvideStableState()
    {
    }

    public void AddComment(ref StructHtmlToken token)
    {
    }

    public void TrackError(Exception exception)
    {
    }

    public Task WaitForReadyAsync(CancellationToken cancelToken) => Task.CompletedTask;

    public Task FinishLoadingAsync() => Task.CompletedTask;

    public void ApplyManifest()
    {
    }

    public void Clear()
    {
        ClearChildren();
        Tables.Clear();
    }
}
