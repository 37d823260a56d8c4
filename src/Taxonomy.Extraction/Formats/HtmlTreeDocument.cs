using AngleSharp.Common;
using AngleSharp.Dom;
using AngleSharp.Html.Construction;
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
    /// templates and selects take paths that differ in the same way.
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

    /// <summary>Records <paramref name="element"/> if it is a table; returns it.</summary>
    public HtmlTreeElement Created(HtmlTreeElement element)
    {
        if (element.Name == "table") Tables.Add(element);
        // Templates, and tags out of place in a select (made unknown elements by AngleSharp), take paths of the tree
        // construction that tell elements apart by AngleSharp's DOM classes.
        if (element.Name is "template" or "select") Distrust();
        return element;
    }

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
