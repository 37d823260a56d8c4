using AngleSharp;
using AngleSharp.Common;
using AngleSharp.Dom;
using AngleSharp.Html.Construction;
using AngleSharp.Text;

namespace Taxonomy.Extraction.Formats;

/// <summary>Creates the nodes of the light HTML tree for AngleSharp's tree construction.</summary>
internal sealed class HtmlTreeFactory : IDomConstructionElementFactory<HtmlTreeDocument, HtmlTreeElement>
{
    public HtmlTreeElement Create(HtmlTreeDocument document, StringOrMemory localName, StringOrMemory prefix = default, NodeFlags flags = NodeFlags.None) =>
        document.Created(NewElement(HtmlElementKind.Of(HtmlNamespace.Html, localName.Memory.Span), flags));

    public HtmlTreeElement CreateNoScript(HtmlTreeDocument document, bool scripting) => Create(document, "noscript");

    public IConstructableNode CreateDocumentType(HtmlTreeDocument document, StringOrMemory name, StringOrMemory publicIdentifier, StringOrMemory systemIdentifier) =>
        new HtmlTreeDocumentType();

    public IConstructableMathElement CreateMath(HtmlTreeDocument document, StringOrMemory name = default) =>
        (IConstructableMathElement)document.Created(NewElement(HtmlElementKind.Of(HtmlNamespace.MathMl, name.Memory.Span), NodeFlags.None));

    public IConstructableSvgElement CreateSvg(HtmlTreeDocument document, StringOrMemory name = default) =>
        (IConstructableSvgElement)document.Created(NewElement(HtmlElementKind.Of(HtmlNamespace.Svg, name.Memory.Span), NodeFlags.None));

    public IConstructableMetaElement CreateMeta(HtmlTreeDocument document) => (IConstructableMetaElement)Create(document, "meta");

    public IConstructableScriptElement CreateScript(HtmlTreeDocument document, bool parserInserted, bool started) => (IConstructableScriptElement)Create(document, "script");

    public IConstructableFrameElement CreateFrame(HtmlTreeDocument document) => (IConstructableFrameElement)Create(document, "frame");

    public IConstructableTemplateElement CreateTemplate(HtmlTreeDocument document) => (IConstructableTemplateElement)Create(document, "template");

    public IConstructableFormElement CreateForm(HtmlTreeDocument document) => (IConstructableFormElement)Create(document, "form");

    /// <summary>An element the parser makes of a tag out of place (in a <c>select</c>): no table, row or cell even if so named.</summary>
    public HtmlTreeElement CreateUnknown(HtmlTreeDocument document, StringOrMemory tagName) =>
        document.Created(new HtmlTreeElement(HtmlElementKind.Of(HtmlNamespace.Html, tagName.Memory.Span), HtmlElementKind.UnknownFlags(HtmlNamespace.Html), isUnknown: true));

    public HtmlTreeDocument CreateDocument(TextSource source, IBrowsingContext? context = null)
    {
        var document = new HtmlTreeDocument(source);
        HtmlReader.Building(document);
        return document;
    }

    /// <summary>A new element of <paramref name="kind"/>, of the class that plays its part in tree construction.</summary>
    public static HtmlTreeElement NewElement(HtmlElementKind kind, NodeFlags flags, bool isUnknown = false)
    {
        if (isUnknown) return new HtmlTreeElement(kind, flags, isUnknown);
        flags |= kind.Flags;
        return kind.Namespace switch
        {
            HtmlNamespace.MathMl => new HtmlTreeMathElement(kind, flags),
            HtmlNamespace.Svg => new HtmlTreeSvgElement(kind, flags),
            _ => kind.LocalName switch
            {
                "form" => new HtmlTreeFormElement(kind, flags),
                "meta" => new HtmlTreeMetaElement(kind, flags),
                "script" => new HtmlTreeScriptElement(kind, flags),
                "template" => new HtmlTreeTemplateElement(kind, flags),
                "frame" => new HtmlTreeFrameElement(kind, flags),
                _ => new HtmlTreeElement(kind, flags),
            },
        };
    }
}

internal sealed class HtmlTreeDocumentType : HtmlTreeNode
{
    public override StringOrMemory NodeName => "#doctype";
}

internal sealed class HtmlTreeFormElement(HtmlElementKind kind, NodeFlags flags) : HtmlTreeElement(kind, flags), IConstructableFormElement;

internal sealed class HtmlTreeFrameElement(HtmlElementKind kind, NodeFlags flags) : HtmlTreeElement(kind, flags), IConstructableFrameElement;

internal sealed class HtmlTreeMathElement(HtmlElementKind kind, NodeFlags flags) : HtmlTreeElement(kind, flags), IConstructableMathElement;

internal sealed class HtmlTreeSvgElement(HtmlElementKind kind, NodeFlags flags) : HtmlTreeElement(kind, flags), IConstructableSvgElement;

/// <summary>A <c>meta</c> element: its charset never changes how a string already decoded is read.</summary>
internal sealed class HtmlTreeMetaElement(HtmlElementKind kind, NodeFlags flags) : HtmlTreeElement(kind, flags), IConstructableMetaElement
{
    public void Handle()
    {
    }
}

/// <summary>A <c>script</c> element: never run.</summary>
internal sealed class HtmlTreeScriptElement(HtmlElementKind kind, NodeFlags flags) : HtmlTreeElement(kind, flags), IConstructableScriptElement
{
    public Task RunAsync(CancellationToken cancel) => Task.CompletedTask;

    public bool Prepare(IConstructableDocument document) => false;
}

/// <summary>A <c>template</c> element: its content goes to a fragment outside the tree, as in the DOM.</summary>
internal sealed class HtmlTreeTemplateElement(HtmlElementKind kind, NodeFlags flags) : HtmlTreeElement(kind, flags), IConstructableTemplateElement
{
    public void PopulateFragment() => MoveContentAway();
}
