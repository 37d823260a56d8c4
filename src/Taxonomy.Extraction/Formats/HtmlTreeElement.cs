using AngleSharp.Common;
using AngleSharp.Dom;
using AngleSharp.Html.Construction;
using AngleSharp.Html.Parser.Tokens.Struct;

namespace Taxonomy.Extraction.Formats;

/// <summary>An element of the light HTML tree: its name, namespace, tree-construction flags, kept attributes and tag position.</summary>
internal class HtmlTreeElement : HtmlTreeNode, IConstructableElement, IConstructableNamedNodeMap
{
    private readonly HtmlElementKind _kind;
    private readonly bool _isUnknown;
    private List<HtmlTreeAttribute>? _attributes;

    public HtmlTreeElement(HtmlElementKind kind, NodeFlags flags, bool isUnknown = false)
    {
        _kind = kind;
        _isUnknown = isUnknown;
        Flags = flags;
    }

    /// <summary>The element's local name (lower case for HTML elements).</summary>
    public string Name => _kind.LocalName;

    /// <summary>
    /// Whether the element is the HTML element its name says (in the HTML namespace, not an unknown element the parser made of a
    /// tag out of place): what AngleSharp's DOM tells by the element's class.
    /// </summary>
    public bool IsHtml => _kind.Namespace == HtmlNamespace.Html && !_isUnknown;

    /// <summary>The offset of the element's tag in the source (0 when the parser gave it none).</summary>
    public int Position { get; set; }

    /// <summary>The kept attributes in source order.</summary>
    public IReadOnlyList<HtmlTreeAttribute> AttributeList => (IReadOnlyList<HtmlTreeAttribute>?)_attributes ?? [];

    public HtmlTreeElement? ParentElement => ParentNode as HtmlTreeElement;

    public override StringOrMemory NodeName => _kind.NodeName;

    public override NodeFlags Flags { get; }

    public StringOrMemory NamespaceUri => _kind.NamespaceUri;

    public StringOrMemory LocalName => _kind.LocalName;

    public StringOrMemory Prefix => default;

    public IConstructableNamedNodeMap Attributes => this;

    /// <summary>Not kept: the parser is not asked for source references (see <see cref="HtmlTreeDocument.Created"/>).</summary>
    public ISourceReference? SourceReference
    {
        get => null;
        set { }
    }

    internal HtmlElementKind Kind => _kind;

    IConstructableAttr? IConstructableNamedNodeMap.this[StringOrMemory name] => Find(name.Memory.Span);

    int IConstructableNamedNodeMap.Length => _attributes?.Count ?? 0;

    /// <summary>The value of the attribute named <paramref name="name"/>, or null.</summary>
    public string? GetAttributeValue(string name) => Find(name)?.Text;

    public bool SameAs(IConstructableNamedNodeMap? attributes)
    {
        if (attributes is not HtmlTreeElement other) return false;
        int count = _attributes?.Count ?? 0;
        if (count != (other._attributes?.Count ?? 0)) return false;
        for (int i = 0; i < count; i++)
        {
            HtmlTreeAttribute attribute = _attributes![i];
            if (other.Find(attribute.NameText) is not { } match || match.Text != attribute.Text) return false;
        }
        return true;
    }

    public void SetAttribute(string? namespaceUri, StringOrMemory name, StringOrMemory value) => SetOwnAttribute(name, value);

    public void SetOwnAttribute(StringOrMemory name, StringOrMemory value)
    {
        if (Find(name.Memory.Span) is { } existing) existing.Text = HtmlAttributeText.Of(value);
        else (_attributes ??= []).Add(new HtmlTreeAttribute(HtmlAttributeText.Of(name), HtmlAttributeText.Of(value)));
    }

    public StringOrMemory GetAttribute(StringOrMemory namespaceUri, StringOrMemory localName) =>
        Find(localName.Memory.Span)?.Text is { } value ? value : StringOrMemory.Empty;

    public void SetAttributes(StructAttributes tagAttributes)
    {
        if (tagAttributes.Count == 0) return;
        var attributes = _attributes ??= new List<HtmlTreeAttribute>(tagAttributes.Count);
        for (int i = 0; i < tagAttributes.Count; i++)
        {
            MemoryHtmlAttributeToken attribute = tagAttributes[i];
            attributes.Add(new HtmlTreeAttribute(HtmlAttributeText.Of(attribute.Name), HtmlAttributeText.Of(attribute.Value)));
        }
    }

    public bool HasAttribute(StringOrMemory name) => Find(name.Memory.Span) is not null;

    public void SetupElement()
    {
    }

    public void AddComment(ref StructHtmlToken token)
    {
    }

    public IConstructableNode ShallowCopy()
    {
        HtmlTreeElement copy = _isUnknown ? new HtmlTreeElement(_kind, Flags, isUnknown: true) : HtmlTreeFactory.NewElement(_kind, Flags);
        // As in AngleSharp's DOM, a copy (a formatting element reopened by the parser) has no source position of its own.
        copy.Position = 0;
        if (_attributes is not null)
        {
            copy._attributes = new List<HtmlTreeAttribute>(_attributes.Count);
            foreach (HtmlTreeAttribute attribute in _attributes) copy._attributes.Add(new HtmlTreeAttribute(attribute.NameText, attribute.Text));
        }
        return copy;
    }

    /// <summary>Removes the element's children (a template's content goes to its fragment, which the walk never reads).</summary>
    public void MoveContentAway() => ClearChildren();

    private HtmlTreeAttribute? Find(ReadOnlySpan<char> name)
    {
        if (_attributes is null) return null;
        foreach (HtmlTreeAttribute attribute in _attributes)
        {
            if (name.SequenceEqual(attribute.NameText)) return attribute;
        }
        return null;
    }
}

/// <summary>An attribute kept on a <see cref="HtmlTreeElement"/>.</summary>
internal sealed class HtmlTreeAttribute(string name, string value) : IConstructableAttr
{
    public string NameText { get; } = name;

    public string Text { get; set; } = value;

    public StringOrMemory Name => NameText;

    public StringOrMemory Value
    {
        get => Text;
        set => Text = value.ToString();
    }
}
